/**
 * Recognises the reminder and event commands typed to the bot (the @mention already removed).
 * A command must be the whole message: "abonner møter og frister" is a command, "når får jeg
 * påminnelser om møter?" is a question for the question handler. The words are each language's
 * (bot/i18n `commandWords`). Pure: no SDK, no I/O.
 */
import { EVENT_KINDS, type EventKind } from "../domain/events.js";
import { DEFAULT_LANG, langFromLocale, type Lang } from "../domain/language.js";
import { tokenize } from "../qa/normalize.js";
import { allBotTexts } from "./i18n/index.js";

/** A recognised command and the language it was typed in. */
export type BotCommand =
  | { command: "subscribe"; kinds: EventKind[]; lang: Lang }
  | { command: "unsubscribe"; lang: Lang }
  | { command: "listReminders"; lang: Lang }
  | { command: "newEvent"; lang: Lang };

type PhraseCommand = Exclude<BotCommand["command"], "subscribe">;

/** Every word and phrase compared folded, as `tokenize` returns it ("påminnelser" → "paminnelser"). */
const folded = (text: string) => tokenize(text).join(" ");

/** The languages a word belongs to; a word of several languages decides none. */
function addWord<V>(map: Map<string, { value: V; langs: Set<Lang> }>, word: string, value: V, lang: Lang): void {
  const key = folded(word);
  const entry = map.get(key) ?? { value, langs: new Set<Lang>() };
  entry.langs.add(lang);
  map.set(key, entry);
}

const PHRASES = new Map<string, { value: PhraseCommand; langs: Set<Lang> }>();
const SUBSCRIBE_WORDS = new Map<string, { value: true; langs: Set<Lang> }>();
const KIND_WORDS = new Map<string, { value: EventKind; langs: Set<Lang> }>();
const FILLERS = new Set<string>();
for (const { lang, texts } of allBotTexts()) {
  const w = texts.commandWords;
  for (const command of ["unsubscribe", "listReminders", "newEvent"] as const) {
    for (const phrase of w[command]) addWord(PHRASES, phrase, command, lang);
  }
  for (const word of w.subscribe) addWord(SUBSCRIBE_WORDS, word, true, lang);
  for (const kind of EVENT_KINDS) {
    for (const word of w.kinds[kind]) addWord(KIND_WORDS, word, kind, lang);
  }
  for (const word of w.fillers) FILLERS.add(folded(word));
}

/** The one language a word tells, if it tells one. */
const only = (langs: Set<Lang>): Lang | undefined => (langs.size === 1 ? [...langs][0] : undefined);

/**
 * The language of words that tell none ("avslutt abonnement" is bokmål and nynorsk alike): the
 * locale's when it is one of theirs ("nn-NO" → nynorsk), else bokmål, else the first.
 */
function byLocale(langs: Set<Lang>, locale: Lang): Lang {
  if (langs.has(locale)) return locale;
  return langs.has(DEFAULT_LANG) ? DEFAULT_LANG : [...langs][0];
}

/** Far longer than any command (the longest, "abonner" with every kind, is about 90 characters). */
const MAX_COMMAND_LENGTH = 200;

/**
 * The command in `text`, or undefined when the message is something else (a question). A word of
 * one language decides the reply's language; words several languages share leave it to the
 * activity's locale ("abonner" with nn-NO is nynorsk).
 */
export function parseBotCommand(text: string | undefined, locale?: string): BotCommand | undefined {
  // Every command route asks about every message: a long one is never a command, so it is not even read.
  if (!text || text.length > MAX_COMMAND_LENGTH) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const localeLang = langFromLocale(locale);
  const phrase = PHRASES.get(tokens.join(" "));
  if (phrase) return { command: phrase.value, lang: only(phrase.langs) ?? byLocale(phrase.langs, localeLang) };
  const subscribe = SUBSCRIBE_WORDS.get(tokens[0]);
  if (!subscribe) return undefined;
  // Any word in a language other than the default decides ("abonner meetings" is English).
  let told = only(subscribe.langs);
  const kinds: EventKind[] = [];
  for (const token of tokens.slice(1)) {
    if (FILLERS.has(token)) continue;
    const word = KIND_WORDS.get(token);
    if (!word) return undefined;
    const wordLang = only(word.langs);
    if (wordLang && (told === undefined || wordLang !== DEFAULT_LANG)) told = wordLang;
    if (!kinds.includes(word.value)) kinds.push(word.value);
  }
  return { command: "subscribe", kinds, lang: told ?? byLocale(subscribe.langs, localeLang) };
}
