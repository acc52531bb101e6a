/** Entry of index.html: decide Teams or browser mode, then render the tab. */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiClient } from "./api.js";
import { App } from "./components/App.js";
import { startFirstLoad } from "./firstLoad.js";
import { startHost } from "./teamsStartup.js";
import "./tab.css";

// Start fetching the first view's code now, alongside Teams start-up and the data, instead of
// after the shell has rendered (App loads each view lazily; the module is fetched only once).
const query = new URLSearchParams(location.search);
if (query.get("stage") === "1" || query.get("view") === "dashboard") void import("./components/Dashboard.js");
else if (!query.get("view") || query.get("view") === "status") void import("./components/StatusView.js");

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
