import type { Directory, Group } from "../domain/directory.js";
import type { AnswerOf } from "./answerTypes.js";
import type { Lang } from "../domain/language.js";
import { qaTexts } from "./i18n/index.js";
import { groupLabel, groupView, memberLine, memberView, personView } from "./views.js";

/** The document's own words for the two panels; quoted in every language. */
export const NOT_REPRESENTED_NB = "BEHO skal ikke være representert i dette panelet.";

function notRepresentedText(g: Group, lang: Lang): string {
  return qaTexts(lang).notRepresented(g.note ?? NOT_REPRESENTED_NB);
}

function rotatesText(g: Group, lang: Lang): string {
  return g.note === "Rullerer." ? qaTexts(lang).rotates : "";
}

/** "Sitter X i Y?": Ja with the seat, or Nei with who does sit there. */
function seatCheck(g: Group, personId: string, directory: Directory, lang: Lang): AnswerOf<"groupMembers">["check"] {
  const p = directory.people.find((x) => x.id === personId);
  if (!p) return undefined;
  const tx = qaTexts(lang);
  const label = groupLabel(g, lang);
  const seat = g.members.find((m) => m.personId === personId);
  const others = g.members.map((m) => memberLine(memberView(m, directory))).join("; ");
  const line = seat
    ? tx.seatedYes(p.name, label, ((d) => (d ? ` (${d})` : ""))(memberView(seat, directory).detail))
    : tx.seatedNo(p.name, label, others ? tx.seatedOthers(label, others) : "");
  return { person: personView(p), seated: Boolean(seat), line };
}

/** Who sits in a group for BEHO, with unit or role per seat; with `personId`, whether that person does. */
export function groupMembersAnswer(
  g: Group,
  directory: Directory,
  lang: Lang,
  personId?: string,
): AnswerOf<"groupMembers"> {
  const group = groupView(g, lang);
  const members = g.members.map((m) => memberView(m, directory));
  const tx = qaTexts(lang);
  const check = personId ? seatCheck(g, personId, directory, lang) : undefined;
  if (check) return { kind: "groupMembers", lang, text: check.line, group, members, check };
  let text: string;
  if (!g.behoRepresented) text = `${group.label}: ${notRepresentedText(g, lang)}`;
  else if (members.length === 0) text = tx.noMembers(group.label);
  else text = tx.members(group.label, members.map(memberLine).join("; ")) + rotatesText(g, lang);
  return { kind: "groupMembers", lang, text, group, members };
}

/** Whether BEHO has a seat in the group, quoting the document's representation text. */
export function representedAnswer(g: Group, directory: Directory, lang: Lang): AnswerOf<"representedIn"> {
  const group = groupView(g, lang);
  const members = g.members.map((m) => memberView(m, directory));
  const tx = qaTexts(lang);
  let text: string;
  if (!g.behoRepresented) {
    text = tx.representedNo(group.label, notRepresentedText(g, lang));
  } else {
    const names = members.map(memberLine).join("; ");
    const how = g.representation ? ` ${g.representation.replace(/([^.])$/, "$1.")}` : "";
    text = tx.representedYes(group.label, how, names);
  }
  return { kind: "representedIn", lang, text, group, represented: g.behoRepresented, members };
}

/** The group's mandate, verbatim (the mandates exist in Norwegian only). */
export function mandateAnswer(g: Group, lang: Lang): AnswerOf<"mandate"> {
  const group = groupView(g, lang);
  const tx = qaTexts(lang);
  const text = g.mandate ? tx.mandate(group.label, g.mandate) : tx.noMandate(group.label);
  return { kind: "mandate", lang, text, group };
}

/** Every group a person sits in, with the seat's unit or role. */
export function personGroupsAnswer(
  personId: string,
  directory: Directory,
  lang: Lang,
  role?: string,
): AnswerOf<"personGroups"> | undefined {
  const p = directory.people.find((x) => x.id === personId);
  if (!p) return undefined;
  const seats = directory.groups
    .flatMap((g) => g.members.filter((m) => m.personId === personId).map((m) => ({ g, m })))
    .map(({ g, m }) => {
      const detail = memberView(m, directory).detail;
      return { group: groupView(g, lang), ...(detail ? { detail } : {}) };
    });
  const list = seats.map((s) => (s.detail ? `${s.group.label} – ${s.detail}` : s.group.label)).join("; ");
  const tx = qaTexts(lang);
  const seatsText = seats.length === 0 ? tx.personNoSeat(p.name) : tx.personSeats(p.name, list);
  // The coordinator also works on a project the news item names; said with her seats.
  const note = p.id === directory.facts.coordinator.personId ? tx.coordinatorProject : undefined;
  const text = [role ? tx.roleHolder(role, p.name) : "", seatsText, note ?? ""].filter(Boolean).join(" ");
  return {
    kind: "personGroups",
    lang,
    text,
    person: personView(p),
    seats,
    ...(role ? { role } : {}),
    ...(note ? { note } : {}),
  };
}

/** The document's own "Ledes av …" sentence in a group's representation text, if it has one. */
function leaderSentence(g: Group): string | undefined {
  return /Ledes av [^.]*\./.exec(g.representation ?? "")?.[0];
}

/**
 * Who leads a group: a member whose role is leader (named), the document's "Ledes av …" when it
 * names only a unit, or that the documents do not say. Never another group's leader.
 */
export function groupLeaderAnswer(g: Group, directory: Directory, lang: Lang): AnswerOf<"groupLeader"> {
  const group = groupView(g, lang);
  const tx = qaTexts(lang);
  const seat = g.members.find((m) => /^(leder|leiar|leader)$/i.test(m.role ?? ""));
  const person = seat ? directory.people.find((p) => p.id === seat.personId) : undefined;
  const quote = leaderSentence(g);
  let text: string;
  if (person) text = tx.leaderNamed(group.label, person.name) + (quote ? tx.leaderNamedFrom(quote) : "");
  else if (quote) text = tx.leaderUnnamed(group.label, quote);
  else text = tx.leaderUnknown(group.label);
  return {
    kind: "groupLeader",
    lang,
    text,
    group,
    ...(person ? { leader: personView(person) } : {}),
    ...(quote ? { quote } : {}),
  };
}

/** How to reach a person: the e-mail the documents give (never a phone number: they give none). */
export function personContactAnswer(
  personId: string,
  channel: "any" | "email" | "phone",
  directory: Directory,
  lang: Lang,
): AnswerOf<"personContact"> | undefined {
  const p = directory.people.find((x) => x.id === personId);
  if (!p) return undefined;
  const tx = qaTexts(lang);
  const email = p.email;
  const source = email && p.id === directory.facts.coordinator.personId ? "Nyhetssak, 17.10.2022" : undefined;
  let text: string;
  if (channel === "phone") text = tx.phoneNone(p.name) + (email ? tx.phoneButEmail(email) : "");
  else if (email) text = tx.contactEmail(p.name, email) + (source ? tx.contactSource(source) : "");
  else text = tx.contactNone(p.name);
  return {
    kind: "personContact",
    lang,
    text,
    person: personView(p),
    channel,
    ...(email ? { email } : {}),
    ...(source ? { source } : {}),
  };
}
