/** A person named in the source documents. `id` is a stable slug such as "karen-haugvaldstad". */
export interface Person {
  id: string;
  name: string;
  /** Other spellings that must find the same person (the documents write both Søråas and Søraas). */
  altNames: string[];
  /** Unit (etat, seksjon) or employer, where a document says it. */
  unit?: string;
  /** Job title or role in general, where a document says it. */
  title?: string;
  email?: string;
}

/** A person's seat in a group, with the unit or role the document gives for that seat. */
export interface Membership {
  personId: string;
  unit?: string;
  role?: string;
}

/** How a group sits in the cluster's organisation. */
export type GroupKind = "governing" | "forum" | "professional" | "committee" | "panel" | "internal";

/** Every group kind, in the order the tab offers them. */
export const GROUP_KINDS: readonly GroupKind[] = [
  "governing",
  "forum",
  "professional",
  "committee",
  "panel",
  "internal",
];

/** A group of Alrek helseklynge (Vedlegg 1), or BEHO's internal Alrekforum. */
export interface Group {
  /** Stable slug, e.g. "husradet". Used as the table row key. */
  id: string;
  /** Name as in the document, e.g. "Husrådet". */
  name: string;
  /** English name, e.g. "House council". */
  nameEn: string;
  /** Further names people use: definite and colloquial forms, abbreviations, English variants. */
  aliases: string[];
  kind: GroupKind;
  /** The mandate text from the document; absent where the document leaves it empty. */
  mandate?: string;
  /** The representation text, e.g. "BEHO representeres av intern Alrek-koordinator." */
  representation?: string;
  /** False for Brukerpanel and Studentpanel, where the document says BEHO shall not be represented. */
  behoRepresented: boolean;
  members: Membership[];
  /** Free text such as "Rullerer." or the document's statement about non-representation. */
  note?: string;
  /** Position in Vedlegg 1, for stable listing order. */
  order: number;
  /**
   * True once an editor has retired the group: it stays stored with its history and is listed for
   * editors, but the bot no longer answers about it as a current group. Absent for current groups.
   */
  retired?: boolean;
}

/** One partner of the cluster. */
export interface Partner {
  name: string;
  shortName?: string;
}

/**
 * A statement from the documents, quoted as written, found by its keys: each key is a set of
 * folded words that must all be in the question; `cue` words, when given, must be too.
 */
export interface DocumentedFact {
  id: string;
  /** Short heading in Norwegian, e.g. "Alrekdagene". */
  title: string;
  keys: string[][];
  cue?: string[];
  /** The document's sentences, verbatim. */
  quotes: string[];
  /** Which document it is from. */
  source: string;
}

/** A role the documents mention without naming who holds it. */
export interface UnnamedRole {
  role: string;
  /** Folded words that name the role. */
  keys: string[];
  /** Where it is mentioned, and the document's words. */
  where: string;
  quote: string;
}

/** Facts about the cluster and BEHO's place in it, from the documents. */
export interface ClusterFacts {
  name: string;
  established: number;
  address: string;
  city: string;
  partners: Partner[];
  vision: string;
  focusAreas: string[];
  behoOffice: string;
  meetingRoom: { name: string; description: string };
  forum: { name: string; established: string; description: string };
  coordinator: { personId: string; title: string; email: string; description: string };
  /** Further statements from the documents (history, the previous period, the coordinator's background). */
  documented?: DocumentedFact[];
  unnamedRoles?: UnnamedRole[];
}

/** Everything the representation questions are answered from, loaded as one value. */
export interface Directory {
  groups: Group[];
  people: Person[];
  facts: ClusterFacts;
}
