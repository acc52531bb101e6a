import { fold } from "./fold.js";

/**
 * A URL- and table-key-safe slug of a name, folded like every name ("Bærum" gives "barum"), at
 * most 40 characters; `fallback` when nothing of the name is left ("!!!", only emoji).
 */
export function slugOf(name: string, fallback: string): string {
  const base = fold(name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return base || fallback;
}
