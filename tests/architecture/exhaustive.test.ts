/**
 * Adding a question kind, an answer kind or a language must not compile until every place that
 * handles it has it. The fixture's changes (tests/fixtures/newKinds.ts) are applied in memory,
 * and the TypeScript compiler, with the project's options, checks one program reaching every
 * registry: each new name must be reported exactly in the registries that lack it, and nothing
 * else may fail.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { NEW_ANSWER_KIND, NEW_LANGUAGE, NEW_QUESTION_KIND, type SourceEdit } from "../fixtures/newKinds.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Modules whose imports reach every registry: the answers, the cards, the bot's texts. */
const ENTRY_POINTS = ["src/qa/index.ts", "src/bot/cards/index.ts", "src/bot/subscriptionCommands.ts"];
const EDITS = [...NEW_QUESTION_KIND, ...NEW_ANSWER_KIND, ...NEW_LANGUAGE];

interface TypeError {
  file: string;
  message: string;
}

function applyEdits(text: string, edits: SourceEdit[]): string {
  let out = text;
  for (const e of edits) {
    out = out.replace(`${e.after}\n`, e.replace !== undefined ? `${e.replace}\n` : `${e.after}\n${e.insert}\n`);
  }
  return out;
}

/** The type errors in our sources once the edits are made, as file (relative to the root) and message. */
function typeErrorsWith(edits: SourceEdit[]): TypeError[] {
  const configHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} };
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, configHost);
  if (!config) throw new Error("tsconfig.json could not be read");
  const options = { ...config.options, noEmit: true };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => {
    const text = readFile(fileName);
    const mine = edits.filter((e) => join(ROOT, e.file) === fileName);
    return text === undefined || mine.length === 0 ? text : applyEdits(text, mine);
  };
  const program = ts.createProgram({ rootNames: ENTRY_POINTS.map((f) => join(ROOT, f)), options, host });
  const ours = program.getSourceFiles().filter((f) => f.fileName.startsWith(join(ROOT, "src")));
  return ours
    .flatMap((f) => program.getSemanticDiagnostics(f))
    .map((d) => ({
      file: relative(ROOT, d.file?.fileName ?? ""),
      message: ts.flattenDiagnosticMessageText(d.messageText, " "),
    }));
}

/** The properties an error says are missing ("Property 'x' is missing …", "… is missing the following properties …: x, y"). */
function missingIn(message: string): string[] {
  const one = /^Property '([^']+)' is missing/.exec(message);
  if (one) return [one[1]];
  const many = /is missing the following properties from type .*: ([\w, ]+)$/.exec(message);
  return many ? many[1].split(", ") : [];
}

/** The files where the compiler says `name` is missing. */
function filesMissing(errors: TypeError[], name: string): string[] {
  return [...new Set(errors.filter((e) => missingIn(e.message).includes(name)).map((e) => e.file))].sort();
}

describe("the compiler lists what a new kind or language lacks", () => {
  let errors: TypeError[];

  beforeAll(() => {
    // The fixture's anchors must still be in the sources, or nothing below would be tested.
    for (const e of EDITS) expect(readFileSync(join(ROOT, e.file), "utf8"), e.file).toContain(`${e.after}\n`);
    errors = typeErrorsWith(EDITS);
  });

  it("a new question kind: its composer, its help entry, its examples in every language, its card", () => {
    expect(filesMissing(errors, "weather")).toEqual([
      "src/bot/cards/index.ts",
      "src/qa/answer.ts",
      "src/qa/help.ts",
      "src/qa/i18n/en.ts",
      "src/qa/i18n/nb.ts",
      "src/qa/i18n/nn.ts",
    ]);
  });

  it("a new answer kind without a question: its card", () => {
    expect(filesMissing(errors, "maintenance")).toEqual(["src/bot/cards/index.ts"]);
  });

  it("a new language: the question layer's and the bot's catalogues, and the date words", () => {
    expect(filesMissing(errors, "se")).toEqual([
      "src/bot/i18n/index.ts",
      "src/domain/dateFormat.ts",
      "src/domain/dateWords.ts",
      "src/domain/holidays.ts",
      "src/qa/i18n/index.ts",
    ]);
  });

  it("nothing else fails: every error is one of the additions missing", () => {
    const added = ["weather", "maintenance", "se"];
    const unexplained = errors.filter(
      (e) => missingIn(e.message).length === 0 || !missingIn(e.message).every((n) => added.includes(n)),
    );
    expect(unexplained).toEqual([]);
  });
});
