/**
 * The dependency rule of README.md ("Architecture"), checked from the import lines of every file
 * under src/. The tables below are the rule; the README's paragraph and diagram say the same.
 */
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/projectRoot.js";
import { sourceFiles, staticCycles } from "./importGraph.js";
import { layerOf, stillImports, violationsOf, type LayerTable } from "./layerCheck.js";

// prettier-ignore
type Layer =
  | "domain" | "qa" | "contract" | "config" | "seed" | "shared" | "storage" | "services"
  | "bot" | "api" | "reminders" | "server" | "tab" | "process" | "root";

/** The layers every edge (bot, api, reminders, server) may use. */
const INNER: readonly Layer[] = ["domain", "qa", "services", "shared"];
// prettier-ignore
const ALL_BUT_ROOT: readonly Layer[] = [...INNER, "contract", "config", "seed", "storage", "bot", "api", "reminders", "server", "process"];

/**
 * The dependency rule. Each layer may import itself and the layers in `may`; nothing else.
 * Folders of src/ and the files directly in it are assigned to layers in `layerOf`.
 */
// prettier-ignore
const TABLE: LayerTable<Layer> = {
  layerOf: {
    domain: "domain", qa: "qa", contract: "contract", config: "config", seed: "seed", storage: "storage",
    services: "services", bot: "bot", api: "api", reminders: "reminders", server: "server", tab: "tab",
    "logger.ts": "shared", "projectRoot.ts": "shared", "processGuards.ts": "process",
    "main.ts": "root", "service.ts": "root", compose: "root",
  },
  rules: {
    domain:    { may: [], packages: "none" },
    // Full-text search of the documents' passages: pure libraries, no SDK, no I/O.
    qa:        { may: ["domain"], packages: ["minisearch", "@orama/stemmers"] },
    contract:  { may: ["domain"], packages: "any" },
    // Settings are checked with zod, like the wire contract.
    config:    { may: [], packages: ["zod"] },
    seed:      { may: ["domain"], packages: "none" },
    shared:    { may: [], packages: "node" },
    storage:   { may: ["domain", "shared"], packages: "any" },
    // Repositories reach services only through the domain's interfaces; no way out to a channel.
    services:  { may: ["domain", "qa", "shared"], packages: "node" },
    // The edges never import each other: they meet only in the composition root.
    // The bot's form and the API read request bodies through the one wire contract.
    bot:       { may: [...INNER, "contract"], typesFrom: ["config"], packages: "any" },
    api:       { may: [...INNER, "contract"], typesFrom: ["config"], packages: "any" },
    reminders: { may: INNER, packages: "any" },
    server:    { may: INNER, packages: "any" },
    tab:       { may: ["contract"], packages: "browser" },
    process:   { may: ["server", "shared"], packages: "node" },
    root:      { may: ALL_BUT_ROOT, packages: "any" },
  },
  // Known debts. One that is paid (the import is gone) fails its test, so the list only shrinks.
  exceptions: [],
};

/** The only file that reads the environment. */
const ENV_READERS = ["src/main.ts"];

const root = projectRoot();
const files = sourceFiles(root);
const layers = Object.keys(TABLE.rules) as Layer[];

describe("the dependency rule", () => {
  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(layers)("%s imports only what its rule allows", (layer) => {
    const violations = files.filter((f) => layerOf(TABLE, f.path) === layer).flatMap((f) => violationsOf(TABLE, f));
    expect(violations).toEqual([]);
  });

  it("every file under src/ belongs to a layer", () => {
    expect(files.filter((f) => !layerOf(TABLE, f.path)).map((f) => f.path)).toEqual([]);
  });

  it("no two files import each other, directly or round a loop (dynamic import() aside)", () => {
    expect(staticCycles(files)).toEqual([]);
  });

  it("only src/main.ts reads process.env", () => {
    const readers = files.filter((f) => /\bprocess\s*(?:\.\s*env\b|\[\s*["'`]env)/.test(f.text)).map((f) => f.path);
    expect(readers).toEqual(ENV_READERS);
  });

  it.each(TABLE.exceptions)("the exception for $file → $to is still needed ($why)", ({ file, to }) => {
    const source = files.find((f) => f.path === file);
    expect(
      source !== undefined && stillImports(TABLE, source, to),
      `${file} no longer imports ${to}: remove its exception`,
    ).toBe(true);
  });
});

describe("the checker", () => {
  // Proof that the rule can fail: each line breaks it once (and each allowed one must pass).
  it.each([
    ["src/services/x.ts", 'import { HttpError } from "../server/httpErrors.js";', /services → server/],
    ["src/services/x.ts", 'import type { OccurrenceDto } from "../api/occurrenceDto.js";', /services → api/],
    [
      "src/services/x.ts",
      'import { TableEventRepository } from "../storage/tableEventRepository.js";',
      /services → storage/,
    ],
    ["src/domain/x.ts", 'import type { Logger } from "../logger.js";', /domain → shared/],
    ["src/domain/x.ts", 'import { TableClient } from "@azure/data-tables";', /domain may import packages: none/],
    ["src/qa/x.ts", 'import { TurnContext } from "botbuilder";', /qa may import packages: minisearch,@orama\/stemmers/],
    ["src/bot/handlers/x.ts", 'import { occurrenceTitle } from "../../reminders/reminderCard.js";', /bot → reminders/],
    ["src/api/x.ts", 'export { HttpError } from "../server/httpErrors.js";', /api → server/],
    ["src/api/x.ts", 'import { loadConfig } from "../config/config.js";', /types only/],
    [
      "src/server/x.ts",
      'import {\n  createMessageEndpoint,\n} from "../bot/messageEndpoint.js";',
      /x\.ts:1 .*server → bot/,
    ],
    ["src/config/x.ts", 'import { readFileSync } from "node:fs";', /config may import packages: zod/],
    ["src/reminders/x.ts", 'const m = await import("../storage/index.js");', /reminders → storage/],
    ["src/tab/x.ts", 'import { readFileSync } from "node:fs";', /tab may import packages: browser/],
    ["src/tab/x.ts", 'import type { AlrekEvent } from "../domain/events.js";', /tab → domain/],
    ["src/bot/x.ts", 'import { startService } from "../service.js";', /bot → root/],
    ["src/newFolder/x.ts", 'import "./y.js";', /belongs to no layer/],
  ])("%s: %s is refused", (path, line, message) => {
    const found = violationsOf(TABLE, { path, text: `${line}\n` });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(message);
  });

  it("finds an import cycle, and not one through import() or a type-only import", () => {
    const a = { path: "src/api/a.ts", text: 'import { B } from "./b.js";\n' };
    const b = { path: "src/api/b.ts", text: 'import { a } from "./a.js";\n' };
    const lazy = { path: "src/api/b.ts", text: 'const a = () => import("./a.js");\n' };
    const typeOnly = { path: "src/api/b.ts", text: 'import type { A } from "./a.js";\n' };
    expect(staticCycles([a, b])).toEqual(["src/api/a → src/api/b → src/api/a"]);
    expect(staticCycles([a, lazy])).toEqual([]);
    expect(staticCycles([a, typeOnly])).toEqual([]);
  });

  it.each([
    ["src/api/x.ts", 'import type { ApiAuthConfig } from "../config/config.js";'],
    ["src/bot/x.ts", 'import { type BotAuthConfig, type ApiAuthConfig } from "../config/config.js";'],
    ["src/bot/x.ts", 'import { createEventService } from "../services/eventService.js";'],
    ["src/services/x.ts", 'import { randomBytes } from "node:crypto";'],
    ["src/service.ts", 'import { registerApi } from "./api/index.js";'],
    ["src/compose/x.ts", 'import { createRepositories } from "../storage/index.js";'],
    ["src/domain/x.ts", '/** Example: import { x } from "../api/y.js" in a comment */'],
    ["src/config/x.ts", 'import { z } from "zod/v4";'],
  ])("%s: %s is allowed", (path, line) => {
    expect(violationsOf(TABLE, { path, text: `${line}\n` })).toEqual([]);
  });
});
