import type { Directory, Group, Membership, Person } from "../domain/directory.js";
import type { Choice, GroupView, MemberView, PersonView } from "./answerTypes.js";
import type { Lang } from "../domain/language.js";
import { qaTexts } from "./i18n/index.js";
import type { EntityRef, TargetedIntent } from "./question.js";

/** A group's name in the answer language (in English: the English name with the document name in brackets). */
export function groupLabel(g: Pick<Group, "name" | "nameEn">, lang: Lang): string {
  return qaTexts(lang).groupLabel(g);
}

/** The group as shown. */
export function groupView(g: Group, lang: Lang): GroupView {
  return {
    id: g.id,
    name: g.name,
    nameEn: g.nameEn,
    label: groupLabel(g, lang),
    kind: g.kind,
    behoRepresented: g.behoRepresented,
    ...(g.mandate ? { mandate: g.mandate } : {}),
    ...(g.representation ? { representation: g.representation } : {}),
    ...(g.note ? { note: g.note } : {}),
  };
}

/** The person as shown. */
export function personView(p: Person): PersonView {
  return {
    id: p.id,
    name: p.name,
    ...(p.title ? { title: p.title } : {}),
    ...(p.unit ? { unit: p.unit } : {}),
    ...(p.email ? { email: p.email } : {}),
  };
}

/** Role and unit of a seat, joined; the seat's own unit wins over the person's usual unit. */
export function seatDetail(m: Membership, p: Person | undefined): string | undefined {
  const unit = m.unit ?? (m.role ? undefined : p?.unit);
  const parts = [m.role, unit].filter((s): s is string => Boolean(s));
  return parts.length > 0 ? parts.join(", ") : undefined;
}

/** A seat as shown; a membership pointing at an unknown person keeps its id as the name. */
export function memberView(m: Membership, directory: Directory): MemberView {
  const p = directory.people.find((x) => x.id === m.personId);
  const detail = seatDetail(m, p);
  return {
    personId: m.personId,
    name: p?.name ?? m.personId,
    ...(m.unit ? { unit: m.unit } : {}),
    ...(m.role ? { role: m.role } : {}),
    ...(detail ? { detail } : {}),
  };
}

/** Brackets inside a text that is itself put in brackets become commas: one level of brackets only. */
function flatBrackets(text: string): string {
  return text.replace(/ \(([^()]*)\)/g, ", $1");
}

/** "Name (detail)" for the plain-text summary; a unit's own brackets become a comma ("…, ETTU"). */
export function memberLine(m: MemberView): string {
  return m.detail ? `${m.name} (${flatBrackets(m.detail)})` : m.name;
}

/** The question a button sends for this intent and target, phrased so it resolves to exactly that target. */
export function questionFor(asked: TargetedIntent, target: { name: string; nameEn?: string }, lang: Lang): string {
  return qaTexts(lang).askFor[asked](target);
}

/** Buttons for the given targets; refs to missing groups or people are skipped. */
export function choicesFor(asked: TargetedIntent, refs: EntityRef[], directory: Directory, lang: Lang): Choice[] {
  const out: Choice[] = [];
  for (const r of refs) {
    if (r.type === "group") {
      const g = directory.groups.find((x) => x.id === r.id);
      if (g)
        out.push({
          label: groupLabel(g, lang),
          question: questionFor(asked === "personGroups" ? "groupMembers" : asked, g, lang),
        });
    } else {
      const p = directory.people.find((x) => x.id === r.id);
      if (p) out.push({ label: p.name, question: questionFor("personGroups", p, lang) });
    }
  }
  return out;
}
