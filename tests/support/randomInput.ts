/** A small seeded generator of hostile JSON values, for the fuzz tests (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks, builds and mutates values with one generator, so a failing seed can be replayed. */
export class Fuzzer {
  constructor(readonly rand: () => number) {}

  int(max: number): number {
    return Math.floor(this.rand() * max);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** Strings people and attackers type: markup, control characters, unicode, very long text. */
  string(): string {
    const samples = [
      "",
      " ",
      "Hvem sitter i Husrådet?",
      "[Logg inn her](https://evil.example)",
      "<script>alert(1)</script>",
      "**bold** _x_ `code` # h1 > quote",
      "\u0000\u0001\u001f",
      "\ud800",
      "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎉 æøå ÆØÅ",
      "../../etc/passwd",
      "%00%2e%2e%2f",
      "RRULE:RRULE:FREQ=DAILY",
      "Europe/Oslo",
      "2026-13-45T25:61",
      "P9999999Y",
      "nb-NO",
      "nn-NO",
      "x".repeat(2_001),
      "faggruppe ".repeat(300),
      "a b c d e f g h i j ".repeat(150),
    ];
    if (this.rand() < 0.7) return this.pick(samples);
    const length = this.int(this.rand() < 0.9 ? 40 : 3_000);
    let s = "";
    for (let i = 0; i < length; i++) s += String.fromCharCode(this.rand() < 0.8 ? 32 + this.int(95) : this.int(0x3000));
    return s;
  }

  /** Any JSON value, nested up to `depth`. */
  value(depth = 2): unknown {
    const kind = this.int(depth > 0 ? 10 : 7);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.rand() < 0.5;
      case 2:
        return this.pick([0, -1, 1, 1e308, -1e308, 0.5, 2 ** 53, Number.MAX_SAFE_INTEGER]);
      case 3:
      case 4:
      case 5:
        return this.string();
      case 6:
        return undefined;
      case 7:
        return Array.from({ length: this.int(4) }, () => this.value(depth - 1));
      default: {
        const o: Record<string, unknown> = {};
        for (let i = 0, n = this.int(4); i < n; i++)
          o[this.pick(["id", "name", "type", "text", "__proto__", "constructor", this.string().slice(0, 20)])] =
            this.value(depth - 1);
        return o;
      }
    }
  }

  /** Deeply nested arrays: a parser or a recursive walk that is not bounded overflows its stack. */
  deep(levels: number): string {
    return "[".repeat(levels) + "]".repeat(levels);
  }

  /** `base` with 1–4 fields (dotted paths) replaced by hostile values or removed. */
  mutate(
    base: Record<string, unknown>,
    paths: readonly string[],
    valueFor: (path: string) => unknown = () => this.value(),
  ): Record<string, unknown> {
    const copy = structuredClone(base) as Record<string, unknown>;
    for (let i = 0, n = 1 + this.int(4); i < n; i++) {
      const path = this.pick(paths).split(".");
      let target: Record<string, unknown> = copy;
      for (const key of path.slice(0, -1)) {
        if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
        target = target[key] as Record<string, unknown>;
      }
      const last = path[path.length - 1];
      if (this.rand() < 0.25) delete target[last];
      else target[last] = valueFor(path.join("."));
    }
    return copy;
  }
}
