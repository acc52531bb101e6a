import { describe, expect, it } from "vitest";
import { dateExprName, findDateExpr, resolveDateExpr } from "../../src/domain/dateWords.js";

// Wednesday 25 November 2026 in Oslo.
const TODAY = "2026-11-25";

const days = (text: string, today = TODAY) => {
  const found = findDateExpr(text);
  return found ? resolveDateExpr(found.expr, today) : undefined;
};

describe("days named in words resolve to dates in Norway", () => {
  it.each([
    // Holidays and feast days, bokmål, nynorsk and English
    ["Hva skjer 1. juledag?", "2026-12-25", "2026-12-25"],
    ["1 juledag", "2026-12-25", "2026-12-25"],
    ["første juledag", "2026-12-25", "2026-12-25"],
    ["2. juledag", "2026-12-26", "2026-12-26"],
    ["julaften", "2026-12-24", "2026-12-24"],
    ["Kva skjer på julaftan?", "2026-12-24", "2026-12-24"],
    ["on Christmas Day", "2026-12-25", "2026-12-25"],
    ["Christmas Eve", "2026-12-24", "2026-12-24"],
    ["nyttårsaften", "2026-12-31", "2026-12-31"],
    ["1. nyttårsdag", "2027-01-01", "2027-01-01"],
    ["skjærtorsdag", "2027-03-25", "2027-03-25"],
    ["skjaertorsdag", "2027-03-25", "2027-03-25"],
    ["langfredag", "2027-03-26", "2027-03-26"],
    ["påskeaften", "2027-03-27", "2027-03-27"],
    ["2. påskedag", "2027-03-29", "2027-03-29"],
    ["Easter Monday", "2027-03-29", "2027-03-29"],
    ["17. mai", "2027-05-17", "2027-05-17"],
    ["syttende mai", "2027-05-17", "2027-05-17"],
    ["1. mai", "2027-05-01", "2027-05-01"],
    ["Kristi himmelfartsdag", "2027-05-06", "2027-05-06"],
    ["2. pinsedag", "2027-05-17", "2027-05-17"],
    // Seasons
    ["i påsken", "2027-03-25", "2027-03-29"],
    ["Kva skjer i påska?", "2027-03-25", "2027-03-29"],
    ["etter påske", "2027-03-30", "2027-04-04"],
    ["after Easter", "2027-03-30", "2027-04-04"],
    ["før påske", "2027-03-18", "2027-03-24"],
    ["i jula", "2026-12-24", "2026-12-26"],
    ["etter jul", "2026-12-27", "2026-12-27"],
    ["i pinsen", "2027-05-16", "2027-05-17"],
    // Relative days and weekdays (Wednesday today)
    ["i morgen", "2026-11-26", "2026-11-26"],
    ["i overmorgen", "2026-11-27", "2026-11-27"],
    ["fredag", "2026-11-27", "2026-11-27"],
    ["på onsdag", "2026-12-02", "2026-12-02"],
    ["neste fredag", "2026-12-04", "2026-12-04"],
    ["next Monday", "2026-11-30", "2026-11-30"],
    ["om en uke", "2026-12-02", "2026-12-02"],
    ["om to veker", "2026-12-09", "2026-12-09"],
    ["in 3 days", "2026-11-28", "2026-11-28"],
    // Plain dates
    ["4. desember", "2026-12-04", "2026-12-04"],
    ["11.12", "2026-12-11", "2026-12-11"],
    ["3.2.2027", "2027-02-03", "2027-02-03"],
    ["December 11th", "2026-12-11", "2026-12-11"],
    ["1. juli", "2027-07-01", "2027-07-01"],
  ])("%s → %s…%s", (text, first, last) => {
    expect(days(text)).toEqual({ first, last });
  });

  it("1. juledag is never 1 July", () => {
    expect(findDateExpr("Kan jeg låne Borgertun 1. juledag kl 10-12?")?.expr).toEqual({
      kind: "named",
      key: "christmasDay",
    });
  });

  it("a feast still to come this year is this year's; one passed is next year's", () => {
    expect(days("1. juledag", "2026-12-25")).toEqual({ first: "2026-12-25", last: "2026-12-25" });
    expect(days("1. juledag", "2026-12-26")).toEqual({ first: "2027-12-25", last: "2027-12-25" });
    expect(days("i påsken", "2026-04-05")).toEqual({ first: "2026-04-02", last: "2026-04-06" });
  });

  it.each(["juli", "julie", "hjulet", "Kva skjer i juli?", "tiltak nummer 1", "kl. 10.30", "32.12", "31.2"])(
    "%s names no day",
    (text) => {
      expect(findDateExpr(text)).toBeUndefined();
    },
  );

  it("names the day in each language", () => {
    const christmas = findDateExpr("1. juledag")!.expr;
    expect([dateExprName(christmas, "nb"), dateExprName(christmas, "nn"), dateExprName(christmas, "en")]).toEqual([
      "1. juledag",
      "1. juledag",
      "Christmas Day",
    ]);
    expect(dateExprName(findDateExpr("etter påske")!.expr, "en")).toBe("after Easter");
    expect(dateExprName(findDateExpr("i morgen")!.expr, "nb")).toBeUndefined();
  });
});
