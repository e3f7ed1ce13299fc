// The audit operations a response shows, whatever its shape. The docs call the audit response's
// fields "TBD until verified against a live response" and name only the logged operations, so
// the default profile reads an audit body this leniently: the events are `events`, or the first
// list of objects in it (or the body itself when it is a list); an event's operation is the first
// of its values that is one of the documented operations.
import { isRecord } from "../http/is-record.js";
import { resolveRef } from "../spec/resolve-ref.js";

const OPERATIONS = new Set(resolveRef<{ enum: string[] }>("#/components/schemas/AuditOperation").enum);

export interface SeenEvent {
  operation: string | null;
  /** `occurred_at` (or `created_at`, `timestamp`) when the event has one. */
  occurredAt: string | null;
}

function eventList(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  if (!isRecord(body)) return [];
  if (Array.isArray(body.events)) return body.events;
  return (
    Object.values(body).find(
      (v): v is unknown[] => Array.isArray(v) && v.some((item) => item !== null && typeof item === "object"),
    ) ?? []
  );
}

export function auditEventsIn(body: unknown): SeenEvent[] {
  return eventList(body)
    .filter(isRecord)
    .map((e) => {
      const operation =
        typeof e.operation === "string" && OPERATIONS.has(e.operation)
          ? e.operation
          : Object.values(e).find((v): v is string => typeof v === "string" && OPERATIONS.has(v));
      const time = [e.occurred_at, e.created_at, e.timestamp].find((v): v is string => typeof v === "string");
      return { operation: operation ?? null, occurredAt: time ?? null };
    });
}

/** How many events the audit response counts: its `total`, else the events it lists. */
export function auditTotal(body: unknown): number {
  const total = isRecord(body) ? body.total : undefined;
  return typeof total === "number" ? total : eventList(body).length;
}
