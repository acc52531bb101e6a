/** The source documents as passages, for quoting them when no structured answer fits. */

/** One passage (a paragraph or a list item) of a source document, as written. */
export interface DocumentPassage {
  /** Stable id, e.g. "plan-19". */
  id: string;
  /** The document's title. */
  document: string;
  /** The heading the passage stands under (or "avsnitt 3" in a text without headings). */
  section: string;
  /** The passage as written (bokmål), links and footnote marks removed. */
  text: string;
}
