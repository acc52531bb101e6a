/** Where the tab runs and what that means for the UI; produced at startup, read by the App. */
import type { TokenProvider } from "./api.js";
import { isTabLang, type Lang } from "./i18n/index.js";
import { rememberedLang } from "./langChoice.js";

/** The tab's views: the meeting dashboard, the tiltak list, events and representation. */
export type ViewId = "dashboard" | "status" | "upcoming" | "representation";
export const VIEW_IDS: readonly ViewId[] = ["dashboard", "status", "upcoming", "representation"];

/** Fluent theme to use; Teams' "default" is "light". */
export type ThemeName = "light" | "dark" | "contrast";

/** Everything the App needs to know about its host. */
export interface HostInfo {
  mode: "teams" | "browser";
  lang: Lang;
  theme: ThemeName;
  /** Teams frame context (content, sidePanel, meetingStage, settings), absent in the browser. */
  frameContext?: string;
  initialView: ViewId;
  /** Shared on the meeting stage (or ?stage=1): large type, few controls. */
  stage: boolean;
  /** The narrow (320 px) meeting side panel. */
  sidePanel: boolean;
  /** Meeting mode in the Status view (agenda, decisions, attendance): the side panel, or ?meeting=1. */
  meetingMode?: boolean;
  getToken: TokenProvider;
  /** Why Teams sign-in failed, when it did. */
  authError?: string;
  /** In the meeting side panel: puts `url` on the meeting stage for everyone (teams-js shareAppContentToStage). */
  shareToStage?: (url: string) => Promise<void>;
  /** Subscribes to Teams theme changes. */
  onThemeChange?: (listener: (theme: ThemeName) => void) => void;
}

/** Teams theme name ("default" | "dark" | "contrast") to ours. */
export function themeFromTeams(theme: string | undefined | null): ThemeName {
  if (theme === "dark") return "dark";
  if (theme === "contrast") return "contrast";
  return "light";
}

/** The options a plain URL can carry: ?lang=nb|nn|en, ?theme=dark|contrast|light, ?view=..., ?stage=1. */
export interface UrlOptions {
  lang?: Lang;
  theme?: ThemeName;
  view?: ViewId;
  stage: boolean;
  /** ?meeting=1: meeting mode outside the side panel (a chair at a desk, tests). */
  meeting: boolean;
}

/** Reads {@link UrlOptions} from a query string; unknown values are ignored. */
export function readUrlOptions(search: string): UrlOptions {
  const q = new URLSearchParams(search);
  const lang = q.get("lang");
  const theme = q.get("theme");
  const view = q.get("view");
  return {
    lang: isTabLang(lang) ? lang : undefined,
    theme: theme === "dark" || theme === "contrast" || theme === "light" ? theme : undefined,
    view: VIEW_IDS.includes(view as ViewId) ? (view as ViewId) : undefined,
    stage: q.get("stage") === "1" || q.get("stage") === "true",
    meeting: q.get("meeting") === "1" || q.get("meeting") === "true",
  };
}

/** The host for a plain browser: no token, options from the URL. */
export function browserHost(search: string): HostInfo {
  const url = readUrlOptions(search);
  return {
    mode: "browser",
    lang: url.lang ?? rememberedLang() ?? "nb",
    theme: url.theme ?? "light",
    initialView: url.stage ? "dashboard" : (url.view ?? "status"),
    stage: url.stage,
    sidePanel: false,
    meetingMode: url.meeting,
    getToken: async () => undefined,
  };
}
