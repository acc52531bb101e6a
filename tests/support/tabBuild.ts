import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

/** Builds the tab with Vite unless `npm test` already did (it runs build:tab first). */
export function ensureTabBuilt(): void {
  if (existsSync(join(root, "dist", "tab", "index.html"))) return;
  execFileSync(
    join(root, "node_modules", ".bin", "vite"),
    ["build", "--config", "vite.tab.config.ts", "--logLevel", "warn"],
    { cwd: root, stdio: "inherit" },
  );
}
