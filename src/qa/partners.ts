/**
 * The cluster's partners as facts: "Er UiB med i Alrek?" is yes (listed), "Er Helse Vest med i
 * Alrek?" is no (not listed), and neither is ever read as a group that shares a word ("helse").
 */
import type { Directory, Partner } from "../domain/directory.js";
import { displayName } from "./unknownName.js";
import { tokenize } from "./normalize.js";
import * as W from "./intentWords.js";

/**
 * Other names of the listed partners (folded), beyond the document's name and short name: the
 * parts of a long name people use alone ("Haukeland", "Haraldsplass"), keyed by the document's name.
 */
const PARTNER_ALIASES: Readonly<Record<string, string[]>> = {
  "Haraldsplass Diakonale Sykehus": ["haraldsplass", "haraldsplass sykehus"],
  "VID vitenskapelige høgskole": ["vid", "vid hogskole"],
  "Vestland fylkeskommune": ["fylkeskommunen", "vestland fylke"],
  "Helse Bergen v/Haukeland universitetssjukehus": ["helse bergen", "haukeland", "haukeland universitetssjukehus"],
  "Universitetet i Bergen": ["universitetet i bergen", "university of bergen", "uib"],
  FHI: ["fhi", "folkehelseinstituttet"],
  "Høgskulen på Vestlandet": ["hogskulen pa vestlandet", "hvl"],
  "Bergen kommune": ["bergen kommune"],
};

/** Each partner's names as folded token strings. */
function partnerKeys(p: Partner): string[] {
  const names = [p.name, ...(p.shortName ? [p.shortName] : []), ...(PARTNER_ALIASES[p.name] ?? [])];
  return [...new Set(names.map((n) => tokenize(n).join(" ")).filter((k) => k.length > 0))];
}

/** The listed partner the token phrase names exactly, if any. */
export function matchPartner(phrase: string[], directory: Directory): Partner | undefined {
  const typed = phrase.join(" ");
  if (!typed) return undefined;
  return directory.facts.partners.find((p) => partnerKeys(p).includes(typed));
}

/** A listed partner named anywhere in the tokens (longest name first), for "Hvem er UiB?". */
export function partnerNamedIn(tokens: string[], directory: Directory): Partner | undefined {
  const text = ` ${tokens.join(" ")} `;
  let best: { p: Partner; length: number } | undefined;
  for (const p of directory.facts.partners)
    for (const k of partnerKeys(p))
      if (text.includes(` ${k} `) && (!best || k.length > best.length)) best = { p, length: k.length };
  return best?.p;
}

// Words that end the name in "Er X med i Alrek?", "Is X a partner?", "Er X ein partnar?".
const NAME_ENDS = new Set([
  "med",
  "i",
  "en",
  "ein",
  "et",
  "eit",
  "a",
  "an",
  "one",
  "partner",
  "partnar",
  "del",
  "part",
  "member",
  "in",
  "blant",
  "among",
  "of",
  "pa",
  "representert",
  "represented",
  "involvert",
  "involved",
  "tilknyttet",
]);
const MEMBERSHIP_WORDS = new Set([
  "med",
  "del",
  "part",
  "member",
  "partner",
  "partnar",
  "partnere",
  "partnarar",
  "blant",
  "among",
  "involvert",
  "involved",
  "tilknyttet",
]);

/**
 * "Er X med i Alrek?", "Er X partner i klyngen?", "Is X a partner?": the name X as typed, when the
 * question asks whether something is in the cluster (not in a group). Undefined otherwise.
 */
export function partnerQuestionName(text: string, tokens: string[], directory: Directory): string[] | undefined {
  if (tokens.length < 3 || !W.YES_NO_WORDS.has(tokens[0])) return undefined;
  const asksCluster = tokens.some((t) => W.CLUSTER_WORDS.has(t) || W.PARTNER_WORDS.has(t) || t === "partnar");
  if (!asksCluster || !tokens.some((t) => MEMBERSHIP_WORDS.has(t) || W.PARTNER_WORDS.has(t))) return undefined;
  // The cluster itself must be what X is asked to be in: "Er BEHO med i Husrådet?" names a group instead.
  const after = tokens.slice(1)[0] === "the" ? tokens.slice(2) : tokens.slice(1);
  // A listed partner's whole name first ("Universitetet i Bergen", "Høgskulen på Vestlandet"), else up to the first end word.
  const known = knownPrefix(after, directory);
  const end = known ?? after.findIndex((t) => NAME_ENDS.has(t));
  const name = end < 0 ? [] : after.slice(0, end);
  if (name.length === 0 || (known === undefined && name.every((t) => W.BEHO_WORDS.has(t) || W.FILLER.has(t))))
    return undefined;
  const rest = after.slice(end);
  const target = rest.filter((t) => !NAME_ENDS.has(t) && !W.FILLER.has(t) && !["the", "av", "of", "for"].includes(t));
  if (!target.every((t) => W.CLUSTER_WORDS.has(t) || W.PARTNER_WORDS.has(t) || t === "partnar" || t === "partnarane"))
    return undefined;
  void text;
  return name;
}

/** The length of the longest listed partner name the tokens start with, if any. */
function knownPrefix(tokens: string[], directory: Directory): number | undefined {
  let best: number | undefined;
  for (const p of directory.facts.partners)
    for (const k of partnerKeys(p)) {
      const words = k.split(" ");
      if (words.every((w, i) => tokens[i] === w) && (best === undefined || words.length > best)) best = words.length;
    }
  return best;
}

/** The name as the user typed it (original words), for the answer. */
export function typedName(text: string, name: string[]): string {
  return displayName(text, name);
}
