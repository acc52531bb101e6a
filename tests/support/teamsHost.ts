/**
 * A stand-in Teams host for browser tests: an HTML page that frames the tab and answers the
 * teams-js postMessage protocol (initialize, getContext, getAuthToken, meeting calls), recording
 * every call in `window.hostCalls`. It is served on the tab's own origin through a Playwright
 * route, because teams-js accepts messages from its own origin without its CDN origin list.
 */
import type { Page } from "playwright-core";

/** What the stand-in host tells the tab about where it runs. */
export interface HostOptions {
  frameContext: "content" | "sidePanel" | "meetingStage";
  locale?: string;
  theme?: "default" | "dark" | "contrast";
  /** Width and height of the tab's frame. */
  width: number;
  height: number;
}

/** One call the tab made to the host. */
export interface HostCall {
  func: string;
  args: unknown[];
}

function hostPage(tabPath: string, o: HostOptions): string {
  const runtime = JSON.stringify({
    apiVersion: 4,
    isLegacyTeams: false,
    supports: { appInstallDialog: {}, meeting: {}, pages: { config: {}, appButton: {}, tabs: {} }, teamsCore: {} },
  });
  const context = JSON.stringify({
    locale: o.locale ?? "nb-NO",
    theme: o.theme ?? "default",
    frameContext: o.frameContext,
    entityId: "alrek-status",
    hostClientType: "web",
    tid: "tenant",
    userObjectId: "user",
    meetingId: "meeting-1",
    chatId: "chat-1",
  });
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Teams stand-in</title>
<style>body{margin:0} iframe{border:0;display:block}</style></head><body>
<iframe id="tab" title="Alrek" src="${tabPath}" width="${o.width}" height="${o.height}"></iframe>
<script>
window.hostCalls = [];
const answers = {
  initialize: () => [${JSON.stringify(o.frameContext)}, "web", ${JSON.stringify(runtime)}, "2.58.0"],
  getContext: () => [${context}],
  "authentication.getAuthToken": () => [true, "stand-in-token"],
  "meeting.shareAppContentToStage": () => [null, true],
};
window.addEventListener("message", (e) => {
  const m = e.data;
  if (!m || typeof m.func !== "string") return;
  window.hostCalls.push({ func: m.func, args: m.args || [] });
  const answer = answers[m.func];
  e.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args: answer ? answer() : [] }, e.origin);
});
</script></body></html>`;
}

/**
 * Opens `tabPath` (e.g. "/tab/index.html?view=status") inside the stand-in host on `baseUrl`.
 * Returns the tab's frame and a reader for the calls the tab made.
 */
export async function openInHost(page: Page, baseUrl: string, tabPath: string, o: HostOptions) {
  const hostUrl = `${baseUrl}/__teams-host.html`;
  await page.route(hostUrl, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: hostPage(tabPath, o) }),
  );
  await page.goto(hostUrl);
  const frame = page.frameLocator("#tab");
  return {
    frame,
    calls: () => page.evaluate(() => (window as unknown as { hostCalls: HostCall[] }).hostCalls),
  };
}
