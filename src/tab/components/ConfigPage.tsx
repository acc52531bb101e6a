import {
  FluentProvider,
  Radio,
  RadioGroup,
  Field,
  Badge,
  MessageBar,
  MessageBarBody,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { VIEW_IDS, type HostInfo, type ViewId } from "../hostInfo.js";
import { I18nContext, translator, type TextKey } from "../i18n/index.js";
import { fluentTheme } from "../theme.js";

const VIEW_LABEL: Record<ViewId, TextKey> = {
  dashboard: "viewDashboard",
  status: "viewStatus",
  upcoming: "viewUpcoming",
  representation: "viewRepresentation",
};

/** Props of {@link ConfigPage}. */
export interface ConfigPageProps {
  host: HostInfo;
  /** Told the chosen view whenever it changes, so Teams' Save stores it. */
  onViewChange: (view: ViewId) => void;
}

/** The configuration page of the channel/meeting tab: pick the default view; in a browser, explain. */
export function ConfigPage({ host, onViewChange }: ConfigPageProps) {
  const i18n = useMemo(() => ({ lang: host.lang, t: translator(host.lang) }), [host.lang]);
  const { t } = i18n;
  const [view, setView] = useState<ViewId>(host.initialView);
  return (
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={fluentTheme(host.theme, false)} className="app layout-content">
        <main className="app-frame">
          <header className="app-header">
            <h1>{t("configHeading")}</h1>
            <Badge data-testid="mode-badge" appearance={host.mode === "browser" ? "filled" : "outline"} color="warning">
              {host.mode === "browser" ? t("browserMode") : t("teamsMode")}
            </Badge>
          </header>
          {host.mode === "browser" ? (
            <MessageBar intent="info" data-testid="config-browser">
              <MessageBarBody>{t("configBrowser")}</MessageBarBody>
            </MessageBar>
          ) : (
            <p>{t("configIntro")}</p>
          )}
          <Field label={t("configDefaultView")}>
            <RadioGroup
              value={view}
              data-testid="config-view"
              onChange={(_e, d) => {
                setView(d.value as ViewId);
                onViewChange(d.value as ViewId);
              }}
            >
              {VIEW_IDS.map((v) => (
                <Radio key={v} value={v} label={t(VIEW_LABEL[v])} />
              ))}
            </RadioGroup>
          </Field>
        </main>
      </FluentProvider>
    </I18nContext.Provider>
  );
}
