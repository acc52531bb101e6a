/** Questions without a named target, from cue words: the coordinator, partners, the address, the cluster, help. */
import type { Directory } from "../domain/directory.js";
import type { Lang } from "../domain/language.js";
import type { AboutTopic, Question } from "./question.js";
import * as W from "./intentWords.js";

const has = (tokens: string[], words: Set<string>): boolean => tokens.some((t) => words.has(t));

function aboutTopic(tokens: string[]): AboutTopic {
  if (has(tokens, W.VISION_WORDS)) return "vision";
  if (has(tokens, W.FOCUS_WORDS)) return "focusAreas";
  if (has(tokens, W.ESTABLISHED_WORDS)) return "established";
  return "general";
}

/** Words asking what someone takes part in. */
const PARTICIPATION_WORDS = new Set([
  "deltar",
  "delta",
  "deltek",
  "involvert",
  "involved",
  "participate",
  "participates",
  "part",
  "grupper",
  "gruppene",
  "groups",
  "organer",
  "sitter",
  "sit",
  "sits",
]);

/** Words asking where something is, besides the meeting room's names. */
const PLACE_WORDS = new Set([...W.LOCATION_WORDS].filter((w) => !W.ROOM_WORDS.has(w)));

/** Intents without a named target, from cue words; undefined when none applies. */
export function factIntent(
  tokens: string[],
  content: string[],
  base: { lang: Lang; text: string },
  directory: Directory,
): Question | undefined {
  if (has(tokens, W.FORUM_WORDS) || tokens.join(" ").includes("alrek forum")) return { ...base, intent: "forum" };
  if (has(tokens, W.COORDINATOR_WORDS)) {
    // "Hva deltar koordinatoren i?": her seats (and her project), not her contact card.
    if (has(tokens, PARTICIPATION_WORDS))
      return { ...base, intent: "personGroups", personId: directory.facts.coordinator.personId };
    return { ...base, intent: "coordinator" };
  }
  if (has(tokens, W.PARTNER_WORDS)) return { ...base, intent: "partners" };
  if (has(tokens, PLACE_WORDS)) return { ...base, intent: "location" };
  // "Hvor er Borgertun?", "Hva er Borgertun?"; "Når kommer mikrofonene i Borgertun?" is for the documents.
  if (
    has(tokens, W.ROOM_WORDS) &&
    (has(tokens, W.WHERE_WORDS) || content.every((t) => W.ROOM_WORDS.has(t) || W.CLUSTER_WORDS.has(t)))
  )
    return { ...base, intent: "location" };
  if (has(tokens, W.WHERE_WORDS) && (content.length === 0 || content.every((t) => W.CLUSTER_WORDS.has(t)))) {
    return { ...base, intent: "location" };
  }
  if (has(tokens, W.VISION_WORDS) || has(tokens, W.FOCUS_WORDS) || has(tokens, W.ESTABLISHED_WORDS)) {
    return { ...base, intent: "about", topic: aboutTopic(tokens) };
  }
  if (has(tokens, W.GROUPS_WORDS) && (has(tokens, W.LIST_WORDS) || content.every((t) => W.GROUPS_WORDS.has(t)))) {
    return { ...base, intent: "listGroups" };
  }
  if (content.length > 0 && content.every((t) => W.CLUSTER_WORDS.has(t)))
    return { ...base, intent: "about", topic: "general" };
  if (content.length === 0 || content.every((t) => W.HELP_WORDS.has(t))) return { ...base, intent: "help" };
  return undefined;
}
