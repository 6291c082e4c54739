import { Route } from "@solidjs/router";
import { lazy } from "solid-js";

/*
 * Every back-office page is loaded only when opened: they draw with the kernel's labels and
 * schemas and with charts, which the first screen (the 工作台) does not need (issue 6: initial
 * JavaScript ≤ 150 KB gzipped).
 */
const StatsPage = lazy(() =>
  import("./stats/StatsPage.jsx").then((m) => ({ default: m.StatsPage })),
);
const UsersPage = lazy(() =>
  import("./admin/UsersPage.jsx").then((m) => ({ default: m.UsersPage })),
);
const UnitsPage = lazy(() =>
  import("./admin/UnitsPage.jsx").then((m) => ({ default: m.UnitsPage })),
);
const RolesPage = lazy(() =>
  import("./admin/RolesPage.jsx").then((m) => ({ default: m.RolesPage })),
);
const RegistersPage = lazy(() =>
  import("./admin/RegistersPage.jsx").then((m) => ({ default: m.RegistersPage })),
);
const PrintCasePage = lazy(() =>
  import("./print/PrintCasePage.jsx").then((m) => ({ default: m.PrintCasePage })),
);
const PrintCataloguePage = lazy(() =>
  import("./print/PrintCataloguePage.jsx").then((m) => ({ default: m.PrintCataloguePage })),
);
const AuditPage = lazy(() =>
  import("./audit/AuditPage.jsx").then((m) => ({ default: m.AuditPage })),
);
const AuditCasePage = lazy(() =>
  import("./audit/AuditCasePage.jsx").then((m) => ({ default: m.AuditCasePage })),
);

/** The back-office pages (statistics, print views, administration, audit), by path. */
export const backOfficeRoutes = () => (
  <>
    <Route path="/stats" component={StatsPage} />
    <Route path="/admin" component={UsersPage} />
    <Route path="/admin/units" component={UnitsPage} />
    <Route path="/admin/roles" component={RolesPage} />
    <Route path="/admin/registers" component={RegistersPage} />
    <Route path="/print/case/:id" component={PrintCasePage} />
    <Route path="/print/catalogue" component={PrintCataloguePage} />
    <Route path="/audit" component={AuditPage} />
    <Route path="/audit/case/:id" component={AuditCasePage} />
  </>
);
