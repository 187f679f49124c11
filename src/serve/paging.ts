/**
 * Cursors of the list endpoints. A cursor is opaque to clients (base64url of a small JSON
 * object): the list it belongs to, a fingerprint of the filters it was made with, and where the
 * next page starts — a position in the list's order (keyset: the last item's sort key and id)
 * or, for ranked lists, an offset. A cursor given to another list or with other filters is
 * refused with a 400 that says so, rather than silently giving a wrong page.
 */
import { createHash } from "node:crypto";

export type Position = { s: string | null; i: string } | { o: number };

/** An error the error handler turns into a response with this status and message. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A short fingerprint of a list's filters (the paging fields left out). */
export function filterKey(q: Record<string, unknown>): string {
  const keep = Object.keys(q)
    .filter((k) => k !== "cursor" && k !== "limit" && k !== "offset" && q[k] !== undefined && q[k] !== "")
    .sort()
    .map((k) => [k, String(q[k])]);
  return createHash("sha1").update(JSON.stringify(keep)).digest("base64url").slice(0, 10);
}

export function encodeCursor(list: string, filters: string, pos: Position): string {
  return Buffer.from(JSON.stringify({ l: list, f: filters, ...pos }), "utf8").toString("base64url");
}

/** The position a cursor stands for, or an HttpError(400) saying why it cannot be used here. */
export function decodeCursor(cursor: string, list: string, filters: string): Position {
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    c = null;
  }
  const o = c && typeof c === "object" ? (c as Record<string, unknown>) : null;
  if (!o || typeof o.l !== "string" || typeof o.f !== "string") throw new HttpError(400, "querystring.cursor is not a cursor this server gave: pass the `next` of the previous page as it is");
  if (o.l !== list) throw new HttpError(400, `querystring.cursor belongs to another list (${o.l}), not to ${list}`);
  if (o.f !== filters) throw new HttpError(400, "querystring.cursor was made with other filters: start again without a cursor when the filters change");
  if (typeof o.i === "string" && (typeof o.s === "string" || o.s === null)) return { s: o.s, i: o.i };
  if (typeof o.o === "number" && Number.isInteger(o.o) && o.o >= 0) return { o: o.o };
  throw new HttpError(400, "querystring.cursor is not a cursor this server gave: pass the `next` of the previous page as it is");
}
