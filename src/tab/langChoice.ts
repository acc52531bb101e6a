/**
 * The language the user picked in the tab header, remembered in localStorage. Teams offers
 * "Norwegian (Bokmål)" but no nynorsk, so its locale cannot say nynorsk: a choice made here wins
 * over the Teams locale, and ?lang= in the URL wins over both (browser mode).
 */
import { isTabLang, type Lang } from "./i18n/index.js";

const KEY = "alrek.tab.lang";

/** The remembered choice, or undefined (none yet, storage blocked, or an unknown value). */
export function rememberedLang(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): Lang | undefined {
  try {
    const value = storage?.getItem(KEY);
    return isTabLang(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the choice; a storage that refuses (private mode, quota) is ignored. */
export function rememberLang(lang: Lang, storage: Pick<Storage, "setItem"> | undefined = safeStorage()): void {
  try {
    storage?.setItem(KEY, lang);
  } catch {
    // The choice still holds for this view; it is only not remembered.
  }
}

// Reading localStorage itself can throw (sandboxed iframes with storage blocked).
function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
