import { describe, expect, it } from "vitest";
import { botMessage } from "../../src/bot/replies.js";
import { adaptiveCard, textBlock } from "../../src/bot/cards/common.js";

describe("botMessage", () => {
  it.each([
    ["[Logg inn her](https://evil.example)", "\\[Logg inn her\\](https://evil.example)"],
    ["**fet** _kursiv_ `kode`", "\\*\\*fet\\*\\* \\_kursiv\\_ \\`kode\\`"],
    ["<b>tag</b>", "\\<b\\>tag\\</b\\>"],
    ["# overskrift", "\\# overskrift"],
    ["Lagret: «Fredagspresentasjon», fredag 4. desember kl. 12.00.", "Lagret: «Fredagspresentasjon», fredag 4. desember kl. 12.00."],
  ])("escapes the text %j as markdown", (text, expected) => {
    expect(botMessage(text).text).toBe(expected);
  });

  it("attaches the card and keeps the notification summary as typed", () => {
    const message = botMessage("[x](https://e.example)", adaptiveCard([textBlock("[x](https://e.example)")]));
    expect(message.summary).toBe("[x](https://e.example)");
    expect(message.attachments?.[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(JSON.stringify(message.attachments?.[0].content)).toContain("\\\\[x\\\\]");
  });

  it("sends a text-only message without attachments", () => {
    expect(botMessage("hei")).toEqual({ type: "message", text: "hei" });
  });
});
