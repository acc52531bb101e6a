import type { AnswerOf, GroupView, MemberView } from "../../qa/answerTypes.js";
import { adaptiveCard, factSet, heading, t, textBlock, type CardElement } from "./common.js";

type GroupAnswer = AnswerOf<"groupMembers"> | AnswerOf<"representedIn"> | AnswerOf<"mandate">;

function memberFacts(members: MemberView[]): CardElement {
  return factSet(members.map((m) => ({ title: m.name, value: m.detail ?? "" })));
}

function representationBlocks(g: GroupView, lang: "nb" | "en"): CardElement[] {
  const out: CardElement[] = [];
  if (g.representation) out.push(textBlock(g.representation, { isSubtle: true }));
  if (!g.behoRepresented) {
    out.push(textBlock(g.note ?? "BEHO skal ikke være representert i dette panelet.", { weight: "Bolder", color: "Attention" }));
    if (lang === "en") out.push(textBlock("BEHO is not to be represented in this panel.", { isSubtle: true }));
  } else if (g.note) {
    out.push(textBlock(g.note, { isSubtle: true }));
  }
  return out;
}

/** Members, representation or mandate of one group. */
export function groupCard(answer: GroupAnswer): CardElement {
  const { group, lang } = answer;
  const body: CardElement[] = [heading(group.label)];
  if (answer.kind === "mandate") {
    body.push(textBlock(t(lang, "Mandat", "Mandate (in Norwegian)"), { weight: "Bolder" }));
    body.push(textBlock(group.mandate ?? t(lang, "Dokumentet oppgir ikke noe mandat.", "The document gives no mandate.")));
    return adaptiveCard(body);
  }
  if (answer.kind === "representedIn") {
    body.push(textBlock(
      answer.represented
        ? t(lang, "Ja, BEHO er representert.", "Yes, BEHO is represented.")
        : t(lang, "Nei, BEHO er ikke representert.", "No, BEHO is not represented."),
      { weight: "Bolder" },
    ));
  }
  body.push(...representationBlocks(group, lang));
  if (answer.members.length > 0) {
    body.push(textBlock(t(lang, "BEHO sine medlemmer", "BEHO's members"), { weight: "Bolder", spacing: "Medium" }));
    body.push(memberFacts(answer.members));
  }
  if (answer.kind === "groupMembers" && group.mandate) {
    body.push(textBlock(t(lang, "Mandat", "Mandate (in Norwegian)"), { weight: "Bolder", spacing: "Medium" }));
    body.push(textBlock(group.mandate, { isSubtle: true }));
  }
  return adaptiveCard(body);
}
