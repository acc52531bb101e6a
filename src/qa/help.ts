/** What the bot can answer: example questions by topic and the bot's commands, in the answer language. */
import type { Lang } from "../domain/language.js";
import type { AnswerOf, Choice } from "./answerTypes.js";
import { qaTexts } from "./i18n/index.js";
import type { Intent } from "./question.js";

/** The help's sections, in the order shown. */
const HELP_TOPICS = ["representation", "events", "plan"] as const;

/** A section of the help. */
export type HelpTopic = (typeof HELP_TOPICS)[number];

/**
 * The help entry of every intent: the section its examples (qa/i18n `examples`) are shown in, or
 * null for an intent the help does not list. The type lists every intent, so a new one does not
 * compile until it is placed here. Within a section, examples follow this order.
 */
const HELP_ENTRIES: { readonly [K in Intent]: HelpTopic | null } = {
  groupMembers: "representation",
  personGroups: "representation",
  representedIn: "representation",
  mandate: "representation",
  coordinator: "representation",
  partners: "representation",
  partnerCheck: "representation",
  groupLeader: "representation",
  personContact: "representation",
  location: "representation",
  listGroups: "representation",
  // Found from the cluster's and the forum's names; left out to keep the help short.
  about: null,
  forum: null,
  upcomingEvents: "events",
  nextEvent: "events",
  eventsInPeriod: "events",
  tiltakStatus: "plan",
  allTiltak: "plan",
  tiltakByArea: "plan",
  tiltakResponsible: "plan",
  overdueTiltak: "plan",
  tiltakDetail: "plan",
  // Not questions one asks: the help itself, a clarification and "not understood".
  help: null,
  thanks: null,
  // Follow-ups, what the documents do not say and quoted passages: found by asking, not listed.
  needsSubject: null,
  notInDocuments: null,
  passage: null,
  ambiguous: null,
  unknown: null,
};

const asChoice = (q: string): Choice => ({ label: q, question: q });

/** What the bot can answer, as example buttons by topic, and its commands. */
export function helpAnswer(lang: Lang): AnswerOf<"help"> {
  const tx = qaTexts(lang);
  const entries = Object.entries(HELP_ENTRIES) as [Intent, HelpTopic | null][];
  const sections = HELP_TOPICS.map((topic) => ({
    title: tx.helpTopics[topic],
    examples: entries.filter(([, t]) => t === topic).flatMap(([intent]) => tx.examples[intent].map(asChoice)),
  }));
  const examples = sections.flatMap((s) => s.examples);
  const sample = sections.map((s) => s.examples[0].question).join(" ");
  const commands = [...tx.commands];
  const text = tx.help(sample, commands.map((c) => c.label).join(", "));
  return { kind: "help", lang, text, examples, sections, commands };
}
