import { describe, expect, it } from "vitest";
import { checkOccurrenceLink, occurrenceLinkUrl } from "../../src/services/occurrenceLink.js";

const KEY = "feed-token-aaaaaaaaaaaaaaaaaaaaaaaa";
const OLD_KEY = "feed-token-bbbbbbbbbbbbbbbbbbbbbbbb";
const occurrence = { eventId: "alrekforum", key: "2026-12-15T10:00", start: new Date("2026-12-15T09:00:00Z") };
const subject = { eventId: occurrence.eventId, occurrenceKey: occurrence.key };
const before = new Date("2026-12-01T00:00:00Z");

function parts(url: string) {
  const u = new URL(url);
  return { path: u.pathname, exp: u.searchParams.get("exp")!, sig: u.searchParams.get("sig")! };
}

describe("signed occurrence links", () => {
  const { path, exp, sig } = parts(occurrenceLinkUrl("https://alrek.example/", KEY, occurrence));

  it("points at the occurrence route and carries neither key", () => {
    expect(path).toBe("/api/calendar/occurrence/alrekforum/2026-12-15T10%3A00.ics");
    expect(sig).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(occurrenceLinkUrl("https://a", KEY, occurrence)).not.toContain(KEY);
  });

  it.each([
    ["the link as made", [KEY], subject, exp, sig, before, "ok"],
    ["a rotated key list that still has the key", [OLD_KEY, KEY], subject, exp, sig, before, "ok"],
    ["another key", [OLD_KEY], subject, exp, sig, before, "invalid"],
    ["another event", [KEY], { ...subject, eventId: "other" }, exp, sig, before, "invalid"],
    ["another occurrence", [KEY], { ...subject, occurrenceKey: "2027-01-15T10:00" }, exp, sig, before, "invalid"],
    ["a later expiry", [KEY], subject, String(Number(exp) + 86_400), sig, before, "invalid"],
    [
      "a changed signature",
      [KEY],
      subject,
      exp,
      `${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`,
      before,
      "invalid",
    ],
    ["no signature", [KEY], subject, exp, undefined, before, "invalid"],
    ["no expiry", [KEY], subject, undefined, sig, before, "invalid"],
    ["a non-numeric expiry", [KEY], subject, "1e20", sig, before, "invalid"],
    ["after the expiry", [KEY], subject, exp, sig, new Date(Number(exp) * 1000), "expired"],
  ] as const)("%s → %s", (_name, keys, subj, e, s, now, expected) => {
    expect(checkOccurrenceLink(keys, subj, e, s, now)).toBe(expected);
  });
});
