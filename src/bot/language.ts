/** "en" for English locales ("en-US", "en-GB"), otherwise bokmål. */
export function languageOf(locale: string | undefined): "nb" | "en" {
  return locale?.toLowerCase().startsWith("en") ? "en" : "nb";
}
