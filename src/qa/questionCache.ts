import type { Knowledge } from "./knowledge.js";
import type { Question } from "./question.js";
import { parseQuestion } from "./parse.js";
import type { Directory } from "../domain/directory.js";

/** Parses a question, given the data version it is parsed against. */
export type QuestionParser = (
  text: string,
  locale: string | undefined,
  directory: Directory,
  knowledge: Omit<Knowledge, "directory" | "now">,
  version: number,
) => Question;

/**
 * Remembers parsed questions for one version of the data. Understanding a question depends only
 * on the text, the locale and the stored names (groups, people, events, tiltak), never on the
 * clock, so a parse stays valid until the data changes; the answer is still composed afresh.
 * People ask the same few questions (often together, in a meeting), so most are parsed once.
 * A new version empties the cache; past `maxEntries` the oldest entry goes.
 */
export function createQuestionCache(maxEntries = 500): QuestionParser {
  let cachedVersion: number | undefined;
  const entries = new Map<string, Question>();
  return (text, locale, directory, knowledge, version) => {
    if (version !== cachedVersion) {
      entries.clear();
      cachedVersion = version;
    }
    const key = `${locale ?? ""}\u0000${text}`;
    const hit = entries.get(key);
    if (hit) {
      // Re-inserting keeps the map in least-recently-used order.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const question = deepFreeze(parseQuestion(text, locale, directory, knowledge));
    entries.set(key, question);
    if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    return question;
  };
}

// A cached question is shared by every later answer; freezing makes an accidental edit throw.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
