import type { Directory } from "../domain/directory.js";
import { cuedCalendarQuestion, namedEventQuestion } from "./calendar/parse.js";
import type { Knowledge } from "./knowledge.js";
import type { Lang } from "../domain/language.js";
import { detectLanguage } from "./language.js";
import { planQuestion } from "./plan/parse.js";
import { contentTokens, nearestGroups, resolveGroup, resolvePerson, type Resolution } from "./match.js";
import { tokenize } from "./normalize.js";
import type { AboutTopic, EntityRef, Question, TargetedIntent } from "./question.js";
import * as W from "./intentWords.js";

const has = (tokens: string[], words: Set<string>): boolean => tokens.some((t) => words.has(t));

/** The targeted intent the cue words ask for, when the target is a group. */
function groupIntent(tokens: string[]): Exclude<TargetedIntent, "personGroups"> {
  if (has(tokens, W.MANDATE_WORDS)) return "mandate";
  // "Hvem representerer BEHO i ..." asks for the people, not yes or no.
  if (has(tokens, W.REPRESENTED_WORDS) && !has(tokens, W.WHO_WORDS)) return "representedIn";
  return "groupMembers";
}

function refs(type: EntityRef["type"], ids: string[]): EntityRef[] {
  return ids.map((id) => ({ type, id }));
}

/** Groups of the kind a generic word names ("faggruppe" → every faggruppe), when all that was typed is such a word. */
function genericGroups(content: string[], directory: Directory): string[] {
  if (content.length === 0) return [];
  for (const g of W.GENERIC_GROUP_WORDS) {
    if (!content.every((t) => g.words.includes(t))) continue;
    return directory.groups
      .filter((grp) => {
        const names = tokenize(`${grp.name} ${grp.nameEn}`).join(" ");
        return (g.kinds?.includes(grp.kind) ?? false) || (g.nameIncludes?.some((n) => names.includes(n)) ?? false);
      })
      .map((grp) => grp.id);
  }
  return [];
}

function aboutTopic(tokens: string[]): AboutTopic {
  if (has(tokens, W.VISION_WORDS)) return "vision";
  if (has(tokens, W.FOCUS_WORDS)) return "focusAreas";
  if (has(tokens, W.ESTABLISHED_WORDS)) return "established";
  return "general";
}

/** Intents without a named target, from cue words; undefined when none applies. */
function factIntent(tokens: string[], content: string[], base: { lang: Lang; text: string }): Question | undefined {
  if (has(tokens, W.FORUM_WORDS) || tokens.join(" ").includes("alrek forum")) return { ...base, intent: "forum" };
  if (has(tokens, W.COORDINATOR_WORDS)) return { ...base, intent: "coordinator" };
  if (has(tokens, W.PARTNER_WORDS)) return { ...base, intent: "partners" };
  if (has(tokens, W.LOCATION_WORDS)) return { ...base, intent: "location" };
  if (has(tokens, W.WHERE_WORDS) && (content.length === 0 || content.every((t) => W.CLUSTER_WORDS.has(t)))) {
    return { ...base, intent: "location" };
  }
  if (has(tokens, W.VISION_WORDS) || has(tokens, W.FOCUS_WORDS) || has(tokens, W.ESTABLISHED_WORDS)) {
    return { ...base, intent: "about", topic: aboutTopic(tokens) };
  }
  if (has(tokens, W.GROUPS_WORDS) && (has(tokens, W.LIST_WORDS) || content.every((t) => W.GROUPS_WORDS.has(t)))) {
    return { ...base, intent: "listGroups" };
  }
  if (content.length > 0 && content.every((t) => W.CLUSTER_WORDS.has(t))) return { ...base, intent: "about", topic: "general" };
  if (content.length === 0 || content.every((t) => W.HELP_WORDS.has(t))) return { ...base, intent: "help" };
  return undefined;
}

/** Chooses between a group and a person when the question names both. */
function preferPerson(tokens: string[], group: Resolution, person: Resolution): boolean {
  if (person.kind === "none") return false;
  if (group.kind === "none") return true;
  return has(tokens, W.PERSON_GROUPS_WORDS) && !has(tokens, W.MANDATE_WORDS) && !has(tokens, W.REPRESENTED_WORDS);
}

/**
 * Understands a question about the groups and people of Alrek helseklynge, its events and the
 * action plan. Targets must match a name or alias within a small number of wrong letters;
 * otherwise the result is `unknown`, so an unrelated group is never answered. Near-equal targets
 * give `ambiguous` with the candidates. `knowledge` (events, plan) lets event names, areas and
 * tiltak be recognised; without it those questions still parse, only unnamed.
 */
export function parseQuestion(
  text: string,
  locale: string | undefined,
  directory: Directory,
  knowledge: Omit<Knowledge, "directory" | "now"> = {},
): Question {
  const lang = detectLanguage(text, locale);
  const base = { lang, text };
  const tokens = tokenize(text);
  const content = contentTokens(tokens.filter((t) => !W.FILLER.has(t)));

  const group = resolveGroup(content, directory);
  const person = resolvePerson(content, directory);
  const events = knowledge.events ?? [];

  // Plan and calendar cues come first; each yields to a named group or person unless the
  // question plainly asks about the plan or about time.
  const plan = planQuestion(tokens, content, base, knowledge, group.kind !== "none" || person.kind !== "none");
  if (plan) return plan;
  const calendar = cuedCalendarQuestion(tokens, content, base, events);
  if (calendar) return calendar;

  if (preferPerson(tokens, group, person)) {
    if (person.kind === "one") return { ...base, intent: "personGroups", personId: person.id };
    if (person.kind === "ambiguous") return { ...base, intent: "ambiguous", asked: "personGroups", candidates: refs("person", person.ids) };
  }
  if (group.kind === "one") {
    const intent = groupIntent(tokens);
    if (group.id === "alrekforum-beho" && intent === "groupMembers" && !has(tokens, W.MEMBERSHIP_WORDS)) {
      return { ...base, intent: "forum" };
    }
    return { ...base, intent, groupId: group.id };
  }
  if (group.kind === "ambiguous") {
    return { ...base, intent: "ambiguous", asked: groupIntent(tokens), candidates: refs("group", group.ids) };
  }

  const named = namedEventQuestion(content, base, events);
  if (named) return named;

  const fact = factIntent(tokens, content, base);
  if (fact) return fact;

  const generic = genericGroups(content, directory);
  if (generic.length > 1) return { ...base, intent: "ambiguous", asked: groupIntent(tokens), candidates: refs("group", generic) };
  if (generic.length === 1) return { ...base, intent: groupIntent(tokens), groupId: generic[0] };

  return { ...base, intent: "unknown", suggestions: refs("group", nearestGroups(content, directory)) };
}
