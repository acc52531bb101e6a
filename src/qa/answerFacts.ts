import type { Directory, Partner } from "../domain/directory.js";
import type { AnswerOf } from "./answerTypes.js";
import type { Lang } from "../domain/language.js";
import { qaTexts } from "./i18n/index.js";
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
  const text = qaTexts(lang).coordinator(`${person.name}${unit}`, c.title, c.email);
  return { kind: "coordinator", lang, text, person, title: c.title, email: c.email, description: c.description };
}

/** The partners of the cluster, in the document's order. */
export function partnersAnswer(directory: Directory, lang: Lang): AnswerOf<"partners"> {
  const f = directory.facts;
  const list = f.partners.map(partnerLabel).join(", ");
  const text = qaTexts(lang).partners(f.name, f.partners.length, list);
  return { kind: "partners", lang, text, clusterName: f.name, partners: f.partners };
}

/** Address, BEHO's office and the meeting room. */
export function locationAnswer(directory: Directory, lang: Lang): AnswerOf<"location"> {
  const f = directory.facts;
  const text = qaTexts(lang).location(f.name, f.address, f.city, f.behoOffice, f.meetingRoom.name);
  return {
    kind: "location",
    lang,
    text,
    clusterName: f.name,
    address: f.address,
    city: f.city,
    behoOffice: f.behoOffice,
    meetingRoom: f.meetingRoom,
  };
}

/** The documents' statements asked for, quoted; or a role they mention without naming anyone. */
function statementsFor(q: { topic: AboutTopic; factIds?: string[]; role?: string }, directory: Directory, lang: Lang) {
  const tx = qaTexts(lang);
  if (q.topic === "unnamedRole") {
    const r = (directory.facts.unnamedRoles ?? []).find((x) => x.role === q.role);
    if (!r) return { text: tx.documentedMissing, statements: [] };
    return {
      text: tx.unnamedRole(r.role, r.where, r.quote),
      statements: [{ title: r.where, source: "Vedlegg 1", quotes: [r.quote] }],
    };
  }
  const facts = (directory.facts.documented ?? []).filter((d) => q.factIds?.includes(d.id));
  if (facts.length === 0) return { text: tx.documentedMissing, statements: [] };
  const statements = facts.map((d) => ({
    title: d.title,
    source: d.source,
    quotes: d.quotes,
    ...(tx.documentedLead[d.id] ? { lead: tx.documentedLead[d.id] } : {}),
  }));
  // A sentence of the answer's own language first where the catalogue has one, then the quote, marked as such.
  const text = statements
    .map((d) => `${d.lead ? `${d.lead} ` : ""}${tx.documented(d.title, d.source, d.quotes.join(" "))}`)
    .join(" ");
  return { text, statements };
}

/** What the cluster is: established, vision, focus areas, or all of it; or what the documents say about something asked. */
export function aboutAnswer(
  topic: AboutTopic,
  directory: Directory,
  lang: Lang,
  asked: { factIds?: string[]; role?: string } = {},
): AnswerOf<"about"> {
  const f = directory.facts;
  const tx = qaTexts(lang);
  const base = {
    kind: "about",
    lang,
    topic,
    clusterName: f.name,
    established: f.established,
    vision: f.vision,
    focusAreas: f.focusAreas,
    partnerCount: f.partners.length,
  } as const;
  if (topic === "documented" || topic === "unnamedRole") {
    const { text, statements } = statementsFor({ topic, ...asked }, directory, lang);
    return { ...base, text, statements };
  }
  const parts = {
    established: tx.aboutEstablished(f.name, f.established),
    vision: tx.aboutVision(f.vision),
    focusAreas: tx.aboutFocusAreas(f.focusAreas.join(", ")),
    general: tx.aboutGeneral(f.name, f.partners.length, f.address, f.city),
  };
  const text =
    topic === "general" ? [parts.general, parts.established, parts.focusAreas, parts.vision].join(" ") : parts[topic];
  return { ...base, text };
}

/** BEHO's internal forum, its leader and members. */
export function forumAnswer(directory: Directory, lang: Lang): AnswerOf<"forum"> {
  const f = directory.facts.forum;
  const group = directory.groups.find((g) => g.id === "alrekforum-beho");
  const members = (group?.members ?? []).map((m) => memberView(m, directory));
  const leaderPerson = directory.people.find((p) => p.id === directory.facts.coordinator.personId);
  const leader = leaderPerson ? personView(leaderPerson) : undefined;
  const tx = qaTexts(lang);
  const lead = leader ? tx.forumLead(leader.name) : "";
  const text = tx.forum(f.name, f.established, members.length, lead);
  return {
    kind: "forum",
    lang,
    text,
    name: f.name,
    established: f.established,
    description: f.description,
    ...(leader ? { leader } : {}),
    members,
  };
}

/** Every group in document order, each a button asking for its members. */
export function listGroupsAnswer(directory: Directory, lang: Lang): AnswerOf<"listGroups"> {
  const groups = [...directory.groups]
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ label: groupLabel(g, lang), question: questionFor("groupMembers", g, lang) }));
  const text = qaTexts(lang).groupList(groups.map((g) => g.label).join("; "));
  return { kind: "listGroups", lang, text, groups };
}

/** "Er X med i Alrek?": yes with the listed partner, or no (X is not among the partners the document lists). */
export function partnerCheckAnswer(name: string, partnerName: string | undefined, directory: Directory, lang: Lang) {
  const f = directory.facts;
  const partner = partnerName ? f.partners.find((p) => p.name === partnerName) : undefined;
  const tx = qaTexts(lang);
  const text = partner
    ? tx.partnerYes(name, partnerLabel(partner), f.name, f.partners.length)
    : tx.partnerNo(name, f.name, f.partners.length);
  const answer: AnswerOf<"partnerCheck"> = {
    kind: "partnerCheck",
    lang,
    text,
    name,
    ...(partner ? { partner } : {}),
    partners: f.partners,
  };
  return answer;
}
