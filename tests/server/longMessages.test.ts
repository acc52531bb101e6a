import { said } from "../support/activities.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../support/testService.js";
import { ask, expectReplies, messageActivity, postActivity } from "../support/activities.js";

type Service = Awaited<ReturnType<typeof startTestService>>;

/** Deterministic words of random letters, `length` characters in all: the costliest text to match. */
function gibberish(length: number, seed: number): string {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let out = "";
  while (out.length < length) {
    const n = 3 + Math.floor(next() * 9);
    for (let i = 0; i < n; i++) out += String.fromCharCode(97 + Math.floor(next() * 26));
    out += " ";
  }
  return out.slice(0, length);
}

describe("long messages to the bot", () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService({ REMINDER_TICK_SECONDS: "3600" });
  });
  afterAll(async () => {
    await service?.stop();
  });

  it.each([
    ["28,000 characters in Norwegian", `Hvem sitter i Husrådet? ${gibberish(28_000, 1)}`, "nb-NO", /for lang/],
    ["28,000 characters from an English locale", gibberish(28_000, 2), "en-US", /too long/],
    ["100,000 characters", gibberish(100_000, 3), "nb-NO", /for lang/],
  ])("%s: a short 'too long' answer, as text and card", async (_name, text, locale, expected) => {
    const replies = await ask(service.url, text, { locale });
    expect(replies).toHaveLength(1);
    expect(said(replies[0])).toMatch(expected);
    expect(said(replies[0]).length).toBeLessThan(200);
    expect(JSON.stringify(replies[0].attachments[0].content)).toMatch(expected);
  });

  it("answers a question padded to exactly 2,000 characters", async () => {
    const text = ("Hvem sitter i Husrådet?" + " og".repeat(1000)).slice(0, 2000);
    const replies = await ask(service.url, text);
    expect(said(replies[0])).toContain("Karen Haugvaldstad");
  });

  it("keeps answering /healthz and other users while long messages are being answered", async () => {
    const long = [1, 2, 3, 4, 5, 6].map((seed) =>
      postActivity(service.url, expectReplies(messageActivity(gibberish(seed % 2 ? 2000 : 28_000, seed)))),
    );
    const health = Array.from({ length: 10 }, () => fetch(`${service.url}/healthz`).then((r) => r.status));
    const other = ask(service.url, "Hvem er Alrek-koordinator?");
    const [longResults, healthStatuses, otherReplies] = await Promise.all([
      Promise.all(long),
      Promise.all(health),
      other,
    ]);
    expect(longResults.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    for (const r of longResults) expect(r.body.activities).toHaveLength(1);
    expect(healthStatuses).toEqual(Array(10).fill(200));
    expect(said(otherReplies[0])).toContain("Karen Haugvaldstad");
  });
});
