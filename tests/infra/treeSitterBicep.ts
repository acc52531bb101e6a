import { createRequire } from "node:module";
import type { BicepProblem } from "./bicepStructure.js";

/** Parses Bicep text and returns syntax errors (ERROR or MISSING nodes). */
export type BicepParser = (source: string) => BicepProblem[];

const requireFromHere = createRequire(import.meta.url);

function resolveOrNull(id: string): string | null {
  try {
    return requireFromHere.resolve(id);
  } catch {
    return null;
  }
}

interface SyntaxNode {
  type: string;
  isMissing: boolean | (() => boolean);
  hasError: boolean | (() => boolean);
  startPosition: { row: number };
  childCount: number;
  child(i: number): SyntaxNode | null;
}

function flag(value: boolean | (() => boolean)): boolean {
  return typeof value === "function" ? value() : value;
}

function collectErrors(node: SyntaxNode, out: BicepProblem[]): void {
  if (node.type === "ERROR") out.push({ line: node.startPosition.row + 1, message: "syntax error (tree-sitter)" });
  else if (flag(node.isMissing))
    out.push({ line: node.startPosition.row + 1, message: `missing ${node.type} (tree-sitter)` });
  if (!flag(node.hasError)) return;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (child) collectErrors(child, out);
  }
}

/**
 * The real grammar, when web-tree-sitter and tree-sitter-bicep (which ships tree-sitter-bicep.wasm)
 * are installed; null otherwise. Works with web-tree-sitter 0.22–0.24 (default export) and 0.25+
 * (named Parser and Language exports). Nothing is downloaded: both load from node_modules.
 */
export async function loadTreeSitterBicep(): Promise<BicepParser | null> {
  const wasmPath = resolveOrNull("tree-sitter-bicep/tree-sitter-bicep.wasm");
  if (!wasmPath || !resolveOrNull("web-tree-sitter")) return null;
  const moduleName = "web-tree-sitter"; // a variable, so type-checking does not need the package

  const mod: any = await import(moduleName);
  const Parser = mod.Parser ?? mod.default;
  const Language = mod.Language ?? Parser.Language;
  await Parser.init();
  const language = await Language.load(wasmPath);
  const parser = new Parser();
  parser.setLanguage(language);
  return (source: string) => {
    const tree = parser.parse(source);
    const problems: BicepProblem[] = [];
    collectErrors(tree.rootNode as SyntaxNode, problems);
    return problems;
  };
}
