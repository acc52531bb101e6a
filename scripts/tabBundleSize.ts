/**
 * Prints the gzipped size of the tab's JavaScript (dist/tab/assets/*.js), per file and in total,
 * and fails when the total is over the budget. Run after `npm run build:tab`:
 *   npx tsx scripts/tabBundleSize.ts [--budget-kb 250]
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

/** Size of one built file. */
export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of every .js file in `assetsDir`, largest first. */
export function measureJs(assetsDir: string): AssetSize[] {
  return readdirSync(assetsDir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => {
      const content = readFileSync(join(assetsDir, file));
      return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const assets = join(root, "dist", "tab", "assets");
  const budgetArg = process.argv.indexOf("--budget-kb");
  const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 250;
  if (!existsSync(assets)) {
    console.error(`${assets} does not exist: run npm run build:tab first`);
    process.exit(2);
  }
  const sizes = measureJs(assets);
  for (const s of sizes) console.log(`${s.file.padEnd(32)} ${kb(s.bytes).padStart(10)}  gzip ${kb(s.gzipBytes).padStart(9)}`);
  const total = sizes.reduce((sum, s) => sum + s.gzipBytes, 0);
  console.log(`Total gzipped JS: ${kb(total)} (${total} bytes), budget ${budgetKb} KB`);
  if (total > budgetKb * 1024) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
