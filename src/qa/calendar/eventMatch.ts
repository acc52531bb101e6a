/** Finding the event a question names, by its title or English title, allowing typing errors. */
import type { AlrekEvent } from "../../domain/events.js";
import { SpanIndex } from "../spanIndex.js";
import { tokenize } from "../normalize.js";
import { EVENT_STOP_WORDS } from "./words.js";

/**
 * Extra names for the seeded events (by id), beyond the words of their titles: former names the
 * document gives ("Alrekdagene") and the short forms people type.
 */
const EVENT_ALIASES: Record<string, string[]> = {
  fredagspresentasjoner: [
    "fredagspresentasjon",
    "fredagspresentasjonen",
    "fredagsforedrag",
    "friday presentation",
    "friday talk",
  ],
  "alrek-helsedager": ["alrekdagene", "alrekdager", "helsedagene", "alrek health days", "health days"],
  digitalhelse: ["digital helse", "digital helse-dager", "digital health", "digital health days"],
  "hostmote-forskning-primaerhelsetjenesten": ["høstmøtet", "autumn meeting"],
  partnermotet: ["partnermøte", "partner meeting", "partners meeting", "annual partner meeting"],
  "soknadsfrist-alrek-samarbeidsmidler": ["samarbeidsmidler", "samarbeidsmidlene", "collaboration funds"],
  "soknadsfrist-rebekka-ege-hegermanns-legat": [
    "legat",
    "legatet",
    "hegermanns legat",
    "hegermann",
    "rebekka ege hegermann",
  ],
};

const MIN_KEY = 5;
const MAX_WINDOW = 3;
/** Events scoring within this share of the best are listed together. */
const CLOSE = 0.9;

const keyCache = new WeakMap<AlrekEvent, string[]>();

/** Match keys: significant title words, adjacent pairs and the whole title, joined without spaces. */
export function eventKeys(e: AlrekEvent): string[] {
  let keys = keyCache.get(e);
  if (keys) return keys;
  const out = new Set<string>();
  for (const phrase of [e.title, e.titleEn ?? ""]) {
    // "Alrek helsedager (Alrek Health Days)": the bracket is a name of its own.
    for (const part of phrase.split(/[()]/)) {
      const words = tokenize(part).filter((t) => !EVENT_STOP_WORDS.has(t));
      words.forEach((w, i) => {
        out.add(w);
        if (i + 1 < words.length) out.add(w + words[i + 1]);
      });
      out.add(words.join(""));
    }
  }
  // Aliases count only whole: their single words ("digital helse-dager") would name other events.
  for (const alias of EVENT_ALIASES[e.id] ?? [])
    out.add(
      tokenize(alias)
        .filter((t) => !EVENT_STOP_WORDS.has(t))
        .join(""),
    );
  keys = [...out].filter((k) => k.length >= MIN_KEY);
  keyCache.set(e, keys);
  return keys;
}

function windows(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let w = 1; w <= MAX_WINDOW && i + w <= tokens.length; w++) out.push(tokens.slice(i, i + w).join(""));
  }
  return out;
}

/** Events a question names: ids best first, and the best score (about the length of the key matched). */
export interface EventMatch {
  ids: string[];
  score: number;
}

/**
 * The events the tokens name: the best match and any about as good (so "søknadsfrist" alone
 * lists both deadlines). A longer key matched counts for more.
 */
export function matchEvents(tokens: string[], events: readonly AlrekEvent[]): EventMatch {
  const none = { ids: [], score: 0 };
  const spanList = windows(tokens.filter((t) => !EVENT_STOP_WORDS.has(t))).filter((s) => s.length >= MIN_KEY - 1);
  if (spanList.length === 0) return none;
  const spans = new SpanIndex(spanList);
  const scored: { id: string; score: number }[] = [];
  for (const e of events) {
    if (e.cancelled) continue;
    let best = 0;
    for (const k of eventKeys(e)) best = Math.max(best, spans.bestSimilarity(k) * k.length);
    if (best > 0) scored.push({ id: e.id, score: best });
  }
  if (scored.length === 0) return none;
  scored.sort((a, b) => b.score - a.score);
  return { ids: scored.filter((s) => s.score >= scored[0].score * CLOSE).map((s) => s.id), score: scored[0].score };
}
