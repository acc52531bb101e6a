/**
 * Answered questions and the feedback on them, in table "AnswerFeedback".
 * - An answer: PK `answer`, RK = the Teams message id (escaped). Feedback names only that id
 *   (`replyToId`), so the answer is found by a point read.
 * - Feedback: PK `feedback-YYYY-MM` (UTC month of the answer it is about), RK = a hash of the
 *   answer's id and the person's object id, so one person's feedback on one answer is one row and
 *   a later click replaces it. A click comes at most 30 days after its answer (answers are kept
 *   that long), so a window's rows are in its months and the month before; they are sorted by
 *   time when read. (Rows written before this rule have an inverted-time RowKey; they read the same.)
 * Retention is by query: answers by `answeredAt`, feedback by month partition and `at`.
 */
import { createHash } from "node:crypto";
import type { TableClient } from "@azure/data-tables";
import {
  FEEDBACK_REACTIONS,
  isFeedbackReaction,
  type AnswerFeedback,
  type AnsweredQuestion,
  type FeedbackCounts,
  type FeedbackRepository,
} from "../domain/feedback.js";
import { decodeEntity, encodeEntity, keyFor } from "./entityCodec.js";
import { deleteMatching } from "./deleteMatching.js";
import { isNotFound, isTableMissing } from "./errors.js";

export const FEEDBACK_TABLE = "AnswerFeedback";
const ANSWER_PARTITION = "answer";
const FEEDBACK_PREFIX = "feedback-";
/** One prune deletes at most this many rows; the next run takes the rest. */
const PRUNE_MAX_ROWS = 5_000;

type Window = { since: string; until: string };

const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The month partition of an ISO instant. */
export function feedbackPartition(at: string): string {
  return FEEDBACK_PREFIX + at.slice(0, 7);
}

/** The month partitions from `until` back to `since`, newest first (at most ten years of them). */
export function feedbackPartitions(window: Window): string[] {
  const first = window.since.slice(0, 7);
  const result: string[] = [];
  let [year, month] = window.until.slice(0, 7).split("-").map(Number);
  if (!Number.isInteger(year) || !Number.isInteger(month)) return result;
  for (let i = 0; i < 120; i++) {
    const yearMonth = `${year}-${String(month).padStart(2, "0")}`;
    if (yearMonth < first) break;
    result.push(FEEDBACK_PREFIX + yearMonth);
    if (--month === 0) [year, month] = [year - 1, 12];
  }
  return result;
}

/** One row per answer and person: the same two again replace it. */
function feedbackRowKey(activityId: string, userObjectId: string | undefined): string {
  return createHash("sha256")
    .update(`${activityId}\u0000${(userObjectId ?? "").toLowerCase()}`)
    .digest("base64url");
}

/** A click comes at most this long after its answer: the window's partitions reach this far back. */
const ANSWER_TO_FEEDBACK_MS = 32 * 86_400_000;

/** The month partitions that can hold feedback given in `window`, newest first. */
function partitionsFor(window: Window): string[] {
  const since = Date.parse(window.since);
  if (Number.isNaN(since)) return [];
  return feedbackPartitions({ since: new Date(since - ANSWER_TO_FEEDBACK_MS).toISOString(), until: window.until });
}

/** FeedbackRepository on Azure Table Storage. */
export class TableFeedbackRepository implements FeedbackRepository {
  constructor(private readonly table: TableClient) {}

  async recordAnswer(answer: AnsweredQuestion): Promise<void> {
    const row = encodeEntity(ANSWER_PARTITION, keyFor(answer.activityId, "activityId"), answer, []);
    await this.table.upsertEntity(row, "Replace");
  }

  async answer(activityId: string): Promise<AnsweredQuestion | undefined> {
    try {
      const row = await this.table.getEntity(ANSWER_PARTITION, keyFor(activityId, "activityId"));
      return decodeEntity<AnsweredQuestion>(row, []);
    } catch (error) {
      // A missing table is storage trouble (503), not an unknown answer (404).
      if (isNotFound(error) && !isTableMissing(error)) return undefined;
      throw error;
    }
  }

  async put(feedback: AnswerFeedback, answeredAt: string): Promise<void> {
    const row = encodeEntity(
      feedbackPartition(answeredAt),
      feedbackRowKey(feedback.activityId, feedback.userObjectId),
      feedback,
      [],
    );
    await this.table.upsertEntity(row, "Replace");
  }

  async recent(window: Window, limit: number): Promise<AnswerFeedback[]> {
    const result: AnswerFeedback[] = [];
    for (const partition of partitionsFor(window))
      for await (const row of this.table.listEntities({ queryOptions: { filter: inWindow(partition, window) } }))
        result.push(decodeEntity<AnswerFeedback>(row, []));
    return result.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }

  async counts(window: Window): Promise<FeedbackCounts> {
    const counts = Object.fromEntries(FEEDBACK_REACTIONS.map((r) => [r, 0])) as FeedbackCounts;
    for (const partition of partitionsFor(window)) {
      const rows = this.table.listEntities({
        queryOptions: { filter: inWindow(partition, window), select: ["reaction"] },
      });
      for await (const row of rows) if (isFeedbackReaction(row.reaction)) counts[row.reaction]++;
    }
    return counts;
  }

  async prune(cutoff: { answersBefore: string; feedbackBefore: string }): Promise<number> {
    const answers = `PartitionKey eq ${quote(ANSWER_PARTITION)} and answeredAt lt ${quote(cutoff.answersBefore)}`;
    const feedback =
      `PartitionKey ge ${quote(FEEDBACK_PREFIX)} and PartitionKey le ${quote(feedbackPartition(cutoff.feedbackBefore))}` +
      ` and at lt ${quote(cutoff.feedbackBefore)}`;
    let deleted = 0;
    for (const filter of [answers, feedback])
      deleted += await deleteMatching(this.table, filter, PRUNE_MAX_ROWS - deleted);
    return deleted;
  }
}

function inWindow(partition: string, window: Window): string {
  return `PartitionKey eq ${quote(partition)} and at ge ${quote(window.since)} and at le ${quote(window.until)}`;
}
