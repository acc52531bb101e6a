import { useMemo } from "react";
import { useI18n, type Lang } from "../index.js";
import { en } from "./en.js";
import { nb, type DirectoryTextKey } from "./nb.js";
import { nn } from "./nn.js";

export type { DirectoryTextKey } from "./nb.js";

/** Looks up a text of the directory editor and fills `{name}` placeholders. */
export type DirectoryTranslate = (key: DirectoryTextKey, vars?: Record<string, string | number>) => string;

const TEXTS: Record<Lang, Record<DirectoryTextKey, string>> = { nb, nn, en };

/** The directory editor's translator for `lang`. */
export function directoryTranslator(lang: Lang): DirectoryTranslate {
  return (key, vars) =>
    TEXTS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}

/**
 * The tab's language and translators: `t` for the tab's shared texts, `d` for the directory
 * editor's, and `docLang` to mark document text (bokmål) inside nynorsk and English views.
 */
export function useDirectoryI18n() {
  const { lang, t } = useI18n();
  return useMemo(
    () => ({ lang, t, d: directoryTranslator(lang), docLang: lang === "nb" ? undefined : ("nb" as const) }),
    [lang, t],
  );
}
