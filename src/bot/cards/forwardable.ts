/**
 * The one place where an answer that could not be given from the documents ("not in the
 * documents", a passage, "not understood") gets its extra actions. Issue #20 adds "Spør
 * koordinatoren" here: every such answer carries the user's question (`question` / `query`), so
 * the button can send it on. Until then there is nothing to add.
 */
import type { AnswerOf } from "../../qa/answerTypes.js";
import type { CardElement } from "./common.js";

/** The answers whose question could be forwarded to the coordinator. */
export type ForwardableAnswer = AnswerOf<"notInDocuments"> | AnswerOf<"passage"> | AnswerOf<"unknown">;

/** Extra actions for an answer the documents could not give (none yet; see above). */
export function forwardActions(answer: ForwardableAnswer): CardElement[] {
  void answer;
  return [];
}
