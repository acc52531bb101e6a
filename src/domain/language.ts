/**
 * The languages the service answers in, and how a Teams locale picks one. Adding a language is
 * one entry in LANGS; the compiler then lists every catalogue and table that lacks it (the bot's
 * and the question layer's text catalogues, the date words).
 */

/** Every supported language, the default first: bokmål, then English and nynorsk. */
export const LANGS = ["nb", "en", "nn"] as const;

/** A supported language (BCP 47 primary subtag). */
export type Lang = (typeof LANGS)[number];

/** The language when nothing else decides. */
export const DEFAULT_LANG: Lang = LANGS[0];

/** Locale subtags that mean a supported language under another name ("no-NO" is written bokmål). */
const ALIASES: Readonly<Record<string, Lang>> = { no: "nb", nob: "nb", nno: "nn", eng: "en" };

/** True for "nb", "nn", "en". */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a Teams locale ("en-US" → en, "nb-NO" → nb): its primary subtag when that is a
 * supported language ("nn-NO" → nn), else the default. ISO 639-2 "nno"/"nob" and "no" are
 * aliases, so an unsupported language gets bokmål.
 */
export function langFromLocale(locale: string | undefined | null): Lang {
  const primary = (locale ?? "").trim().toLowerCase().split(/[-_]/)[0];
  if (isLang(primary)) return primary;
  return ALIASES[primary] ?? DEFAULT_LANG;
}
