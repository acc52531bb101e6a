/**
 * Builds the installable Teams app package.
 *   tsx scripts/packageApp.ts [envName=dev]
 * Reads env/.env.<env> (then env/.env.<env>.user, then the process environment), fills the
 * ${{VAR}} placeholders of appPackage/manifest.json and en.json, validates both offline against
 * the schemas shipped by @microsoft/app-manifest, and writes
 * appPackage/build/appPackage.<env>.zip and appPackage/build/appPackage.zip.
 * Node only: the zip is written by hand (deflate + CRC-32), no archive package.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { AppManifestUtils, type AppManifest } from "@microsoft/app-manifest";

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Placeholders that may be empty: the production name has no suffix. */
export const OPTIONAL_PLACEHOLDERS: readonly string[] = ["APP_NAME_SUFFIX"];

/** The files at the root of the package, in this order. */
export const PACKAGE_FILES = ["manifest.json", "en.json", "color.png", "outline.png"] as const;

/** Raised when placeholders have no value; `missing` names each of them once. */
export class MissingPlaceholderError extends Error {
  constructor(
    readonly missing: string[],
    source: string,
  ) {
    super(`No value for ${missing.map((m) => "${{" + m + "}}").join(", ")} in ${source}`);
  }
}

/** Parses a dotenv-style file: KEY=VALUE lines, # comments, optional single or double quotes. */
export function parseEnvFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    let value = m[2];
    if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1);
    else value = value.replace(/\s+#.*$/, "");
    vars[m[1]] = value;
  }
  return vars;
}

/**
 * Replaces every ${{VAR}} in `text` with its value. Throws MissingPlaceholderError naming all
 * placeholders that are undefined, or empty and not in OPTIONAL_PLACEHOLDERS.
 * Values are JSON-escaped when `jsonEscape` is set, so a quote in a value cannot break the file.
 */
export function fillPlaceholders(
  text: string,
  vars: Record<string, string | undefined>,
  options: { source?: string; jsonEscape?: boolean } = {},
): string {
  const missing = new Set<string>();
  const filled = text.replace(PLACEHOLDER, (_all, name: string) => {
    const value = vars[name];
    if (value === undefined || (value === "" && !OPTIONAL_PLACEHOLDERS.includes(name))) {
      missing.add(name);
      return "";
    }
    return options.jsonEscape ? JSON.stringify(value).slice(1, -1) : value;
  });
  if (missing.size > 0) throw new MissingPlaceholderError([...missing], options.source ?? "the template");
  return filled;
}

/** The names of all placeholders in a template, each once. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

const requireFromHere = createRequire(import.meta.url);

/** The folder of the Teams schemas shipped by @microsoft/app-manifest for one manifest version. */
export function schemaDir(manifestVersion: string): string {
  const pkg = dirname(requireFromHere.resolve("@microsoft/app-manifest/package.json"));
  const dir = join(pkg, "build", "json-schemas", "teams", `v${manifestVersion}`);
  if (!existsSync(dir))
    throw new Error(`@microsoft/app-manifest ships no schema for manifest version ${manifestVersion}`);
  return dir;
}

type ManifestSchema = NonNullable<Parameters<typeof AppManifestUtils.validateAgainstSchema>[1]>;

/** Escapes a "]" outside a character class: valid in plain JS regexes, an error with the "u" flag ajv uses. */
export function escapeLoneBrackets(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      out += ch + (pattern[i + 1] ?? "");
      i++;
    } else if (ch === "[" && !inClass) {
      inClass = true;
      out += ch;
    } else if (ch === "]") {
      out += inClass ? ch : "\\]";
      inClass = false;
    } else out += ch;
  }
  return out;
}

function validUnicodePattern(pattern: string): string {
  try {
    new RegExp(pattern, "u");
    return pattern;
  } catch {
    return escapeLoneBrackets(pattern);
  }
}

/** Repairs the patterns the "u" flag rejects (the 1.2x localization schemas have two such keys). */
function repairPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(repairPatterns);
  if (!node || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "patternProperties" && value && typeof value === "object") {
      out[key] = Object.fromEntries(Object.entries(value).map(([p, v]) => [validUnicodePattern(p), repairPatterns(v)]));
    } else if (key === "pattern" && typeof value === "string") out[key] = validUnicodePattern(value);
    else out[key] = repairPatterns(value);
  }
  return out;
}

const schemaCache = new Map<string, ManifestSchema>();

function loadSchema(file: string): ManifestSchema {
  let schema = schemaCache.get(file);
  if (!schema) {
    // same clean-up as the package's own loader: some schemas contain \a and \v escapes JSON does not allow
    const raw = readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b");
    schema = repairPatterns(JSON.parse(raw)) as ManifestSchema;
    schemaCache.set(file, schema);
  }
  return schema;
}

/**
 * Validates a filled manifest, and optionally its localization files (file name → content),
 * against the schemas of its manifestVersion, offline. Returns the errors; empty means valid.
 */
export async function validateManifest(
  manifest: Record<string, unknown>,
  localizations: Record<string, Record<string, unknown>> = {},
): Promise<string[]> {
  const version = String(manifest.manifestVersion ?? "");
  const dir = schemaDir(version);
  const errors = (
    await AppManifestUtils.validateAgainstSchema(
      manifest as unknown as AppManifest,
      loadSchema(join(dir, "MicrosoftTeams.schema.json")),
    )
  ).map((e) => `manifest.json: ${e}`);
  const localizationSchema = loadSchema(join(dir, "MicrosoftTeams.Localization.schema.json"));
  for (const [file, content] of Object.entries(localizations)) {
    const locErrors = await AppManifestUtils.validateAgainstSchema(
      content as unknown as AppManifest,
      localizationSchema,
    );
    errors.push(...locErrors.map((e) => `${file}: ${e}`));
  }
  const info = manifest.localizationInfo as { additionalLanguages?: { file: string }[] } | undefined;
  for (const lang of info?.additionalLanguages ?? []) {
    if (!(lang.file in localizations))
      errors.push(`manifest.json: localization file ${lang.file} is not in the package`);
  }
  return errors;
}

/** One file of a zip archive. */
export interface ZipEntry {
  name: string;
  data: Buffer;
}

/**
 * Writes a zip archive (deflate, or stored when deflate does not help) with a central directory.
 * Timestamps are fixed (1980-01-01) so the same inputs give the same bytes.
 */
export function buildZip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const deflated = deflateRawSync(entry.data, { level: 9 });
    const stored = deflated.length >= entry.data.length;
    const body = stored ? entry.data : deflated;
    const crc = crc32(entry.data) >>> 0;
    const dosTime = 0;
    const dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(dosTime, 10);
    local.writeUInt16LE(dosDate, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, body);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(dosTime, 12);
    central.writeUInt16LE(dosDate, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(entry.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal attributes: 0
    central.writeUInt32LE(0, 38); // external attributes
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

/** Reads env/.env.<env>, then env/.env.<env>.user (local secrets), then the process environment. */
export function loadEnvVars(
  rootDir: string,
  envName: string,
  processEnv: NodeJS.ProcessEnv = process.env,
): Record<string, string | undefined> {
  const file = join(rootDir, "env", `.env.${envName}`);
  if (!existsSync(file)) throw new Error(`No environment file ${file}`);
  const vars: Record<string, string | undefined> = parseEnvFile(readFileSync(file, "utf8"));
  const userFile = `${file}.user`;
  if (existsSync(userFile)) Object.assign(vars, parseEnvFile(readFileSync(userFile, "utf8")));
  // the process environment wins, so CI can pass values without writing files
  for (const [key, value] of Object.entries(processEnv)) if (value !== undefined && value !== "") vars[key] = value;
  return vars;
}

/** The filled, validated package contents for one set of variables; throws on any problem. */
export async function buildAppPackage(
  appPackageDir: string,
  vars: Record<string, string | undefined>,
): Promise<ZipEntry[]> {
  const manifestText = fillPlaceholders(readFileSync(join(appPackageDir, "manifest.json"), "utf8"), vars, {
    source: "manifest.json",
    jsonEscape: true,
  });
  const enText = fillPlaceholders(readFileSync(join(appPackageDir, "en.json"), "utf8"), vars, {
    source: "en.json",
    jsonEscape: true,
  });
  const errors = await validateManifest(JSON.parse(manifestText), { "en.json": JSON.parse(enText) });
  if (errors.length > 0) throw new Error(`The app package does not validate:\n- ${errors.join("\n- ")}`);
  return [
    { name: "manifest.json", data: Buffer.from(manifestText, "utf8") },
    { name: "en.json", data: Buffer.from(enText, "utf8") },
    { name: "color.png", data: readFileSync(join(appPackageDir, "color.png")) },
    { name: "outline.png", data: readFileSync(join(appPackageDir, "outline.png")) },
  ];
}

/** Builds and writes appPackage/build/appPackage.<env>.zip and appPackage.zip; returns their paths. */
export async function packageApp(
  rootDir: string,
  envName: string,
  processEnv: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const appPackageDir = join(rootDir, "appPackage");
  const zip = buildZip(await buildAppPackage(appPackageDir, loadEnvVars(rootDir, envName, processEnv)));
  const buildDir = join(appPackageDir, "build");
  mkdirSync(buildDir, { recursive: true });
  const paths = [join(buildDir, `appPackage.${envName}.zip`), join(buildDir, "appPackage.zip")];
  for (const path of paths) writeFileSync(path, zip);
  return paths;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const envName = process.argv[2] ?? "dev";
  const rootDir = join(dirname(fileURLToPath(import.meta.url)), "..");
  packageApp(rootDir, envName).then(
    (paths) => console.log(`Wrote ${paths.join(" and ")}`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
