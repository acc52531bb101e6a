import type { Directory, Group } from "../domain/directory.js";
import type { AnswerOf } from "./answerTypes.js";
import type { Lang } from "./language.js";
import { groupView, memberLine, memberView, personView } from "./views.js";

/** The document's own words for the two panels; quoted in both languages. */
export const NOT_REPRESENTED_NB = "BEHO skal ikke være representert i dette panelet.";

function notRepresentedText(g: Group, lang: Lang): string {
  const note = g.note ?? NOT_REPRESENTED_NB;
  return lang === "en" ? `BEHO is not to be represented in this panel («${note}»).` : note;
}

function rotatesText(g: Group, lang: Lang): string {
  if (g.note !== "Rullerer.") return "";
  return lang === "en" ? " The seat rotates («Rullerer.»)." : " Rullerer.";
}

/** Who sits in a group for BEHO, with unit or role per seat. */
export function groupMembersAnswer(g: Group, directory: Directory, lang: Lang): AnswerOf<"groupMembers"> {
  const group = groupView(g, lang);
  const members = g.members.map((m) => memberView(m, directory));
  let text: string;
  if (!g.behoRepresented) text = `${group.label}: ${notRepresentedText(g, lang)}`;
  else if (members.length === 0) text = lang === "en" ? `${group.label}: no members are listed.` : `${group.label}: ingen medlemmer er oppført.`;
  else {
    const list = members.map(memberLine).join("; ");
    text = lang === "en" ? `BEHO in ${group.label}: ${list}.` : `BEHO i ${group.label}: ${list}.`;
    text += rotatesText(g, lang);
  }
  return { kind: "groupMembers", lang, text, group, members };
}

/** Whether BEHO has a seat in the group, quoting the document's representation text. */
export function representedAnswer(g: Group, directory: Directory, lang: Lang): AnswerOf<"representedIn"> {
  const group = groupView(g, lang);
  const members = g.members.map((m) => memberView(m, directory));
  let text: string;
  if (!g.behoRepresented) {
    text = lang === "en" ? `No. ${group.label}: ${notRepresentedText(g, lang)}` : `Nei. ${group.label}: ${notRepresentedText(g, lang)}`;
  } else {
    const names = members.map(memberLine).join("; ");
    const how = g.representation ? ` ${g.representation.replace(/([^.])$/, "$1.")}` : "";
    text = lang === "en"
      ? `Yes, BEHO is represented in ${group.label}.${how} ${names}.`
      : `Ja, BEHO er representert i ${group.label}.${how} ${names}.`;
  }
  return { kind: "representedIn", lang, text, group, represented: g.behoRepresented, members };
}

/** The group's mandate, verbatim (the mandates exist in Norwegian only). */
export function mandateAnswer(g: Group, lang: Lang): AnswerOf<"mandate"> {
  const group = groupView(g, lang);
  let text: string;
  if (g.mandate) {
    text = lang === "en"
      ? `Mandate of ${group.label} (in Norwegian): «${g.mandate}»`
      : `Mandatet til ${group.label}: «${g.mandate}»`;
  } else {
    text = lang === "en"
      ? `The document gives no mandate for ${group.label}.`
      : `Dokumentet oppgir ikke noe mandat for ${group.label}.`;
  }
  return { kind: "mandate", lang, text, group };
}

/** Every group a person sits in, with the seat's unit or role. */
export function personGroupsAnswer(personId: string, directory: Directory, lang: Lang): AnswerOf<"personGroups"> | undefined {
  const p = directory.people.find((x) => x.id === personId);
  if (!p) return undefined;
  const seats = directory.groups
    .flatMap((g) => g.members.filter((m) => m.personId === personId).map((m) => ({ g, m })))
    .map(({ g, m }) => {
      const detail = memberView(m, directory).detail;
      return { group: groupView(g, lang), ...(detail ? { detail } : {}) };
    });
  const list = seats.map((s) => (s.detail ? `${s.group.label} – ${s.detail}` : s.group.label)).join("; ");
  const text = seats.length === 0
    ? (lang === "en" ? `${p.name} has no seat in the groups listed.` : `${p.name} sitter ikke i noen av gruppene som er oppført.`)
    : (lang === "en" ? `${p.name} sits in: ${list}.` : `${p.name} sitter i: ${list}.`);
  return { kind: "personGroups", lang, text, person: personView(p), seats };
}
