/** The issues a schema reports for a value, as `[field, message]` pairs (none when it parses). */
import type { ZodTypeAny } from "zod";
import { ValidationError } from "../../src/domain/errors.js";
import { parseInput } from "../../src/contract/index.js";

export function issuesFor(schema: ZodTypeAny, value: unknown): [string, string][] {
  try {
    parseInput(schema, value);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((i) => [i.field, i.message]);
    throw error;
  }
}

/** Only the field names. */
export function fieldsFor(schema: ZodTypeAny, value: unknown): string[] {
  return issuesFor(schema, value).map(([field]) => field);
}
