import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { ui } from "./i18n/messages.js";
import { HomePage } from "./routes/HomePage.jsx";
import { NotFoundPage } from "./routes/NotFoundPage.jsx";
import { PlaceholderPage } from "./routes/PlaceholderPage.jsx";

// The gallery draws from the kernel's schemas (and so effect): loaded only when opened, so the
// first screen does not wait for it.
const GalleryPage = lazy(() =>
  import("./routes/GalleryPage.jsx").then((module) => ({ default: module.GalleryPage })),
);

/** The console's pages, by path. */
export const routes = () => (
  <>
    <Route path="/" component={HomePage} />
    <Route path="/cases" component={() => <PlaceholderPage title={ui.cases} />} />
    <Route path="/stats" component={() => <PlaceholderPage title={ui.statistics} />} />
    <Route path="/admin" component={() => <PlaceholderPage title={ui.admin} />} />
    <Route path="/gallery" component={GalleryPage} />
    <Route path="*404" component={NotFoundPage} />
  </>
);
