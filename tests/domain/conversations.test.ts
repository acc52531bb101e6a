import { describe, expect, it } from "vitest";
import { goneStatusOf } from "../../src/domain/conversations.js";

describe("goneStatusOf", () => {
  it.each([
    [403, "blocked"],
    [404, "removed"],
    [200, undefined],
    [429, undefined],
    [500, undefined],
    [0, undefined],
  ] as const)("%i → %s", (status, expected) => expect(goneStatusOf(status)).toBe(expected));
});
