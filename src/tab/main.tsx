/** Entry of index.html: decide Teams or browser mode, then render the tab. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiClient } from "./api.js";
import { App } from "./components/App.js";
import { startFirstLoad } from "./firstLoad.js";
import { startHost } from "./teamsStartup.js";
import "./tab.css";

const root = createRoot(document.getElementById("root")!);
startHost().then((host) => {
  const api = new ApiClient({ getToken: host.getToken });
  const firstLoad = startFirstLoad(api, host);
  root.render(
    <StrictMode>
      <App host={host} api={api} firstLoad={firstLoad} />
    </StrictMode>,
  );
});
