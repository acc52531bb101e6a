import type { GroupKind, Partner } from "../domain/directory.js";
import type { EventView, NextEventView, OccurrenceView } from "./calendar/types.js";
import type { Lang } from "../domain/language.js";
import type { AreaProgressView, AreaTiltakView, StatusCount, TiltakView } from "./plan/types.js";
import type { AboutTopic, TargetedIntent, UndocumentedTopic } from "./question.js";

/** A passage of a document as quoted: its text as written (bokmål), the document and the section. */
export interface PassageView {
  id: string;
  text: string;
  document: string;
  section: string;
  /** The passage's language (the documents are in bokmål), for marking it where the card allows. */
  lang: "nb";
}

/** A button: what it shows and the question it sends back as a message. */
export interface Choice {
  label: string;
  question: string;
}

/** A group as shown in an answer; `label` is in the answer's language. */
export interface GroupView {
  id: string;
  name: string;
  nameEn: string;
  label: string;
  kind: GroupKind;
  mandate?: string;
  representation?: string;
  behoRepresented: boolean;
  note?: string;
}

/** One seat in a group as shown: `detail` joins role and unit ("fagleder, Kunnskapskommunen"). */
export interface MemberView {
  personId: string;
  name: string;
  unit?: string;
  role?: string;
  detail?: string;
}

/** A person as shown. */
export interface PersonView {
  id: string;
  name: string;
  title?: string;
  unit?: string;
  email?: string;
}

/** One of a person's seats. */
export interface SeatView {
  group: GroupView;
  detail?: string;
}

/**
 * The data of each answer kind: one per intent, plus `tooLong`. Closed like `QuestionIntents`: a
 * new kind does not compile until it has a composer (qa/answer.ts) and a card (bot/cards/index.ts).
 */
export type AnswerKinds = {
  /** `check` answers "Sitter X i Y?": whether that person has a seat, `line` starting with Ja/Nei. */
  groupMembers: {
    group: GroupView;
    members: MemberView[];
    check?: { person: PersonView; seated: boolean; line: string };
  };
  /** `role` when the person was asked for by title. */
  /** `note`: what else the documents say the person takes part in (the coordinator's project). */
  personGroups: { person: PersonView; seats: SeatView[]; role?: string; note?: string };
  representedIn: { group: GroupView; represented: boolean; members: MemberView[] };
  mandate: { group: GroupView };
  coordinator: { person: PersonView; title: string; email: string; description: string };
  partners: { clusterName: string; partners: Partner[] };
  /** `partner` when the name asked about is a listed partner; `partners` is the documents' whole list. */
  partnerCheck: { name: string; partner?: Partner; partners: Partner[] };
  /**
   * `leader` when a member's role is leader; `quote` is the document's "Ledes av …" sentence when it
   * has one; with neither, the documents do not say who leads the group.
   */
  groupLeader: { group: GroupView; leader?: PersonView; quote?: string };
  /** `email` when the documents give one; `source` says where. */
  personContact: { person: PersonView; channel: "any" | "email" | "phone"; email?: string; source?: string };
  location: {
    clusterName: string;
    address: string;
    city: string;
    behoOffice: string;
    meetingRoom: { name: string; description: string };
  };
  about: {
    topic: AboutTopic;
    clusterName: string;
    established: number;
    vision: string;
    focusAreas: string[];
    partnerCount: number;
    /** For "documented" and "unnamedRole": the document's statements as shown, each with title and source. */
    statements?: { title: string; source: string; quotes: string[]; lead?: string }[];
  };
  forum: { name: string; established: string; description: string; leader?: PersonView; members: MemberView[] };
  listGroups: { groups: Choice[] };
  thanks: { actions: Choice[] };
  /** `examples` is every example; `sections` groups them by topic; `commands` are the bot's commands. */
  help: {
    examples: Choice[];
    sections: { title: string; examples: Choice[] }[];
    commands: (Choice & { description: string })[];
  };
  /** Up to five next occurrences within about three months, and the events without a date. */
  upcomingEvents: { occurrences: OccurrenceView[]; undated: EventView[]; actions: Choice[] };
  /** Occurrences in a window; `period` is its label ("desember 2026"), `phrase` as in a sentence ("i desember 2026"). */
  eventsInPeriod: {
    period: string;
    phrase: string;
    from: string;
    to: string;
    occurrences: OccurrenceView[];
    undated: EventView[];
    actions: Choice[];
  };
  nextEvent: { events: NextEventView[]; actions: Choice[] };
  /**
   * `periodNotice` (in the plan's answers) says that the current period has ended and no new one
   * is entered; it is also the start of `text`.
   */
  tiltakByArea: { periodTitle?: string; periodNotice?: string; areas: AreaTiltakView[]; actions: Choice[] };
  /** `full`: every tiltak is listed; otherwise `areas` carry counts only (the card shows a summary per area). */
  allTiltak: {
    periodTitle?: string;
    periodNotice?: string;
    total: number;
    full: boolean;
    areas: AreaTiltakView[];
    actions: Choice[];
  };
  /** Tiltak asked for by number or paraphrase: `number` is its place in the plan (1–16). */
  tiltakDetail: {
    periodTitle?: string;
    periodNotice?: string;
    tiltak: (TiltakView & { areaLabel: string; number: number })[];
    actions: Choice[];
  };
  /** `percent` is summarizePlan's progress as a whole percentage. */
  tiltakStatus: {
    periodTitle?: string;
    periodNotice?: string;
    total: number;
    counts: StatusCount[];
    percent: number;
    areas: AreaProgressView[];
    actions: Choice[];
  };
  /** The tiltak asked about with their responsible, and the plan's general division of responsibility. */
  tiltakResponsible: {
    periodTitle?: string;
    periodNotice?: string;
    tiltak: (TiltakView & { areaLabel: string })[];
    general: string[];
    actions: Choice[];
  };
  /** Late tiltak, oldest due date first; `withDueDate` counts the period's tiltak that have a due date at all. */
  overdueTiltak: {
    periodTitle?: string;
    periodNotice?: string;
    tiltak: (TiltakView & { dueDate: string; dueLabel: string })[];
    withDueDate: number;
    actions: Choice[];
  };
  ambiguous: { asked: TargetedIntent; candidates: Choice[] };
  /** A follow-up with nothing to refer to: asks back; `question` is the user's own text. */
  needsSubject: { pronoun: string; question: string; examples: Choice[] };
  /**
   * The documents do not say it. `question` (the user's own text, at most 200 characters) is carried
   * along, so an answer of this kind can offer to forward it (see bot/cards/forwardable.ts).
   */
  notInDocuments: { topic: UndocumentedTopic; subject?: string; question: string };
  /** Passages quoted as written, best first, each with its document and section; `question` as in notInDocuments. */
  passage: { question: string; passages: PassageView[] };
  /** Several questions in one message: each part's answer as a section; `offered` are parts left as buttons. */
  multi: { parts: Answer[]; offered: Choice[] };
  /** `query` is the user's own text (trimmed, at most 200 characters), to be escaped wherever markup is rendered. */
  unknown: { query: string; suggestions: Choice[]; lead?: string };
  /** A message longer than a question can be: not parsed, only its length is told. */
  tooLong: { length: number; limit: number };
};

/** Name of an answer kind. */
export type AnswerKind = keyof AnswerKinds;

/**
 * An answer as plain data. `text` is a plain-text summary with the names, used as the message
 * text (notifications, screen readers) next to the card.
 */
export type Answer = {
  [K in AnswerKind]: { kind: K; lang: Lang; text: string } & AnswerKinds[K];
}[AnswerKind];

/** The answer of one kind. */
export type AnswerOf<K extends AnswerKind> = Extract<Answer, { kind: K }>;
