import { createContext, useContext } from "react";
import { en } from "./en.js";
import { nb, type TextKey } from "./nb.js";
import { nn } from "./nn.js";

export type { TextKey } from "./nb.js";

/** Languages of the tab: bokmål first, then nynorsk and English. */
export type Lang = "nb" | "nn" | "en";

/** The languages the header offers, each named in itself. */
export const LANG_CHOICES: readonly { lang: Lang; label: string }[] = [
  { lang: "nb", label: "Bokmål" },
  { lang: "nn", label: "Nynorsk" },
  { lang: "en", label: "English" },
];

/** True for "nb", "nn" and "en". */
export function isTabLang(value: unknown): value is Lang {
  return LANG_CHOICES.some((c) => c.lang === value);
}

/** Looks up a text and fills `{name}` placeholders. */
export type Translate = (key: TextKey, vars?: Record<string, string | number>) => string;

const TEXTS: Record<Lang, Record<TextKey, string>> = { nb, nn, en };

/** The translator for `lang`. Unknown placeholders are left as they are, so a typo shows. */
export function translator(lang: Lang): Translate {
  return (key, vars) =>
    TEXTS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && name in vars ? String(vars[name]) : whole,
    );
}

/** Teams locale ("en-GB", "nb-NO", "nn-NO", ...) to tab language: English for en-*, nynorsk for nn-* and nno, bokmål otherwise. */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (locale && /^en\b/i.test(locale)) return "en";
  if (locale && /^(nn|nno)([-_]|$)/i.test(locale)) return "nn";
  return "nb";
}

/** Keys that come in a singular and a plural form: `${base}_one` and `${base}_other`. */
type PluralBase<K extends string> = K extends `${infer B}_one` ? B : never;

/** "1 tiltak" / "3 tiltak", "1 group" / "3 groups": picks the form for `n` and fills `{n}`. */
export function plural(
  t: Translate,
  base: PluralBase<TextKey>,
  n: number,
  vars: Record<string, string | number> = {},
): string {
  return t(`${base}_${n === 1 ? "one" : "other"}` as TextKey, { ...vars, n });
}

/** The language and translator the components read. */
export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: "nb", t: translator("nb") });

/** The current language and translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
