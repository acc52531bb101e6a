/**
 * Draws the two Teams app icons (an "A" mark) and writes them as PNG files:
 *   appPackage/color.png   192×192, white "A" on Bergen blue
 *   appPackage/outline.png  32×32, white "A" on a transparent background
 * Run: `tsx scripts/makeIcons.ts`. Uses only Node (zlib), so no image package is needed.
 */
import { crc32, deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Bergen blue, the background of the colour icon. */
export const BERGEN_BLUE = { r: 0x00, g: 0x5b, b: 0x9a } as const;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes straight (non-premultiplied) 8-bit RGBA pixels, row by row, as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4)
    throw new Error(`Expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // bytes 10–12: deflate compression, adaptive filtering, no interlace (all zero)
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None: the icons are tiny, smaller files do not matter
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Whether a point of the unit square (0..1, y down) lies inside the "A":
 * two slanted legs meeting at the apex, and a crossbar between them.
 */
export function insideLetterA(x: number, y: number, stroke: number): boolean {
  const apex = { x: 0.5, y: 0.14 };
  const left = { x: 0.2, y: 0.86 };
  const right = { x: 0.8, y: 0.86 };
  if (y > left.y) return false; // flat feet
  const half = stroke / 2;
  if (distanceToSegment(x, y, apex.x, apex.y, left.x, left.y) <= half) return true;
  if (distanceToSegment(x, y, apex.x, apex.y, right.x, right.y) <= half) return true;
  const barY = 0.62;
  if (Math.abs(y - barY) <= stroke * 0.4) {
    const t = (y - apex.y) / (left.y - apex.y);
    const xl = apex.x + t * (left.x - apex.x);
    const xr = apex.x + t * (right.x - apex.x);
    return x >= xl && x <= xr;
  }
  return false;
}

/** Coverage of the "A" in one pixel, from 4×4 samples, so the edges are smooth. */
function coverage(px: number, py: number, size: number, inset: number, stroke: number): number {
  const samples = 4;
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const u = (px + (sx + 0.5) / samples) / size;
      const v = (py + (sy + 0.5) / samples) / size;
      // the glyph is drawn inside [inset, 1 - inset] of the icon
      const gx = (u - inset) / (1 - 2 * inset);
      const gy = (v - inset) / (1 - 2 * inset);
      if (gx >= 0 && gx <= 1 && gy >= 0 && gy <= 1 && insideLetterA(gx, gy, stroke)) hits++;
    }
  }
  return hits / (samples * samples);
}

/** The colour icon: white "A" on a full Bergen-blue square (Teams rounds the corners itself). */
export function drawColorIcon(size = 192): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = coverage(x, y, size, 0.18, 0.14);
      const i = (y * size + x) * 4;
      rgba[i] = Math.round(BERGEN_BLUE.r + (255 - BERGEN_BLUE.r) * c);
      rgba[i + 1] = Math.round(BERGEN_BLUE.g + (255 - BERGEN_BLUE.g) * c);
      rgba[i + 2] = Math.round(BERGEN_BLUE.b + (255 - BERGEN_BLUE.b) * c);
      rgba[i + 3] = 255;
    }
  }
  return rgba;
}

/** The outline icon: white only, shape in the alpha channel, everything else fully transparent. */
export function drawOutlineIcon(size = 32): Uint8Array {
  const rgba = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(coverage(x, y, size, 0.04, 0.17) * 255);
      const i = (y * size + x) * 4;
      if (alpha === 0) continue; // stays 0,0,0,0
      rgba[i] = 255;
      rgba[i + 1] = 255;
      rgba[i + 2] = 255;
      rgba[i + 3] = alpha;
    }
  }
  return rgba;
}

/** Writes color.png and outline.png into the given folder. */
export function writeIcons(appPackageDir: string): void {
  writeFileSync(join(appPackageDir, "color.png"), encodePng(192, 192, drawColorIcon(192)));
  writeFileSync(join(appPackageDir, "outline.png"), encodePng(32, 32, drawOutlineIcon(32)));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "appPackage");
  writeIcons(dir);
  console.log(`Wrote ${join(dir, "color.png")} and ${join(dir, "outline.png")}`);
}
