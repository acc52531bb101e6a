/** The passages a question can be answered from: the documents, and the statements editors store. */
import type { Directory } from "../../domain/directory.js";
import type { DocumentPassage } from "../../domain/documents.js";
import { passageIndex, type PassageIndex } from "./search.js";

const combined = new WeakMap<readonly DocumentPassage[], WeakMap<object, readonly DocumentPassage[]>>();

/**
 * The documents' passages and the directory's documented statements (which editors keep), once
 * each: a statement already quoted in a document passage is not indexed twice.
 */
function passagesOf(documents: readonly DocumentPassage[], directory: Directory): readonly DocumentPassage[] {
  const stored = directory.facts.documented ?? [];
  let byFacts = combined.get(documents);
  if (!byFacts) combined.set(documents, (byFacts = new WeakMap()));
  let all = byFacts.get(stored);
  if (!all) {
    const extra: DocumentPassage[] = stored.flatMap((d) =>
      d.quotes
        .filter((q) => !documents.some((p) => p.text.includes(q)))
        .map((q, i) => ({ id: `fact-${d.id}-${i}`, document: d.source, section: d.title, text: q })),
    );
    all = extra.length > 0 ? [...documents, ...extra] : documents;
    byFacts.set(stored, all);
  }
  return all;
}

/** The search index for the knowledge's passages, or undefined without documents. */
export function indexFor(k: {
  documents?: readonly DocumentPassage[];
  directory: Directory;
}): PassageIndex | undefined {
  return k.documents ? passageIndex(passagesOf(k.documents, k.directory)) : undefined;
}
