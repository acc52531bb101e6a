/** Entry of config.html: the configurable tab's settings page. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ConfigPage } from "./components/ConfigPage.js";
import type { ViewId } from "./hostInfo.js";
import { registerTabConfig } from "./teamsConfig.js";
import { startHost } from "./teamsStartup.js";
import "./tab.css";

const root = createRoot(document.getElementById("root")!);
startHost().then((host) => {
  let chosen: ViewId = host.initialView;
  if (host.mode === "teams") void registerTabConfig(() => chosen);
  root.render(
    <StrictMode>
      <ConfigPage host={host} onViewChange={(v) => (chosen = v)} />
    </StrictMode>,
  );
});
