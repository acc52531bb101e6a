/**
 * Prints the gzipped size of the tab's JavaScript (dist/tab/assets/*.js), per file and in total,
 * and what the tab page loads before its first view (its entry and the chunks it imports
 * statically, from Vite's manifest), and fails when that first load is over the budget.
 * Run after `npm run build:tab`:
 *   npx tsx scripts/tabBundleSize.ts [--budget-kb 150]
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

function sizeOf(dir: string, file: string): AssetSize {
  const content = readFileSync(join(dir, file));
  return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Sizes of every .js file in `assetsDir`, largest first. */
export function measureJs(assetsDir: string): AssetSize[] {
  return readdirSync(assetsDir)
    .filter((f) => f.endsWith(".js"))
    .map((file) => sizeOf(assetsDir, file))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/**
 * The JavaScript `page` (e.g. "index.html") loads before anything else: its entry chunk and,
 * recursively, the chunks that chunk imports statically. Lazy views and dialogs are not in it.
 */
export function firstLoadJs(distDir: string, page = "index.html", lazyViews: string[] = []): AssetSize[] {
  const manifest = JSON.parse(readFileSync(join(distDir, ".vite", "manifest.json"), "utf8")) as Record<
    string,
    ManifestChunk
  >;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const i of manifest[key].imports ?? []) visit(i);
  };
  visit(page);
  for (const view of lazyViews) visit(view);
  return [...seen].map((k) => sizeOf(distDir, manifest[k].file)).sort((a, b) => b.gzipBytes - a.gzipBytes);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const sum = (sizes: AssetSize[]) => sizes.reduce((s, x) => s + x.gzipBytes, 0);

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = join(root, "dist", "tab");
  const assets = join(dist, "assets");
  const budgetArg = process.argv.indexOf("--budget-kb");
  const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 150;
  if (!existsSync(assets)) {
    console.error(`${assets} does not exist: run npm run build:tab first`);
    process.exit(2);
  }
  const sizes = measureJs(assets);
  for (const s of sizes)
    console.log(`${s.file.padEnd(36)} ${kb(s.bytes).padStart(10)}  gzip ${kb(s.gzipBytes).padStart(9)}`);
  console.log(`All JS, every page and lazy chunk: ${kb(sum(sizes))} gzipped`);
  const first = firstLoadJs(dist);
  console.log(
    `Tab first load (index.html entry + static imports): ${kb(sum(first))} gzipped (${first.map((f) => f.file).join(", ")}), budget ${budgetKb} KB`,
  );
  for (const view of ["components/Dashboard.tsx", "components/StatusView.tsx"]) {
    console.log(`  with its first view ${view}: ${kb(sum(firstLoadJs(dist, "index.html", [view])))} gzipped`);
  }
  if (sum(first) > budgetKb * 1024) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
