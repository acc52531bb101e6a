/**
 * Names that are not in the documents. A full name that shares a first or last name with
 * someone who is ("Karen Olsen") must not be answered as that person, and a name with no known
 * part ("Ola Nordmann") must not be read as "every group": both are said to be unknown.
 */
import type { Directory } from "../domain/directory.js";
import { fold } from "../domain/fold.js";
import { groupKeys } from "./match.js";
import { tokenize } from "./normalize.js";
import { similarity } from "./fuzzy.js";
import * as W from "./intentWords.js";
import * as P from "./plan/words.js";
import * as C from "./calendar/words.js";

/** What the question names that the documents do not: the name as typed, and the people who share a part of it. */
export interface UnknownName {
  name: string;
  sharing: string[];
  /** Whether the name was written with capitals (in a text that has them): then it reads as a name even with no known part. */
  capitalised: boolean;
}

// Words that are part of the bot's vocabulary: never taken for a surname.
const VOCABULARY = new Set([
  ...W.FILLER,
  ...W.MANDATE_WORDS,
  ...W.REPRESENTED_WORDS,
  ...W.MEMBERSHIP_WORDS,
  ...W.PERSON_GROUPS_WORDS,
  ...W.COORDINATOR_WORDS,
  ...W.PARTNER_WORDS,
  ...W.LOCATION_WORDS,
  ...W.CLUSTER_WORDS,
  ...W.VISION_WORDS,
  ...W.FOCUS_WORDS,
  ...W.ESTABLISHED_WORDS,
  ...W.ABOUT_WORDS,
  ...W.FORUM_WORDS,
  ...W.GROUPS_WORDS,
  ...W.LIST_WORDS,
  ...W.HELP_WORDS,
  ...W.GENERIC_GROUP_WORDS.flatMap((g) => g.words),
  ...W.YES_NO_WORDS,
  ...P.TILTAK_WORDS,
  ...P.STATUS_WORDS,
  ...P.ALL_WORDS,
  ...P.RESPONSIBLE_WORDS,
  ...P.PLAN_STOP_WORDS,
  ...C.UPCOMING_WORDS,
  ...C.WHEN_WORDS,
  ...C.GENERIC_EVENT_WORDS,
  ...C.MONTH_WORDS.map(([w]) => w),
  ...C.NEXT_WORDS,
  ...C.THIS_WORDS,
  "i",
  "og",
  "for",
  "til",
  "av",
  "pa",
  "the",
  "of",
  "and",
  "sin",
  "sine",
  "sitt",
  "hennes",
  "hans",
  "her",
  "his",
  "sjef",
  "leder",
  "lederen",
  "gruppe",
  "gruppa",
  "gruppen",
  "group",
  "ikke",
  "not",
  "nei",
  "ja",
  "yes",
  "no",
]);

const vocabularyCache = new WeakMap<Directory, Set<string>>();

/** Words of the bot's vocabulary and of every group, role and unit name: known, so never a name. */
function knownWords(directory: Directory): Set<string> {
  let words = vocabularyCache.get(directory);
  if (words) return words;
  words = new Set(VOCABULARY);
  for (const g of directory.groups) {
    for (const t of tokenize([g.name, g.nameEn, ...g.aliases].join(" "))) words.add(t);
    for (const k of groupKeys(g)) words.add(k);
  }
  for (const p of directory.people) for (const t of tokenize(`${p.title ?? ""} ${p.unit ?? ""}`)) words.add(t);
  vocabularyCache.set(directory, words);
  return words;
}

const namePartCache = new WeakMap<Directory, Map<string, string[]>>();

/** Each name part (folded) → the people who carry it. */
function nameParts(directory: Directory): Map<string, string[]> {
  let parts = namePartCache.get(directory);
  if (parts) return parts;
  parts = new Map();
  for (const p of directory.people) {
    for (const t of new Set([p.name, ...p.altNames].flatMap((n) => tokenize(n))))
      parts.set(t, [...(parts.get(t) ?? []), p.id]);
  }
  namePartCache.set(directory, parts);
  return parts;
}

function isNamePart(token: string, parts: Map<string, string[]>): string[] | undefined {
  const exact = parts.get(token);
  if (exact) return exact;
  for (const [k, ids] of parts) if (k.length >= 6 && similarity(token, k, true) > 0) return ids;
  return undefined;
}

/** Whether a folded token is a word the bot knows: its vocabulary, a group's, role's or unit's word, or a name part. */
export function isKnownWord(token: string, directory: Directory): boolean {
  return knownWords(directory).has(token) || nameParts(directory).has(token);
}

/** Capitalised words of the text, folded: in a text with capitals, only these may be names. */
function capitalised(text: string): Set<string> | undefined {
  const words = text.match(/[\p{L}'-]+/gu) ?? [];
  const caps = words.filter((w, i) => i > 0 && /^\p{Lu}/u.test(w));
  if (!words.slice(1).some((w) => /\p{Lu}/u.test(w))) return undefined;
  return new Set(caps.flatMap((w) => tokenize(w)));
}

/**
 * A name of two or more words in the question that is not a known person's full name: adjacent
 * content words that are not the bot's vocabulary, of which at least one is not a known name
 * part. `matchedFullName` is true when a person's full name matched (then nothing is unknown).
 * `content` is the question's tokens without filler and connector words.
 */
export function unknownFullName(
  text: string,
  content: string[],
  directory: Directory,
  matchedFullName: boolean,
): UnknownName | undefined {
  if (matchedFullName) return undefined;
  const known = knownWords(directory);
  const parts = nameParts(directory);
  const caps = capitalised(text);
  const nameLike = (t: string) => (caps ? caps.has(t) : true) && !/^\d/.test(t) && t.length >= 2;
  const tokens = content;
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j < tokens.length && nameLike(tokens[j]) && (!known.has(tokens[j]) || isNamePart(tokens[j], parts))) j++;
    const run = tokens.slice(i, j);
    if (run.length >= 2) {
      const sharing = [...new Set(run.flatMap((t) => isNamePart(t, parts) ?? []))];
      // Known parts of different people ("Karen Hansen") are no one's name either.
      const carriers = run.map((t) => new Set(isNamePart(t, parts) ?? []));
      const someoneCarriesAll = [...carriers[0]].some((id) => carriers.every((c) => c.has(id)));
      if (!someoneCarriesAll) return { name: displayName(text, run), sharing, capitalised: caps !== undefined };
    }
    if (j > i) i = j - 1;
  }
  return undefined;
}

/** The run as typed in the text (its original words), falling back to the folded tokens. */
export function displayName(text: string, run: string[]): string {
  const words = (text.match(/[\p{L}'-]+/gu) ?? []).filter((w) => tokenize(w).length > 0);
  for (let i = 0; i + run.length <= words.length; i++) {
    const slice = words.slice(i, i + run.length);
    if (slice.every((w, k) => fold(w).replace(/[^a-z0-9]+/g, "") === run[k])) return slice.join(" ");
  }
  return run.join(" ");
}
