import { describe, expect, it } from "vitest";
import type { TurnContext } from "botbuilder";
import { handleTurnError } from "../../src/bot/turnError.js";
import { ValidationError } from "../../src/domain/errors.js";
import { createLogger } from "../../src/logger.js";

function restError(statusCode: number): Error {
  return Object.assign(new Error(`connector answered ${statusCode}`), { name: "RestError", statusCode });
}

function networkError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:9`), { code });
}

async function fail(error: Error, locale = "nb-NO") {
  const lines: { level: string; msg: string; [k: string]: unknown }[] = [];
  const sent: unknown[] = [];
  const context = {
    activity: { type: "message", locale, conversation: { id: "a:1" } },
    sendActivity: async (activity: unknown) => {
      sent.push(activity);
    },
  } as unknown as TurnContext;
  await handleTurnError(
    context,
    error,
    createLogger("debug", (line) => lines.push(JSON.parse(line))),
  );
  return { lines, sent };
}

describe("handleTurnError", () => {
  it.each([
    ["a connector that refused the reply", restError(403)],
    ["a connector that answered 404", restError(404)],
    ["a serviceUrl nobody answers", networkError("ECONNREFUSED")],
    ["a serviceUrl that does not resolve", networkError("ENOTFOUND")],
  ])("%s: one warning without a stack, and no apology that would fail the same way", async (_name, error) => {
    const { lines, sent } = await fail(error);
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe("warn");
    expect(JSON.stringify(lines[0])).not.toMatch(/stack|\n\s+at /);
    expect(sent).toEqual([]);
  });

  it("a rule the input broke: one warning without a stack, and an apology", async () => {
    const { lines, sent } = await fail(new ValidationError([{ field: "title", message: "is required" }]), "en-US");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "warn", code: "validation_failed" });
    expect(JSON.stringify(lines[0])).not.toContain("stack");
    expect(sent).toHaveLength(1);
    expect((sent[0] as { text: string }).text).toMatch(/^Sorry/);
  });

  it("a bug: logged as an error with its stack, and the user gets an apology in bokmål", async () => {
    const { lines, sent } = await fail(new TypeError("cannot read properties of undefined"));
    expect(lines).toHaveLength(1);
    expect(lines[0].level).toBe("error");
    expect(lines[0].stack).toContain("TypeError");
    expect((sent[0] as { text: string }).text).toMatch(/^Beklager/);
  });
});
