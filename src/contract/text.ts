/** Building blocks shared by the request schemas: text with limits, and enums from domain lists. */
import { z } from "zod";

// Control characters (NUL, escapes, C1, line/paragraph separators) would reach calendar files,
// cards and logs; tab and line breaks are fine in multi-line text only.

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

/** Why `text` does not fit, or undefined; length is counted after trimming, as the domain stores it trimmed. */
function textProblem(text: string, max: number, multiLine: boolean): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > max) return `must be at most ${max} characters`;
  if (CONTROL.test(trimmed)) return "must not contain control characters";
  if (!multiLine && LINE_BREAK_OR_TAB.test(trimmed)) return "must be one line";
  return undefined;
}

function checkedText(max: number, multiLine: boolean) {
  return z.string().superRefine((text, ctx) => {
    const message = textProblem(text, max, multiLine);
    if (message) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
  });
}

/** One line of text, at most `max` characters once trimmed, no control characters. */
export function line(max: number) {
  return checkedText(max, false);
}

/** Text that may span lines (and hold tabs), at most `max` characters once trimmed. */
export function multiLine(max: number) {
  return checkedText(max, true);
}

/** One line that is not blank once trimmed. */
export function requiredLine(max: number) {
  return line(max).refine((text) => text.trim() !== "", "is required");
}

/** A zod enum of a domain list such as EVENT_KINDS, so the values are listed in the domain only. */
export function enumOf<T extends string>(values: readonly T[]) {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error("an enum needs at least one value");
  return z.enum([first, ...rest]);
}

/** True when `text` has no line breaks and no control characters (for rule-like strings). */
export function isOneCleanLine(text: string): boolean {
  return !CONTROL.test(text) && !LINE_BREAK_OR_TAB.test(text.trim());
}
