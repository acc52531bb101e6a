/**
 * A small offline structural check of Bicep files, for when no real parser is installed:
 * brackets balanced outside strings and comments, strings and comments closed, and every
 * top-level statement shaped like a Bicep declaration. Not a full grammar; it catches the
 * typos that break a deployment (a lost brace, an unclosed string, a malformed resource line).
 */

/** One problem, with its 1-based line. */
export interface BicepProblem {
  line: number;
  message: string;
}

const OPENERS: Record<string, string> = { "{": "}", "[": "]", "(": ")" };
const IDENT = "[A-Za-z_][A-Za-z0-9_]*";
const TYPE_REF = "[A-Za-z_][A-Za-z0-9_.]*(\\[\\])?\\??";

/** Top-level statement shapes, by leading keyword. */
const STATEMENT_SHAPES: Record<string, RegExp> = {
  targetScope: /^targetScope\s*=\s*'(resourceGroup|subscription|managementGroup|tenant)'\s*$/,
  param: new RegExp(`^param\\s+${IDENT}\\s+${TYPE_REF}(\\s*=\\s*\\S.*)?$`),
  var: new RegExp(`^var\\s+${IDENT}\\s*=\\s*\\S.*$`),
  output: new RegExp(`^output\\s+${IDENT}\\s+${TYPE_REF}\\s*=\\s*\\S.*$`),
  resource: new RegExp(
    `^resource\\s+${IDENT}\\s+'[A-Za-z0-9]+(\\.[A-Za-z0-9]+)+(/[A-Za-z0-9]+)+@\\d{4}-\\d{2}-\\d{2}(-preview)?'\\s+(existing\\s+)?=\\s*(\\{|\\[for\\s.*|if\\s*\\(.*\\)\\s*\\{)$`,
  ),
  module: new RegExp(`^module\\s+${IDENT}\\s+'[^']+'\\s*=\\s*(\\{|\\[for\\s.*|if\\s*\\(.*\\)\\s*\\{)$`),
  type: new RegExp(`^type\\s+${IDENT}\\s*=\\s*\\S.*$`),
  func: new RegExp(`^func\\s+${IDENT}\\s*\\(.*$`),
  import: /^import\s+.+\s+from\s+'[^']+'$/,
  metadata: new RegExp(`^metadata\\s+${IDENT}\\s*=\\s*\\S.*$`),
};

type Mode = "code" | "string" | "multiline" | "blockComment";

/**
 * Checks one Bicep source text. Returns the problems found; empty means it looks well-formed.
 */
export function checkBicepStructure(source: string): BicepProblem[] {
  const problems: BicepProblem[] = [];
  // each entry: the mode we are in; interpolation `${` pushes "code" on top of "string"
  const modes: Mode[] = ["code"];
  const brackets: { char: string; line: number; interpolation: boolean }[] = [];
  const names = new Map<string, number>();
  const lines = source.split(/\r?\n/);
  let stringStart = 0;

  for (let ln = 0; ln < lines.length; ln++) {
    const text = lines[ln];
    const lineNo = ln + 1;
    const atTopLevel = modes.length === 1 && modes[0] === "code" && brackets.length === 0;
    if (atTopLevel) checkStatement(text, lineNo, problems, names);

    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      const mode = modes[modes.length - 1];
      if (mode === "blockComment") {
        if (ch === "*" && text[i + 1] === "/") {
          modes.pop();
          i++;
        }
      } else if (mode === "multiline") {
        if (text.startsWith("'''", i)) {
          modes.pop();
          i += 2;
        }
      } else if (mode === "string") {
        if (ch === "\\") i++;
        else if (ch === "'") modes.pop();
        else if (ch === "$" && text[i + 1] === "{") {
          modes.push("code");
          brackets.push({ char: "{", line: lineNo, interpolation: true });
          i++;
        }
      } else {
        if (ch === "/" && text[i + 1] === "/") break;
        if (ch === "/" && text[i + 1] === "*") {
          modes.push("blockComment");
          i++;
        } else if (text.startsWith("'''", i)) {
          modes.push("multiline");
          stringStart = lineNo;
          i += 2;
        } else if (ch === "'") {
          modes.push("string");
          stringStart = lineNo;
        } else if (ch in OPENERS) {
          brackets.push({ char: ch, line: lineNo, interpolation: false });
        } else if (ch === "}" || ch === "]" || ch === ")") {
          const open = brackets.pop();
          if (!open) problems.push({ line: lineNo, message: `unexpected '${ch}'` });
          else if (OPENERS[open.char] !== ch)
            problems.push({ line: lineNo, message: `'${ch}' closes '${open.char}' from line ${open.line}` });
          else if (open.interpolation) modes.pop(); // back into the string
        }
      }
    }
    if (modes[modes.length - 1] === "string") {
      problems.push({ line: stringStart, message: "string not closed on its line" });
      modes.pop();
    }
  }
  const last = modes[modes.length - 1];
  if (last === "multiline") problems.push({ line: stringStart, message: "multi-line string not closed" });
  if (last === "blockComment") problems.push({ line: lines.length, message: "block comment not closed" });
  for (const open of brackets) problems.push({ line: open.line, message: `'${open.char}' never closed` });
  return problems;
}

function checkStatement(rawLine: string, lineNo: number, problems: BicepProblem[], names: Map<string, number>): void {
  const line = rawLine.replace(/\s+\/\/.*$/, "").trim();
  if (line === "" || line.startsWith("//") || line.startsWith("/*")) return;
  if (/^@[A-Za-z_][A-Za-z0-9_.]*(\(.*)?$/.test(line)) return; // decorator; may continue on the next lines
  if (/^[\])}]/.test(line)) return; // closing bracket: counted by the bracket check
  if (rawLine !== rawLine.trimStart()) {
    problems.push({ line: lineNo, message: "indented line outside any block" });
    return;
  }
  const keyword = /^[A-Za-z]+/.exec(line)?.[0] ?? "";
  const shape = STATEMENT_SHAPES[keyword];
  if (!shape) {
    problems.push({ line: lineNo, message: `not a Bicep declaration: ${line.slice(0, 60)}` });
    return;
  }
  if (!shape.test(line)) {
    problems.push({ line: lineNo, message: `malformed ${keyword} declaration: ${line.slice(0, 80)}` });
    return;
  }
  const name = new RegExp(`^(param|var|resource|module|output|type|func)\\s+(${IDENT})`).exec(line);
  if (name) {
    // outputs have their own namespace; everything else shares one
    const key = name[1] === "output" ? `output:${name[2]}` : name[2];
    const first = names.get(key);
    if (first) problems.push({ line: lineNo, message: `'${name[2]}' already declared on line ${first}` });
    else names.set(key, lineNo);
  }
}

/** The names of the `appSettings` entries of a Bicep file, in order. */
export function appSettingNames(source: string): string[] {
  const start = source.indexOf("appSettings: [");
  if (start < 0) return [];
  let depth = 0;
  let end = start;
  for (let i = source.indexOf("[", start); i < source.length; i++) {
    if (source[i] === "[") depth++;
    else if (source[i] === "]" && --depth === 0) {
      end = i;
      break;
    }
  }
  return [...source.slice(start, end).matchAll(/^\s*name:\s*'([^']+)'/gm)].map((m) => m[1]);
}

/** Parameter names of a Bicep file, with whether they have a default value. */
export function bicepParams(source: string): Map<string, { hasDefault: boolean; secure: boolean }> {
  const params = new Map<string, { hasDefault: boolean; secure: boolean }>();
  const lines = source.split(/\r?\n/);
  lines.forEach((line, i) => {
    const m = /^param\s+([A-Za-z_][A-Za-z0-9_]*)\s+\S+(\s*=)?/.exec(line);
    if (!m) return;
    let secure = false;
    for (let j = i - 1; j >= 0 && lines[j].startsWith("@"); j--) if (lines[j].startsWith("@secure()")) secure = true;
    params.set(m[1], { hasDefault: Boolean(m[2]), secure });
  });
  return params;
}
