/**
 * Questions about something named, with what is asked of it: whether a name is one of the cluster's
 * partners, what the documents do not say (capacity, phone numbers, parking, prices), how to reach
 * a person or their background, who leads a group.
 */
import type { Directory } from "../domain/directory.js";
import type { Lang } from "../domain/language.js";
import type { Resolution } from "./match.js";
import { matchPartner, partnerNamedIn, partnerQuestionName, typedName } from "./partners.js";
import type { FollowUpWant, Question } from "./question.js";
import { undocumentedTopic } from "./undocumented.js";
import * as W from "./intentWords.js";

const has = (tokens: string[], words: Set<string>): boolean => tokens.some((t) => words.has(t));

/** What the question was understood to name so far. */
export interface Named {
  text: string;
  tokens: string[];
  base: { lang: Lang; text: string };
  directory: Directory;
  group: Resolution;
  person: Resolution;
  want: FollowUpWant;
}

/** The question when it is one of these, else undefined. */
export function specificQuestion(n: Named): Question | undefined {
  const { text, tokens, base, directory, group, person, want } = n;
  // Partners are facts: "Er UiB med i Alrek?" is yes, "Er Helse Vest med i Alrek?" is no.
  const asked = partnerQuestionName(text, tokens, directory);
  if (asked) {
    const partner = matchPartner(asked, directory);
    return {
      ...base,
      intent: "partnerCheck",
      name: typedName(text, asked),
      ...(partner ? { partner: partner.name } : {}),
    };
  }
  const namedPartner = partnerNamedIn(tokens, directory);
  if (namedPartner && group.kind === "none" && person.kind === "none" && !has(tokens, W.PARTNER_WORDS))
    return {
      ...base,
      intent: "partnerCheck",
      name: namedPartner.shortName ?? namedPartner.name,
      partner: namedPartner.name,
    };

  // What the documents do not say: capacity, phone numbers, parking, prices.
  const topic = undocumentedTopic(tokens);
  if (topic === "phone" && (person.kind === "one" || has(tokens, W.COORDINATOR_WORDS)))
    return {
      ...base,
      intent: "personContact",
      personId: person.kind === "one" ? person.id : directory.facts.coordinator.personId,
      channel: "phone",
    };
  if (topic) {
    const subject =
      topic === "capacity" && tokens.includes("borgertun")
        ? directory.facts.meetingRoom.name
        : group.kind === "one"
          ? directory.groups.find((g) => g.id === group.id)?.name
          : person.kind === "one"
            ? directory.people.find((p) => p.id === person.id)?.name
            : undefined;
    return { ...base, intent: "notInDocuments", topic, ...(subject ? { subject } : {}) };
  }

  // A person named with what is asked of them: how to reach them, their background.
  if (person.kind === "one" && group.kind === "none") {
    if (want === "contact" || want === "email")
      return { ...base, intent: "personContact", personId: person.id, channel: want === "email" ? "email" : "any" };
    if (want === "background" && person.id !== directory.facts.coordinator.personId) {
      const name = directory.people.find((p) => p.id === person.id)?.name;
      return { ...base, intent: "notInDocuments", topic: "background", ...(name ? { subject: name } : {}) };
    }
  }
  // "Hvem leder Husrådet?": the document's "Ledes av …", or that it does not say.
  if (want === "leader" && group.kind === "one" && person.kind === "none")
    return { ...base, intent: "groupLeader", groupId: group.id };

  return undefined;
}
