import { describe, expect, it } from "vitest";
import { createLogger, hideSecrets } from "../src/logger.js";

const TOKEN = "Feed-Token_0123456789abcdefXYZ";

describe("hideSecrets", () => {
  const lines: string[] = [];
  const log = hideSecrets(
    createLogger("debug", (line) => lines.push(line)),
    [TOKEN, "short", undefined],
  );

  it.each([
    ["as typed", TOKEN],
    ["in another case", TOKEN.toLowerCase()],
    ["percent-encoded", encodeURIComponent(`x;token=${TOKEN}`)],
    ["twice encoded", encodeURIComponent(encodeURIComponent(`${TOKEN}!`))],
    ["in a path segment", `/api/calendar.ics/${TOKEN}`],
  ])("cuts a secret %s from the message and from every field", (_name, text) => {
    lines.length = 0;
    log.warn(`seen ${text}`, { url: text, nested: { error: `failed: ${text}` }, list: [text] });
    expect(lines).toHaveLength(1);
    expect(lines[0].toLowerCase()).not.toContain(TOKEN.toLowerCase());
    expect(lines[0]).toContain("[redacted]");
    expect(JSON.parse(lines[0])).toMatchObject({
      level: "warn",
      nested: { error: expect.stringMatching(/^failed: /) },
    });
  });

  it("leaves lines without a secret as they were, and ignores secrets too short to be secrets", () => {
    lines.length = 0;
    log.info("a short word", { n: 1, text: "short" });
    expect(JSON.parse(lines[0])).toMatchObject({ msg: "a short word", n: 1, text: "short" });
  });
});
