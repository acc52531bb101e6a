/**
 * Borgertun on the wire. The booking service checks each field's rules itself (src/domain/booking*);
 * here only the shape: a JSON object, so the service never sees an array, a string or null.
 */
import { z } from "zod";

/** Body of POST /api/borgertun/bookings and PUT /api/borgertun/rules: a JSON object, fields checked by the service. */
export const BorgertunBody = z.record(z.string(), z.unknown());
export type BorgertunBody = z.infer<typeof BorgertunBody>;
