import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { drawOutlineIcon, encodePng } from "../../scripts/makeIcons.js";
import { decodePng } from "./pngDecoder.js";
import { APP_PACKAGE_DIR } from "./testValues.js";

const color = decodePng(readFileSync(join(APP_PACKAGE_DIR, "color.png")));
const outline = decodePng(readFileSync(join(APP_PACKAGE_DIR, "outline.png")));

function pixels(png: { rgba: Uint8Array }): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let i = 0; i < png.rgba.length; i += 4)
    out.push([png.rgba[i], png.rgba[i + 1], png.rgba[i + 2], png.rgba[i + 3]]);
  return out;
}

describe("app icons", () => {
  it("color.png is 192×192, opaque, and shows more than one colour", () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    const all = pixels(color);
    expect(all.every((p) => p[3] === 255)).toBe(true);
    expect(new Set(all.map((p) => p.join(","))).size).toBeGreaterThan(1);
  });

  it("outline.png is 32×32 with an alpha channel", () => {
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
  });

  it("outline.png has only white or fully transparent pixels, and both kinds", () => {
    const all = pixels(outline);
    const offending = all.filter(([r, g, b, a]) => a !== 0 && (r !== 255 || g !== 255 || b !== 255));
    expect(offending).toEqual([]);
    expect(all.some((p) => p[3] === 0)).toBe(true);
    expect(all.some((p) => p[3] === 255)).toBe(true);
    // the border of the icon is background
    expect(all[0][3]).toBe(0);
  });

  it("the committed outline icon is what the generator draws", () => {
    expect(Buffer.from(outline.rgba).equals(Buffer.from(drawOutlineIcon(32)))).toBe(true);
  });

  it("the decoder catches a non-white outline pixel (the check can fail)", () => {
    const rgba = drawOutlineIcon(32);
    const i = rgba.findIndex((_v, k) => k % 4 === 3 && rgba[k] === 255) - 3;
    rgba[i] = 0; // a black-ish opaque pixel
    const decoded = decodePng(encodePng(32, 32, rgba));
    const bad = pixels(decoded).filter(([r, g, b, a]) => a !== 0 && (r !== 255 || g !== 255 || b !== 255));
    expect(bad).toHaveLength(1);
  });

  it("the decoder undoes the PNG row filters (sub, up, average, paeth)", async () => {
    const { deflateSync, crc32 } = await import("node:zlib");
    // a 2×2 RGBA image written with filter 1 (sub) on row 0 and filter 4 (paeth) on row 1
    const want = [10, 20, 30, 255, 40, 60, 90, 128, 5, 6, 7, 8, 200, 100, 50, 0];
    const row0 = [1, 10, 20, 30, 255, 30, 40, 60, (128 - 255) & 0xff];
    const row1 = [4, 5 - 10, 6 - 20, 7 - 30, 8 - 255, 200 - 40, 100 - 60, 50 - 90, 0 - 128].map((v, k) =>
      k === 0 ? v : v & 0xff,
    );
    // paeth predictor for row 1, pixel 0: a=0, c=0 → b (the pixel above); pixel 1: predictor chosen per byte
    const paeth = (a: number, b: number, c: number) => {
      const p = a + b - c;
      const pa = Math.abs(p - a),
        pb = Math.abs(p - b),
        pc = Math.abs(p - c);
      return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    };
    for (let x = 4; x < 8; x++) row1[1 + x] = (want[8 + x] - paeth(want[8 + x - 4], want[x], want[x - 4])) & 0xff;
    const chunk = (type: string, data: Buffer) => {
      const td = Buffer.concat([Buffer.from(type), data]);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(td) >>> 0);
      return Buffer.concat([len, td, crc]);
    };
    const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 6, 0, 0, 0]);
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(Buffer.from([...row0, ...row1]))),
      chunk("IEND", Buffer.alloc(0)),
    ]);
    expect([...decodePng(png).rgba]).toEqual(want);
  });
});
