import type { Directory, Partner } from "../domain/directory.js";
import type { AnswerOf } from "./answerTypes.js";
import type { Lang } from "./language.js";
import type { AboutTopic } from "./question.js";
import { groupLabel, memberView, personView, questionFor } from "./views.js";

/** "Universitetet i Bergen (UiB)". */
export function partnerLabel(p: Partner): string {
  return p.shortName ? `${p.name} (${p.shortName})` : p.name;
}

/** Who the internal Alrek coordinator is and how to reach her. */
export function coordinatorAnswer(directory: Directory, lang: Lang): AnswerOf<"coordinator"> {
  const c = directory.facts.coordinator;
  const p = directory.people.find((x) => x.id === c.personId);
  const person = p ? personView(p) : { id: c.personId, name: c.personId };
  const unit = person.unit ? ` (${person.unit})` : "";
  const text = lang === "en"
    ? `BEHO's internal Alrek coordinator (${c.title}) is ${person.name}${unit}. E-mail: ${c.email}.`
    : `BEHO sin interne Alrek-koordinator er ${person.name}${unit}. E-post: ${c.email}.`;
  return { kind: "coordinator", lang, text, person, title: c.title, email: c.email, description: c.description };
}

/** The partners of the cluster, in the document's order. */
export function partnersAnswer(directory: Directory, lang: Lang): AnswerOf<"partners"> {
  const f = directory.facts;
  const list = f.partners.map(partnerLabel).join(", ");
  const text = lang === "en"
    ? `${f.name} has ${f.partners.length} partners: ${list}.`
    : `${f.name} består av ${f.partners.length} partnere: ${list}.`;
  return { kind: "partners", lang, text, clusterName: f.name, partners: f.partners };
}

/** Address, BEHO's office and the meeting room. */
export function locationAnswer(directory: Directory, lang: Lang): AnswerOf<"location"> {
  const f = directory.facts;
  const text = lang === "en"
    ? `${f.name} is at ${f.address}, ${f.city}. BEHO's offices: ${f.behoOffice}. BEHO's meeting room is ${f.meetingRoom.name}.`
    : `${f.name} ligger i ${f.address}, ${f.city}. BEHO sine kontorlokaler: ${f.behoOffice}. Møtelokalet heter ${f.meetingRoom.name}.`;
  return {
    kind: "location", lang, text, clusterName: f.name, address: f.address, city: f.city,
    behoOffice: f.behoOffice, meetingRoom: f.meetingRoom,
  };
}

/** What the cluster is: established, vision, focus areas, or all of it. */
export function aboutAnswer(topic: AboutTopic, directory: Directory, lang: Lang): AnswerOf<"about"> {
  const f = directory.facts;
  const areas = f.focusAreas.join(", ");
  const parts = {
    established: lang === "en"
      ? `${f.name} was formally established in ${f.established}, on an initiative from the University of Bergen (UiB).`
      : `${f.name} ble formelt etablert i ${f.established}, som et initiativ fra Universitetet i Bergen (UiB).`,
    vision: lang === "en" ? `The vision (in Norwegian): «${f.vision}»` : `Visjonen: «${f.vision}»`,
    focusAreas: lang === "en" ? `Four focus areas: ${areas}.` : `Fire satsingsområder: ${areas}.`,
    general: lang === "en"
      ? `${f.name} gathers ${f.partners.length} partners for research, education, innovation and dissemination in health, at ${f.address}, ${f.city}.`
      : `${f.name} samler ${f.partners.length} partnere om forskning, utdanning, innovasjon og formidling på helsefeltet, i ${f.address}, ${f.city}.`,
  };
  const text = topic === "general"
    ? [parts.general, parts.established, parts.focusAreas, parts.vision].join(" ")
    : parts[topic];
  return {
    kind: "about", lang, text, topic, clusterName: f.name, established: f.established,
    vision: f.vision, focusAreas: f.focusAreas, partnerCount: f.partners.length,
  };
}

/** BEHO's internal forum, its leader and members. */
export function forumAnswer(directory: Directory, lang: Lang): AnswerOf<"forum"> {
  const f = directory.facts.forum;
  const group = directory.groups.find((g) => g.id === "alrekforum-beho");
  const members = (group?.members ?? []).map((m) => memberView(m, directory));
  const leaderPerson = directory.people.find((p) => p.id === directory.facts.coordinator.personId);
  const leader = leaderPerson ? personView(leaderPerson) : undefined;
  const lead = leader ? (lang === "en" ? ` Led by ${leader.name}.` : ` Ledes av ${leader.name}.`) : "";
  const text = lang === "en"
    ? `${f.name} was set up in autumn 2022 (${f.established}). It gathers BEHO's representatives in the cluster's groups (${members.length} people).${lead}`
    : `${f.name} ble opprettet ${f.established}. Forumet består av BEHO sine representanter i klyngens grupper (${members.length} personer).${lead}`;
  return { kind: "forum", lang, text, name: f.name, established: f.established, description: f.description, ...(leader ? { leader } : {}), members };
}

/** Every group in document order, each a button asking for its members. */
export function listGroupsAnswer(directory: Directory, lang: Lang): AnswerOf<"listGroups"> {
  const groups = [...directory.groups].sort((a, b) => a.order - b.order)
    .map((g) => ({ label: groupLabel(g, lang), question: questionFor("groupMembers", g, lang) }));
  const text = (lang === "en" ? "Groups: " : "Grupper: ") + groups.map((g) => g.label).join("; ") + ".";
  return { kind: "listGroups", lang, text, groups };
}
