import { RestError } from "@azure/data-tables";
import { DomainError } from "../domain/errors.js";

/** A create of a row whose keys are already taken (Azure Table Storage 409). */
export class AlreadyExistsError extends DomainError {
  readonly status = 409;
  readonly code = "already_exists";
}

/** The HTTP status of an Azure SDK error, if it is one. */
export function storageStatus(error: unknown): number | undefined {
  if (error instanceof RestError) return error.statusCode;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" ? status : undefined;
}

/** True for "the entity/table is not there" (404). */
export const isNotFound = (error: unknown): boolean => storageStatus(error) === 404;

/** True for "already exists" (409), e.g. createEntity of a taken key or createTable of an existing table. */
export const isAlreadyExists = (error: unknown): boolean => storageStatus(error) === 409;

/** True for a stale ETag (412 UpdateConditionNotSatisfied). */
export const isPreconditionFailed = (error: unknown): boolean => storageStatus(error) === 412;
