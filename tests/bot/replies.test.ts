import { describe, expect, it } from "vitest";
import { botMessage } from "../../src/bot/replies.js";
import { adaptiveCard, textBlock } from "../../src/bot/cards/common.js";

describe("botMessage", () => {
  it.each([
    ["[Logg inn her](https://evil.example)", "\\[Logg inn her\\](https://evil.example)"],
    ["**fet** _kursiv_ `kode`", "\\*\\*fet\\*\\* \\_kursiv\\_ \\`kode\\`"],
    ["<b>tag</b>", "\\<b\\>tag\\</b\\>"],
    ["# overskrift", "\\# overskrift"],
    [
      "Lagret: «Fredagspresentasjon», fredag 4. desember kl. 12.00.",
      "Lagret: «Fredagspresentasjon», fredag 4. desember kl. 12.00.",
    ],
  ])("escapes the text %j as markdown", (text, expected) => {
    expect(botMessage(text).text).toBe(expected);
  });

  it("sends the card alone, with the summary as typed for notifications, fallback and speech", () => {
    const message = botMessage("[x](https://e.example)", adaptiveCard([textBlock("[x](https://e.example)")]));
    expect(message.text).toBeUndefined();
    expect(message.summary).toBe("[x](https://e.example)");
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments?.[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    const content = message.attachments?.[0].content as Record<string, unknown>;
    expect(content.fallbackText).toBe("[x](https://e.example)");
    expect(content.speak).toBe("[x](https://e.example)");
    expect(JSON.stringify(content.body)).toContain("\\\\[x\\\\]");
  });

  it.each([
    ["short", "Ja.", "Ja."],
    ["whitespace folded", "BEHO i Husrådet:\n  Karen", "BEHO i Husrådet: Karen"],
    ["long, cut at a word", `${"ord ".repeat(80)}slutt`, /^(ord ){40,}ord…$/],
  ])("keeps the summary short (%s)", (_name, text, expected) => {
    const summary = botMessage(text, adaptiveCard([])).summary ?? "";
    expect(summary.length).toBeLessThanOrEqual(200);
    if (typeof expected === "string") expect(summary).toBe(expected);
    else expect(summary).toMatch(expected);
  });

  it("sends a text-only message without attachments", () => {
    expect(botMessage("hei")).toEqual({ type: "message", text: "hei" });
  });
});
