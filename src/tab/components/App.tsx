import { Badge, FluentProvider, Spinner, Tab, TabList } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { ApiError, type ApiClient } from "../api.js";
import type { Me } from "../apiTypes.js";
import type { FirstLoad } from "../firstLoad.js";
import { VIEW_IDS, type HostInfo, type ViewId } from "../hostInfo.js";
import { I18nContext, LANG_CHOICES, isTabLang, translator, type Lang, type TextKey } from "../i18n/index.js";
import { rememberLang } from "../langChoice.js";
import { fluentTheme } from "../theme.js";
import { useLiveDashboard } from "../useLiveDashboard.js";

// Every view loads when shown (the first one starts loading with the shell's own script, while
// the dashboard data is fetched), so the first screen parses only what it shows.
const Dashboard = lazy(() => import("./Dashboard.js").then((m) => ({ default: m.Dashboard })));
const StatusView = lazy(() => import("./StatusView.js").then((m) => ({ default: m.StatusView })));
const ApiProblem = lazy(() => import("./ApiProblem.js").then((m) => ({ default: m.ApiProblem })));
const SignInProblem = lazy(() => import("./ApiProblem.js").then((m) => ({ default: m.SignInProblem })));
const UpcomingView = lazy(() => import("./UpcomingView.js").then((m) => ({ default: m.UpcomingView })));
const RepresentationView = lazy(() =>
  import("./RepresentationView.js").then((m) => ({ default: m.RepresentationView })),
);
const DeliveryOverviewView = lazy(() =>
  import("./DeliveryOverviewView.js").then((m) => ({ default: m.DeliveryOverviewView })),
);
const FeedbackView = lazy(() => import("./FeedbackView.js").then((m) => ({ default: m.FeedbackView })));
const ShareToStage = lazy(() => import("./ShareToStage.js").then((m) => ({ default: m.ShareToStage })));

const VIEW_LABEL: Record<ViewId, TextKey> = {
  dashboard: "viewDashboard",
  status: "viewStatus",
  upcoming: "viewUpcoming",
  representation: "viewRepresentation",
};

/** Props of {@link App}. */
export interface AppProps {
  host: HostInfo;
  api: ApiClient;
  /** Answers main.tsx started before the first render; absent in tests that render App alone. */
  firstLoad?: FirstLoad;
}

/** The tab: header with mode badge, the views in a TabList, layout per frame context; the stage shows the dashboard only. */
export function App({ host, api, firstLoad }: AppProps) {
  const [theme, setTheme] = useState(host.theme);
  const [view, setView] = useState<ViewId>(host.stage ? "dashboard" : host.initialView);
  const [me, setMe] = useState<Me | undefined>();
  const [meError, setMeError] = useState<unknown>();
  // Starts as the host says (URL, remembered choice, Teams locale); the header's choice changes it.
  const [lang, setLang] = useState<Lang>(host.lang);
  const i18n = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  const { t } = i18n;
  const [prefetched] = useState(() =>
    firstLoad?.dashboard?.lang === host.lang ? firstLoad.dashboard.data.take() : undefined,
  );
  const live = useLiveDashboard(api, lang, prefetched);
  const chooseLang = (value: string) => {
    if (!isTabLang(value)) return;
    setLang(value);
    rememberLang(value);
  };

  useEffect(() => host.onThemeChange?.(setTheme), [host]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    (firstLoad?.me?.take() ?? api.me()).then(setMe, setMeError);
  }, [api, firstLoad]);

  const canEdit = Boolean(me?.isEditor) && !host.stage;
  const accessProblem = meError instanceof ApiError && (meError.status === 401 || meError.status === 403);
  const layout = host.stage ? "layout-stage" : host.sidePanel ? "layout-side-panel" : "layout-content";

  return (
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={fluentTheme(theme, host.stage)} className={`app ${layout} theme-${theme}`}>
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        <div data-testid={host.stage ? "stage-layout" : "content-layout"} className="app-frame">
          {!host.stage && (
            <header className="app-header">
              <h1>{t("appTitle")}</h1>
              <Badge
                data-testid="mode-badge"
                appearance={host.mode === "browser" ? "filled" : "outline"}
                color={host.mode === "browser" ? "warning" : "brand"}
              >
                {host.mode === "browser" ? t("browserMode") : t("teamsMode")}
              </Badge>
              <select
                className="lang-choice no-print"
                data-testid="lang-choice"
                aria-label={t("languageLabel")}
                value={lang}
                onChange={(e) => chooseLang(e.target.value)}
              >
                {LANG_CHOICES.map((c) => (
                  <option key={c.lang} value={c.lang} lang={c.lang}>
                    {c.label}
                  </option>
                ))}
              </select>
            </header>
          )}
          <Suspense fallback={null}>
            {host.authError !== undefined && <SignInProblem reason={host.authError} />}
            {accessProblem && <ApiProblem error={meError} />}
          </Suspense>
          {host.shareToStage && (
            <Suspense fallback={null}>
              <ShareToStage share={host.shareToStage} />
            </Suspense>
          )}
          {!host.stage && (
            <nav aria-label={t("viewsLabel")} className="no-print">
              <TabList
                selectedValue={view}
                onTabSelect={(_e, d) => setView(d.value as ViewId)}
                size={host.sidePanel ? "small" : "medium"}
              >
                {VIEW_IDS.map((v) => (
                  <Tab key={v} value={v} data-testid={`view-${v}`}>
                    {t(VIEW_LABEL[v])}
                  </Tab>
                ))}
              </TabList>
            </nav>
          )}
          <main className="app-main" id="main" tabIndex={-1} data-testid={`panel-${view}`}>
            {host.stage && <h1 className="visually-hidden">{t("appTitle")}</h1>}
            <Suspense fallback={<Spinner label={t("loading")} />}>
              {view === "dashboard" && <Dashboard live={live} stage={host.stage} />}
              {view === "status" && (
                <StatusView api={api} live={live} canEdit={canEdit} meetingMode={host.meetingMode === true} />
              )}
              {view === "upcoming" && <UpcomingView api={api} canEdit={canEdit} version={live.data?.version} />}
              {view === "upcoming" && canEdit && <DeliveryOverviewView api={api} />}
              {view === "upcoming" && canEdit && <FeedbackView api={api} />}
              {view === "representation" && <RepresentationView api={api} canEdit={canEdit} />}
            </Suspense>
          </main>
        </div>
      </FluentProvider>
    </I18nContext.Provider>
  );
}
