/**
 * Turns zod's findings into the API's 400 body: one `{ field, message }` per problem, the field
 * written as a path ("areas[1].name", "reminderLeadTimes[0]"), the message a short English phrase
 * in the style of the domain's own ("must be text", "must be at most 200 characters").
 */
import { z } from "zod";
import { ValidationError } from "../domain/errors.js";

/** One problem with one field of a request. */
type Issue = { field: string; message: string };

const EXPECTED: Partial<Record<string, string>> = {
  string: "must be text",
  boolean: "must be true or false",
  number: "must be a number",
  integer: "must be a whole number",
  array: "must be a list",
  object: "must be an object",
};

/** Messages for issues whose schema did not give its own. */
const errorMap: z.ZodErrorMap = (issue, ctx) => {
  // zod applies a parse-wide map last, so a schema's own message (`invalid_type_error`,
  // `.strict(message)`) arrives here as ctx.defaultError: keep it when it is not zod's stock text.
  if (ctx.defaultError !== z.defaultErrorMap(issue, { data: ctx.data, defaultError: "" }).message)
    return { message: ctx.defaultError };
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === "undefined") return { message: "is required" };
      if (issue.path.length === 0 && issue.expected === "object") return { message: "must be a JSON object" };
      return { message: EXPECTED[issue.expected] ?? `must be ${issue.expected}` };
    case z.ZodIssueCode.invalid_enum_value:
      return { message: `must be one of ${issue.options.join(", ")}` };
    case z.ZodIssueCode.too_big:
      if (issue.type === "string") return { message: `must be at most ${issue.maximum} characters` };
      if (issue.type === "array") return { message: `must list at most ${issue.maximum}` };
      return { message: `must be at most ${issue.maximum}` };
    case z.ZodIssueCode.too_small:
      if (issue.type === "string")
        return { message: Number(issue.minimum) <= 1 ? "is required" : `must be at least ${issue.minimum} characters` };
      if (issue.type === "array") return { message: `must list at least ${issue.minimum}` };
      return { message: `must be at least ${issue.minimum}` };
    case z.ZodIssueCode.unrecognized_keys:
      return { message: "is not a known field" };
    default:
      return { message: ctx.defaultError };
  }
};

/** "areas", 1, "name" → "areas[1].name"; the whole body is "body". */
function fieldOf(path: readonly (string | number)[]): string {
  if (path.length === 0) return "body";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** One entry per problem; an unknown-fields finding becomes one entry per unknown field. */
function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.flatMap((issue): Issue[] =>
    issue.code === z.ZodIssueCode.unrecognized_keys
      ? issue.keys.map((key) => ({ field: fieldOf([...issue.path, key]), message: issue.message }))
      : [{ field: fieldOf(issue.path), message: issue.message }],
  );
}

/**
 * The value as `schema` describes it, or a ValidationError naming every field that is not
 * (the API answers 400 validation_failed with these issues).
 */
export function parseInput<S extends z.ZodTypeAny>(schema: S, value: unknown): z.output<S> {
  const result = checkInput(schema, value);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

/** The outcome of {@link checkInput}: the value, or every problem (for card actions, which answer rather than throw). */
export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Like {@link parseInput}, without throwing. */
export function checkInput<S extends z.ZodTypeAny>(schema: S, value: unknown): Checked<z.output<S>> {
  const result = schema.safeParse(value, { errorMap });
  return result.success ? { ok: true, value: result.data } : { ok: false, issues: issuesOf(result.error) };
}
