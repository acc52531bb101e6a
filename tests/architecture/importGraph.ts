import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative, sep } from "node:path";

/** One module reference in a source file: static import/export … from, side-effect import, or import(). */
export interface ImportRef {
  /** The module specifier as written: "../domain/errors.js", "restify". */
  spec: string;
  /** `import type …`, `export type …`, or braces naming only `type` specifiers: erased at run time. */
  typeOnly: boolean;
  /** `import("…")`: loaded later, so it cannot take part in an evaluation-order cycle. */
  dynamic: boolean;
  /** 1-based line of the statement, for the failure message. */
  line: number;
}

/** A source file, its path relative to the repository in posix form ("src/api/index.ts"). */
export interface SourceFile {
  path: string;
  text: string;
}

// The clause between `import` and `from`: default, namespace, named, or default plus one of those.
// Spelled out (no `[\s\S]*?`) so a match can never run on into a later statement.
const NAMED = String.raw`\{[^{}]*\}`;
const NAMESPACE = String.raw`\*\s+as\s+[\w$]+`;
const IMPORT_CLAUSE = String.raw`(?:[\w$]+(?:\s*,\s*(?:${NAMED}|${NAMESPACE}))?|${NAMED}|${NAMESPACE})`;
const EXPORT_CLAUSE = String.raw`(?:${NAMED}|\*(?:\s+as\s+[\w$]+)?)`;
const DYNAMIC = /\bimport\(\s*()()["']([^"']+)["']\s*\)/g;
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`^[ \t]*import\s+(type\s+)?(${IMPORT_CLAUSE})\s*from\s*["']([^"']+)["']`, "gm"),
  new RegExp(String.raw`^[ \t]*export\s+(type\s+)?(${EXPORT_CLAUSE})\s*from\s*["']([^"']+)["']`, "gm"),
  // Side-effect imports (`import "./tab.css"`) and dynamic `import("…")`: never type-only.
  /^[ \t]*import\s*()()["']([^"']+)["']/gm,
  DYNAMIC,
];

/** Every module reference of one file, in the order they appear. */
export function importsOf(text: string): ImportRef[] {
  const refs: (ImportRef & { at: number })[] = [];
  for (const pattern of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const [, typeKeyword, clause, spec] = m;
      const dynamic = pattern === DYNAMIC;
      refs.push({
        spec,
        typeOnly: Boolean(typeKeyword) || namesOnlyTypes(clause),
        dynamic,
        line: lineAt(text, m.index),
        at: m.index,
      });
    }
  }
  return refs.sort((a, b) => a.at - b.at).map(({ at: _at, ...ref }) => ref);
}

/** `{ type A, type B }`: every named specifier is a type. */
function namesOnlyTypes(clause: string): boolean {
  if (!clause.startsWith("{")) return false;
  const names = clause
    .slice(1, -1)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((n) => n.startsWith("type "));
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split("\n").length;
}

/** Every .ts/.tsx file under `dir`, paths relative to `root`. */
export function sourceFiles(root: string, dir = "src"): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (abs: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = join(abs, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.tsx?$/.test(entry.name))
        out.push({ path: relative(root, child).split(sep).join("/"), text: readFileSync(child, "utf8") });
    }
  };
  walk(join(root, dir));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Where a specifier points: a repository path ("src/domain/errors.js") for a relative one, or the
 * package name ("@azure/data-tables", "node:crypto") for a bare one.
 */
export function resolveSpec(
  fromPath: string,
  spec: string,
): { kind: "file"; path: string } | { kind: "package"; name: string } {
  if (spec.startsWith("."))
    return { kind: "file", path: posix.normalize(posix.join(dirname(fromPath).split(sep).join("/"), spec)) };
  const parts = spec.split("/");
  return { kind: "package", name: spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0] };
}

/**
 * The cycles of static imports between the given files, each as "a → b → a" (file paths without
 * extension). Dynamic imports are left out: they run after both modules are evaluated; so are
 * type-only imports, which are erased (a catalogue may name the card types it translates).
 */
export function staticCycles(files: SourceFile[]): string[] {
  const key = (p: string) => p.replace(/\.(tsx?|js)$/, "");
  const known = new Set(files.map((f) => key(f.path)));
  const edges = new Map<string, string[]>();
  for (const f of files) {
    const targets = importsOf(f.text)
      .filter((r) => !r.dynamic && !r.typeOnly)
      .map((r) => resolveSpec(f.path, r.spec))
      .flatMap((t) => (t.kind === "file" && known.has(key(t.path)) ? [key(t.path)] : []));
    edges.set(key(f.path), targets);
  }
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const cycles: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...path.slice(path.indexOf(next)), next].join(" → "));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
