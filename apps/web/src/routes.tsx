import { Route } from "@solidjs/router";
import { lazy } from "solid-js";
import { backOfficeRoutes } from "./routes/back-office.jsx";
import { CaseListPage } from "./routes/cases/CaseListPage.jsx";
import { HomePage } from "./routes/HomePage.jsx";
import { LoginPage } from "./routes/LoginPage.jsx";
import { NotFoundPage } from "./routes/NotFoundPage.jsx";

// Pages that draw from the kernel's schemas and definitions (and so effect) are loaded only when
// opened, so the first screen (login, 工作台, the case list) does not wait for them.
const GalleryPage = lazy(() =>
  import("./routes/GalleryPage.jsx").then((module) => ({ default: module.GalleryPage })),
);
const CasePage = lazy(() =>
  import("./routes/cases/CasePage.jsx").then((module) => ({ default: module.CasePage })),
);
const DelegationsPage = lazy(() =>
  import("./routes/delegations/DelegationsPage.jsx").then((module) => ({
    default: module.DelegationsPage,
  })),
);
const NewCasePage = lazy(() =>
  import("./routes/cases/NewCasePage.jsx").then((module) => ({ default: module.NewCasePage })),
);

/** The console's pages, by path. */
export const routes = () => (
  <>
    <Route path="/login" component={LoginPage} />
    <Route path="/" component={HomePage} />
    <Route path="/cases" component={CaseListPage} />
    <Route path="/cases/new" component={NewCasePage} />
    <Route path="/cases/:id" component={CasePage} />
    <Route path="/delegations" component={DelegationsPage} />
    {backOfficeRoutes()}
    <Route path="/gallery" component={GalleryPage} />
    <Route path="*404" component={NotFoundPage} />
  </>
);
