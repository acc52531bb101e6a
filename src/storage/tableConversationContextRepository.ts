/**
 * The conversations' last subjects, in table "ConversationContext", so a follow-up that reaches
 * another instance resolves like one that reaches the same. PK `ctx`, RK = sha256 of the key
 * (conversation id + user id: any length, no characters Table Storage forbids). Last writer wins:
 * a follow-up is about the question the person asked last. Rows older than the TTL are ignored
 * when read and pruned hourly.
 */
import { createHash } from "node:crypto";
import type { TableClient } from "@azure/data-tables";
import type { ConversationContextRepository, ConversationSubject } from "../domain/conversationContext.js";
import { isLang } from "../domain/language.js";
import { deleteMatching } from "./deleteMatching.js";
import { isNotFound } from "./errors.js";

export const CONVERSATION_CONTEXT_TABLE = "ConversationContext";
const PARTITION = "ctx";
const PRUNE_MAX_ROWS = 5_000;
const SUBJECT_TYPES = new Set(["group", "person", "event", "tiltak"]);

const rowKeyOf = (key: string) => createHash("sha256").update(key).digest("hex");

/** ConversationContextRepository on Azure Table Storage. */
export class TableConversationContextRepository implements ConversationContextRepository {
  constructor(private readonly table: TableClient) {}

  async get(key: string): Promise<ConversationSubject | undefined> {
    let row: Record<string, unknown>;
    try {
      row = await this.table.getEntity(PARTITION, rowKeyOf(key));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    // A row of another shape (an older version, a hand edit) is no context: the question starts afresh.
    const { subjectType, subjectId, intent, lang, at } = row;
    if (typeof subjectType !== "string" || !SUBJECT_TYPES.has(subjectType)) return undefined;
    if (typeof subjectId !== "string" || typeof at !== "string") return undefined;
    return {
      subject: { type: subjectType as ConversationSubject["subject"]["type"], id: subjectId },
      ...(typeof intent === "string" ? { intent } : {}),
      ...(isLang(lang) ? { lang } : {}),
      at,
    };
  }

  async set(key: string, subject: ConversationSubject): Promise<void> {
    await this.table.upsertEntity(
      {
        partitionKey: PARTITION,
        rowKey: rowKeyOf(key),
        subjectType: subject.subject.type,
        subjectId: subject.subject.id,
        ...(subject.intent ? { intent: subject.intent } : {}),
        ...(subject.lang ? { lang: subject.lang } : {}),
        at: subject.at,
      },
      "Replace",
    );
  }

  prune(before: Date): Promise<number> {
    const filter = `PartitionKey eq '${PARTITION}' and at lt '${before.toISOString()}'`;
    return deleteMatching(this.table, filter, PRUNE_MAX_ROWS);
  }
}
