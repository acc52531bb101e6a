import { Badge, FluentProvider, Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { Me } from "../apiTypes.js";
import type { FirstLoad } from "../firstLoad.js";
import type { HostInfo, ViewId } from "../hostInfo.js";
import { I18nContext, translator } from "../i18n/index.js";
import { fluentTheme } from "../theme.js";
import { ApiProblem, SignInProblem } from "./ApiProblem.js";
import { StatusView } from "./StatusView.js";

// The status view is what Alrekforum opens first; the other views load when chosen, so the
// first screen parses less JavaScript.
const UpcomingView = lazy(() => import("./UpcomingView.js").then((m) => ({ default: m.UpcomingView })));
const RepresentationView = lazy(() => import("./RepresentationView.js").then((m) => ({ default: m.RepresentationView })));

/** Props of {@link App}. */
export interface AppProps {
  host: HostInfo;
  api: ApiClient;
  /** Answers main.tsx started before the first render; absent in tests that render App alone. */
  firstLoad?: FirstLoad;
}

/** The tab: header with mode badge, the three views in a TabList, layout per frame context. */
export function App({ host, api, firstLoad }: AppProps) {
  const [theme, setTheme] = useState(host.theme);
  const [view, setView] = useState<ViewId>(host.initialView);
  const [me, setMe] = useState<Me | undefined>();
  const [meError, setMeError] = useState<unknown>();
  const i18n = useMemo(() => ({ lang: host.lang, t: translator(host.lang) }), [host.lang]);
  const { t } = i18n;

  useEffect(() => host.onThemeChange?.(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = host.lang;
  }, [host.lang]);
  useEffect(() => {
    (firstLoad?.me?.take() ?? api.me()).then(setMe, setMeError);
  }, [api, firstLoad]);

  const canEdit = Boolean(me?.isEditor) && !host.stage;
  const accessProblem = meError instanceof ApiError && (meError.status === 401 || meError.status === 403);
  const layout = host.stage ? "layout-stage" : host.sidePanel ? "layout-side-panel" : "layout-content";

  return (
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={fluentTheme(theme, host.stage)} className={`app ${layout} theme-${theme}`}>
        <div data-testid={host.stage ? "stage-layout" : "content-layout"} className="app-frame">
          <header className="app-header">
            <h1>{host.stage ? t("stageHeading") : t("appTitle")}</h1>
            <Badge
              data-testid="mode-badge"
              appearance={host.mode === "browser" ? "filled" : "outline"}
              color={host.mode === "browser" ? "warning" : "brand"}
            >
              {host.mode === "browser" ? t("browserMode") : t("teamsMode")}
            </Badge>
          </header>
          {host.authError !== undefined && <SignInProblem reason={host.authError} />}
          {accessProblem && <ApiProblem error={meError} />}
          <nav aria-label={t("viewsLabel")} className="no-print">
            <TabList
              selectedValue={view}
              onTabSelect={(_e, d) => setView(d.value as ViewId)}
              size={host.stage ? "large" : host.sidePanel ? "small" : "medium"}
            >
              <Tab value="status" data-testid="view-status">
                {t("viewStatus")}
              </Tab>
              <Tab value="upcoming" data-testid="view-upcoming">
                {t("viewUpcoming")}
              </Tab>
              <Tab value="representation" data-testid="view-representation">
                {t("viewRepresentation")}
              </Tab>
            </TabList>
          </nav>
          <main className="app-main" data-testid={`panel-${view}`}>
            <Suspense fallback={<Spinner label={t("loading")} />}>
              {view === "status" && <StatusView api={api} canEdit={canEdit} stage={host.stage} prefetched={firstLoad?.status} />}
              {view === "upcoming" && <UpcomingView api={api} canEdit={canEdit} />}
              {view === "representation" && <RepresentationView api={api} />}
            </Suspense>
          </main>
        </div>
      </FluentProvider>
    </I18nContext.Provider>
  );
}
