import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** A violation axe-core found, reduced to what a failing assertion should show. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (from node_modules, no network) on the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, not as a <script>: the tab's CSP (script-src 'self') blocks inline scripts.
  await page.evaluate(readFileSync(axePath, "utf8"));
  const violations = await page.evaluate(async () => {
    // Fluent UI's focus manager (Tabster) adds hidden <i data-tabster-dummy tabindex=0> sentinels
    // that move focus on to real elements; they are never a stop for keyboard or screen reader.
    const context = { exclude: [["[data-tabster-dummy]"]] };
    const result = await (window as any).axe.run(context, { resultTypes: ["violations"] });

    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(" ")),
    }));
  });
  return (violations as AxeViolation[]).filter((v) => v.impact === "serious" || v.impact === "critical");
}
