/**
 * Decides quickly between Teams and browser mode. teams-js's own initialize() can hang for a
 * minute outside Teams, so a top-level window is browser mode at once and a framed one gets 3 s.
 * teams-js is imported only when framed: on import it fetches its origin list from a CDN, which a
 * plain browser (and the offline test machine) must not do.
 */
import { langFromLocale } from "./i18n/index.js";
import { rememberedLang } from "./langChoice.js";
import { browserHost, readUrlOptions, themeFromTeams, type HostInfo } from "./hostInfo.js";
import type * as TeamsSdkModule from "./teamsSdk.js";

/** How long an iframe waits for Teams before falling back to browser mode. */
export const TEAMS_INIT_TIMEOUT_MS = 3000;

/** Resolves with `promise`, or rejects after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** True when the page is framed (Teams always frames a tab). */
export function isFramed(win: Window): boolean {
  try {
    return win.parent !== win;
  } catch {
    return true;
  }
}

/** Starts up: Teams when framed and Teams answers within 3 s, else browser mode. */
export async function startHost(win: Window = window): Promise<HostInfo> {
  if (!isFramed(win)) return browserHost(win.location.search);
  let sdk: TeamsSdk;
  try {
    sdk = await import("./teamsSdk.js");
    await withTimeout(sdk.app.initialize(), TEAMS_INIT_TIMEOUT_MS);
  } catch {
    return browserHost(win.location.search);
  }
  return teamsHost(win, sdk);
}

type TeamsSdk = typeof TeamsSdkModule;

async function teamsHost(win: Window, { app, authentication, meeting }: TeamsSdk): Promise<HostInfo> {
  const context = await withTimeout(app.getContext(), TEAMS_INIT_TIMEOUT_MS).catch(() => undefined);
  const url = readUrlOptions(win.location.search);
  const frameContext = context?.page?.frameContext as string | undefined;
  const stage = frameContext === "meetingStage" || url.stage;
  let authError: string | undefined;
  try {
    await authentication.getAuthToken();
  } catch (e) {
    authError = e instanceof Error ? e.message : String(e);
  }
  // Tells Teams the tab has loaded; without it Teams shows its own error after a while.
  void app.notifySuccess().catch(() => undefined);
  return {
    mode: "teams",
    lang: url.lang ?? rememberedLang() ?? langFromLocale(context?.app?.locale),
    theme: themeFromTeams(context?.app?.theme),
    frameContext,
    initialView: stage ? "dashboard" : (url.view ?? "status"),
    stage,
    sidePanel: frameContext === "sidePanel",
    meetingMode: frameContext === "sidePanel" || url.meeting,
    shareToStage: frameContext === "sidePanel" ? (shareUrl) => shareToStage(meeting, shareUrl) : undefined,
    getToken: () => authentication.getAuthToken(),
    authError,
    onThemeChange: (listener) => app.registerOnThemeChangeHandler((t) => listener(themeFromTeams(t))),
  };
}

/** Promise form of meeting.shareAppContentToStage: rejects with the host's error message. */
function shareToStage(meeting: TeamsSdk["meeting"], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    meeting.shareAppContentToStage((error, result) => {
      if (error) reject(new Error(error.message ?? String(error.errorCode)));
      else if (result === false) reject(new Error("not shared"));
      else resolve();
    }, url);
  });
}
