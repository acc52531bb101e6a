/** Renders the tab with a fake API and a browser-mode host built from a query string. */
import "./polyfills.js";
import { render } from "@testing-library/react";
import { ApiClient } from "../../src/tab/api.js";
import { App } from "../../src/tab/components/App.js";
import { browserHost, type HostInfo } from "../../src/tab/hostInfo.js";

export function renderApp(fetch: typeof globalThis.fetch, search = "", host: Partial<HostInfo> = {}) {
  const api = new ApiClient({ fetch });
  return render(<App host={{ ...browserHost(search), ...host }} api={api} />);
}
