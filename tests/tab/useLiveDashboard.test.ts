import { describe, expect, it } from "vitest";
import { changedIds } from "../../src/tab/useLiveDashboard.js";
import { tiltak } from "./fakeApi.js";

describe("changedIds", () => {
  const a1 = tiltak("a", {}, 'W/"a-1"');
  const b1 = tiltak("b", {}, 'W/"b-1"');
  it.each([
    ["nothing changed", [a1, b1], [a1, b1], []],
    ["one etag changed", [a1, b1], [a1, tiltak("b", {}, 'W/"b-2"')], ["b"]],
    ["a new tiltak", [a1], [a1, b1], ["b"]],
    ["a removed tiltak is not a change to show", [a1, b1], [a1], []],
    ["from nothing, all are new", [], [a1, b1], ["a", "b"]],
    ["same etag with other text counts as unchanged (the etag is the version)", [a1], [{ ...a1, text: "x" }], []],
  ])("%s", (_name, before, after, ids) => {
    expect([...changedIds(before, after)].sort()).toEqual(ids);
  });
});
