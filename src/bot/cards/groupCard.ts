import type { Lang } from "../../domain/language.js";
import { NOT_REPRESENTED_NB } from "../../qa/answerGroups.js";
import type { AnswerOf, GroupView, MemberView } from "../../qa/answerTypes.js";
import { botTexts } from "../i18n/index.js";
import { adaptiveCard, factSet, heading, textBlock, type CardElement } from "./common.js";

type GroupAnswer = AnswerOf<"groupMembers"> | AnswerOf<"representedIn"> | AnswerOf<"mandate">;

function memberFacts(members: MemberView[]): CardElement {
  return factSet(members.map((m) => ({ title: m.name, value: m.detail ?? "" })));
}

/** The document's representation text and note, quoted as written; a gloss where the language needs one. */
function representationBlocks(g: GroupView, lang: Lang): CardElement[] {
  const out: CardElement[] = [];
  if (g.representation) out.push(textBlock(g.representation, { isSubtle: true }));
  if (!g.behoRepresented) {
    // A sentence of the answer's own language first where the note is not in it, then the note as a quote.
    const gloss = botTexts(lang).groups.notRepresentedGloss;
    if (gloss) out.push(textBlock(gloss, { weight: "Bolder", color: "Attention" }));
    const note = g.note ?? NOT_REPRESENTED_NB;
    out.push(
      textBlock(gloss ? `«${note}»` : note, gloss ? { isSubtle: true } : { weight: "Bolder", color: "Attention" }),
    );
  } else if (g.note) {
    out.push(textBlock(g.note, { isSubtle: true }));
  }
  return out;
}

/** Members, representation or mandate of one group. */
export function groupCard(answer: GroupAnswer): CardElement {
  const { group, lang } = answer;
  const tx = botTexts(lang).groups;
  const body: CardElement[] = [heading(group.label)];
  // "Sitter X i Y?": the Ja/Nei line comes first.
  if (answer.kind === "groupMembers" && answer.check) {
    body.push(textBlock(answer.check.line, { weight: "Bolder", color: answer.check.seated ? "Good" : "Attention" }));
  }
  if (answer.kind === "mandate") {
    body.push(textBlock(tx.mandate, { weight: "Bolder" }));
    body.push(textBlock(group.mandate ?? tx.noMandate));
    return adaptiveCard(body);
  }
  if (answer.kind === "representedIn") {
    body.push(textBlock(answer.represented ? tx.representedYes : tx.representedNo, { weight: "Bolder" }));
  }
  body.push(...representationBlocks(group, lang));
  if (answer.members.length > 0) {
    body.push(textBlock(tx.members, { weight: "Bolder", spacing: "Medium" }));
    body.push(memberFacts(answer.members));
  }
  if (answer.kind === "groupMembers" && group.mandate) {
    body.push(textBlock(tx.mandate, { weight: "Bolder", spacing: "Medium" }));
    body.push(textBlock(group.mandate, { isSubtle: true }));
  }
  return adaptiveCard(body);
}
