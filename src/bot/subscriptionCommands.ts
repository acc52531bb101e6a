/**
 * Recognises the reminder and event commands typed to the bot (the @mention already removed).
 * A command must be the whole message: "abonner møter og frister" is a command, "når får jeg
 * påminnelser om møter?" is a question for the question handler. Pure: no SDK, no I/O.
 */
import type { EventKind } from "../domain/events.js";
import { tokenize } from "../qa/normalize.js";

/** A recognised command and the language it was typed in. */
export type BotCommand =
  | { command: "subscribe"; kinds: EventKind[]; lang: "nb" | "en" }
  | { command: "unsubscribe"; lang: "nb" | "en" }
  | { command: "listReminders"; lang: "nb" | "en" }
  | { command: "newEvent"; lang: "nb" | "en" };

// Every word is compared folded (æ→a, ø→o, å→a, accents dropped), as `tokenize` returns it.
const KIND_WORDS: Record<string, { kind: EventKind; en: boolean }> = {};
function kindWords(kind: EventKind, en: boolean, words: string[]): void {
  for (const w of words) KIND_WORDS[w] = { kind, en };
}
kindWords("meeting", false, ["mote", "moter", "motene"]);
kindWords("conference", false, ["konferanse", "konferanser", "konferansene"]);
kindWords("presentation", false, ["presentasjon", "presentasjoner", "presentasjonene", "fredagspresentasjon", "fredagspresentasjoner", "fredagspresentasjonene"]);
kindWords("workshop", false, ["arbeidsverksted", "arbeidsverksteder", "arbeidsverkstedene"]);
kindWords("deadline", false, ["frist", "frister", "fristene"]);
kindWords("meeting", true, ["meeting", "meetings"]);
kindWords("conference", true, ["conference", "conferences"]);
kindWords("presentation", true, ["presentation", "presentations"]);
// "workshop" is the same word in both languages; it does not decide the language.
kindWords("workshop", false, ["workshop", "workshops"]);
kindWords("deadline", true, ["deadline", "deadlines"]);

const FILLERS = new Set(["og", "and", "for", "om", "on", "pa", "til", "to", "alle", "all", "kun", "only", "bare", "just"]);

/** Whole-message phrases (folded tokens joined by spaces) and what they mean. */
const PHRASES: Record<string, BotCommand> = {
  "avslutt abonnement": { command: "unsubscribe", lang: "nb" },
  "avslutt abonnementet": { command: "unsubscribe", lang: "nb" },
  "stopp paminnelser": { command: "unsubscribe", lang: "nb" },
  "stopp paminnelsene": { command: "unsubscribe", lang: "nb" },
  unsubscribe: { command: "unsubscribe", lang: "en" },
  "stop reminders": { command: "unsubscribe", lang: "en" },
  paminnelser: { command: "listReminders", lang: "nb" },
  "mine paminnelser": { command: "listReminders", lang: "nb" },
  reminders: { command: "listReminders", lang: "en" },
  "my reminders": { command: "listReminders", lang: "en" },
  "ny hendelse": { command: "newEvent", lang: "nb" },
  "ny hending": { command: "newEvent", lang: "nb" },
  "new event": { command: "newEvent", lang: "en" },
};

const SUBSCRIBE_WORDS: Record<string, "nb" | "en"> = { abonner: "nb", abonnere: "nb", subscribe: "en" };

/** Far longer than any command (the longest, "abonner" with every kind, is about 90 characters). */
const MAX_COMMAND_LENGTH = 200;

/** The command in `text`, or undefined when the message is something else (a question). */
export function parseBotCommand(text: string | undefined): BotCommand | undefined {
  // Every command route asks about every message: a long one is never a command, so it is not even read.
  if (!text || text.length > MAX_COMMAND_LENGTH) return undefined;
  const tokens = tokenize(text);
  if (tokens.length === 0) return undefined;
  const phrase = PHRASES[tokens.join(" ")];
  if (phrase) return phrase;
  const subscribeLang = SUBSCRIBE_WORDS[tokens[0]];
  if (!subscribeLang) return undefined;
  const kinds: EventKind[] = [];
  let english = subscribeLang === "en";
  for (const token of tokens.slice(1)) {
    if (FILLERS.has(token)) continue;
    const word = KIND_WORDS[token];
    if (!word) return undefined;
    if (word.en) english = true;
    if (!kinds.includes(word.kind)) kinds.push(word.kind);
  }
  return { command: "subscribe", kinds, lang: english ? "en" : "nb" };
}
