import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/domain/errors.js";
import { decodeEntity, encodeEntity, keyFor, SEED_HASH } from "../../src/storage/entityCodec.js";

describe("keyFor", () => {
  it.each([
    ["husradet", "husradet"],
    ["a/b", "a%2Fb"],
    ["a\\b#c?d", "a%5Cb%23c%3Fd"],
    ["50%", "50%25"],
    ["linje\nto", "linje%0Ato"],
    ["søråas", "søråas"],
  ])("%j -> %j", (id, key) => expect(keyFor(id)).toBe(key));

  it("keeps distinct ids distinct", () => expect(keyFor("a/b")).not.toBe(keyFor("a%2Fb")));
  it("rejects empty and over-long ids", () => {
    expect(() => keyFor("")).toThrow(ValidationError);
    expect(() => keyFor("x".repeat(513))).toThrow(ValidationError);
  });
});

describe("encodeEntity / decodeEntity", () => {
  const value = { id: "x", name: "Æ", list: ["a"], nested: { n: 1 }, count: 3, flag: false, gone: undefined };

  it("stores json fields as strings, leaves undefined out, and decodes back without metadata or SeedHash", () => {
    const row = encodeEntity("p", "r", value, ["list", "nested"]);
    expect(row).toEqual({
      partitionKey: "p",
      rowKey: "r",
      id: "x",
      name: "Æ",
      list: '["a"]',
      nested: '{"n":1}',
      count: 3,
      flag: false,
    });
    const { gone: _gone, ...expected } = value;
    expect(
      decodeEntity<typeof value>({ ...row, etag: "e", timestamp: "t", "odata.metadata": "m", [SEED_HASH]: "h" }, [
        "list",
        "nested",
      ]),
    ).toEqual(expected);
  });

  it("refuses an object not declared as json, and strings over the 64 KiB limit", () => {
    expect(() => encodeEntity("p", "r", { nested: { n: 1 } }, [])).toThrow(/jsonFields/);
    expect(() => encodeEntity("p", "r", { notes: "x".repeat(40_000) }, [])).toThrow(ValidationError);
  });
});
