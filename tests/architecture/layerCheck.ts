import { importsOf, resolveSpec, type SourceFile } from "./importGraph.js";

/**
 * Which packages a layer may import: none, Node's built-ins only, anything but Node's built-ins,
 * any, or exactly the pure libraries listed (no SDK, no I/O).
 */
type Packages = "none" | "node" | "browser" | "any" | readonly string[];

/** What one layer may import. */
interface LayerRule<L extends string> {
  /** Layers it may import besides itself. */
  may: readonly L[];
  /** Layers it may import types from only (`import type`), never values. */
  typesFrom?: readonly L[];
  packages: Packages;
}

/** A known debt: `file` may still import layer `to`, for the reason given. */
interface LayerException<L extends string> {
  file: string;
  to: L;
  why: string;
}

/** The whole dependency rule as data. */
export interface LayerTable<L extends string> {
  /** Top-level folders of src/, and the files directly in it, by layer. */
  layerOf: Record<string, L>;
  rules: Record<L, LayerRule<L>>;
  exceptions: readonly LayerException<L>[];
}

/** The layer of a repository path ("src/api/http.ts", or an import's "src/logger.js"), if any. */
export function layerOf<L extends string>(table: LayerTable<L>, path: string): L | undefined {
  const parts = path.split("/");
  if (parts[0] !== "src" || parts.length < 2) return undefined;
  const key = parts.length === 2 ? parts[1].replace(/\.js$/, ".ts") : parts[1];
  return table.layerOf[key];
}

const BUILTIN = /^node:/;
function packageAllowed(name: string, rule: Packages): boolean {
  if (typeof rule !== "string") return rule.includes(name);
  if (rule === "any") return true;
  if (rule === "none") return false;
  return rule === "node" ? BUILTIN.test(name) : !BUILTIN.test(name);
}

/** The forbidden imports of one file, each naming the file, the line, the import and the rule. */
export function violationsOf<L extends string>(table: LayerTable<L>, file: SourceFile): string[] {
  const from = layerOf(table, file.path);
  if (!from) return [`${file.path}: belongs to no layer (add its folder to the layer table)`];
  const rule = table.rules[from];
  const out: string[] = [];
  for (const ref of importsOf(file.text)) {
    const at = `${file.path}:${ref.line} imports "${ref.spec}"`;
    const target = resolveSpec(file.path, ref.spec);
    if (target.kind === "package") {
      if (!packageAllowed(target.name, rule.packages))
        out.push(`${at}: ${from} may import packages: ${String(rule.packages) || "none"}`);
      continue;
    }
    const to = layerOf(table, target.path);
    if (!to) {
      out.push(`${at}: points outside the layers of src/`);
      continue;
    }
    const allowed = to === from || rule.may.includes(to) || (ref.typeOnly && rule.typesFrom?.includes(to));
    if (allowed || table.exceptions.some((e) => e.file === file.path && e.to === to)) continue;
    const types = rule.typesFrom?.includes(to) ? " (types only: use `import type`)" : "";
    out.push(`${at}: ${from} → ${to} is not allowed${types}; ${from} may import ${[from, ...rule.may].join(", ")}`);
  }
  return out;
}

/** True while `file` still imports layer `to` (so its exception is still needed). */
export function stillImports<L extends string>(table: LayerTable<L>, file: SourceFile, to: L): boolean {
  return importsOf(file.text).some((r) => {
    const target = resolveSpec(file.path, r.spec);
    return target.kind === "file" && layerOf(table, target.path) === to;
  });
}
