import type { BadRowReporter } from "../domain/badRows.js";
import type { TableClientFactory } from "./tableClients.js";
import { FACTS_TABLE, GROUPS_TABLE, PEOPLE_TABLE, TableDirectoryRepository } from "./tableDirectoryRepository.js";
import { EVENTS_TABLE, TableEventRepository } from "./tableEventRepository.js";
import {
  CONVERSATION_CONTEXT_TABLE,
  TableConversationContextRepository,
} from "./tableConversationContextRepository.js";
import { CHANGE_MARKER_TABLE } from "./tableChangeMarker.js";
import { FEEDBACK_TABLE, TableFeedbackRepository } from "./tableFeedbackRepository.js";
import { HISTORY_TABLE, TableHistoryRepository } from "./tableHistoryRepository.js";
import { MEETINGS_TABLE, TableMeetingRepository } from "./tableMeetingRepository.js";
import { PERIODS_TABLE, TILTAK_TABLE, TablePlanRepository } from "./tablePlanRepository.js";

/** Logical names of every table the app uses (the factory adds its prefix). */
export const TABLE_NAMES = [
  GROUPS_TABLE,
  PEOPLE_TABLE,
  FACTS_TABLE,
  EVENTS_TABLE,
  PERIODS_TABLE,
  TILTAK_TABLE,
  HISTORY_TABLE,
  FEEDBACK_TABLE,
  CONVERSATION_CONTEXT_TABLE,
  MEETINGS_TABLE,
  CHANGE_MARKER_TABLE,
] as const;

/** All repositories over one table factory. */
export interface Repositories {
  directory: TableDirectoryRepository;
  events: TableEventRepository;
  plan: TablePlanRepository;
  history: TableHistoryRepository;
  /** Answered questions and the 👍/👎 on them. */
  feedback: TableFeedbackRepository;
  /** What each conversation was last about, for follow-ups. */
  conversationContext: TableConversationContextRepository;
  /** Meeting mode: the chair's focus and the decisions per meeting. */
  meetings: TableMeetingRepository;
  factory: TableClientFactory;
  tableNames: readonly string[];
  /** Creates the tables that are missing; call once at start. */
  ensureTables(): Promise<void>;
}

/** Wires the Table Storage repositories to `factory`; bad rows met when reading are reported to `badRows`. */
export function createRepositories(factory: TableClientFactory, badRows?: BadRowReporter): Repositories {
  return {
    directory: new TableDirectoryRepository(
      factory.client(GROUPS_TABLE),
      factory.client(PEOPLE_TABLE),
      factory.client(FACTS_TABLE),
      badRows,
    ),
    events: new TableEventRepository(factory.client(EVENTS_TABLE), badRows),
    plan: new TablePlanRepository(factory.client(PERIODS_TABLE), factory.client(TILTAK_TABLE)),
    history: new TableHistoryRepository(factory.client(HISTORY_TABLE)),
    feedback: new TableFeedbackRepository(factory.client(FEEDBACK_TABLE)),
    conversationContext: new TableConversationContextRepository(factory.client(CONVERSATION_CONTEXT_TABLE)),
    meetings: new TableMeetingRepository(factory.client(MEETINGS_TABLE), badRows),
    factory,
    tableNames: TABLE_NAMES,
    ensureTables: () => factory.ensureTables(TABLE_NAMES),
  };
}

export { createTableClientFactory, type TableClientFactory, type TableConnection } from "./tableClients.js";
