import { describe, expect, it } from "vitest";
import { matchAreas } from "../../../src/qa/plan/areaMatch.js";
import { matchTiltak } from "../../../src/qa/plan/tiltakMatch.js";
import { tokenize } from "../../../src/qa/normalize.js";
import { seedPlanPeriod, seedTiltak } from "../../../src/seed/plan.js";

describe("matchTiltak", () => {
  it.each([
    ["kommunikasjonsplanen", ["t01"]],
    ["communication plan", ["t01"]],
    ["informasjonspakke", ["t01"]],
    ["simulering og podcast", ["t06"]],
    ["alrek legesenter", ["t07"]],
    ["koordinatorrollen", ["t13"]],
    ["møtestrukturen alrekforum", ["t14"]],
    ["næringsklynger", ["t16"]],
  ])("%s", (text, ids) => {
    expect(matchTiltak(tokenize(text), seedTiltak)).toEqual(ids);
  });

  it("common words alone find nothing", () => {
    expect(matchTiltak(tokenize("klyngen ansatte"), seedTiltak)).toEqual([]);
    expect(matchTiltak(tokenize("planen"), seedTiltak)).toEqual([]);
  });
});

describe("matchAreas", () => {
  it.each([
    ["utdanning", ["utdanning"]],
    ["public private", ["offentlig-privat"]],
    ["naringsliv", ["offentlig-privat"]],
    ["organisation", ["organisering"]],
    ["utdanning og forskning", ["utdanning", "forskning"]],
    ["husrådet", []],
  ])("%s", (text, ids) => {
    expect(matchAreas(tokenize(text), seedPlanPeriod).sort()).toEqual([...ids].sort());
  });
});
