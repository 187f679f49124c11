/**
 * The shared work queue and the watcher's fetch state, written once over the `Db` adapter.
 * Leases are kept in the DATABASE's clock (milliseconds since the epoch), so workers on
 * machines whose clocks disagree still agree on when a lease has expired.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "./db.js";
import type { FetchState, IngestResult, PreparedArticle, QueueClaim, QueueItem, QueueResult, QueueStats } from "./store.js";
import { emptyResult } from "./store.js";

/**
 * Key of the advisory lock that serialises writes to articles, stories and actors on
 * PostgreSQL: queue completions and `ingest` (any process) take it, transaction-scoped.
 */
export const WRITE_LOCK = 7355609;

function nowMs(db: Db): string {
  return db.dialect === "postgres" ? "(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT" : "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
}

const toBuffer = (b: Uint8Array | null) => (b == null ? null : Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength));

function marks(n: number): string {
  return Array.from({ length: n }, () => "?").join(",");
}

export async function enqueue(db: Db, items: QueueItem[], now: Date): Promise<{ queued: number; stored: number; alreadyQueued: number }> {
  const out = { queued: 0, stored: 0, alreadyQueued: 0 };
  if (items.length === 0) return out;
  await db.tx(async () => {
    const seen = new Set<string>();
    for (const it of items) {
      if (seen.has(it.id)) {
        out.alreadyQueued++;
        continue;
      }
      seen.add(it.id);
      if (await db.get(`SELECT 1 AS x FROM articles WHERE id = ?`, [it.id])) {
        out.stored++;
        continue;
      }
      const c = it.capture;
      const n = await db.run(
        `INSERT INTO capture_queue (id, state, capture_kind, capture_bytes, capture_text, capture_source, capture_options, enqueued_at, attempts)
         VALUES (?, 'pending', ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO NOTHING`,
        [it.id, c.kind, toBuffer(c.bytes), c.text, JSON.stringify(c.source), JSON.stringify(c.options), now.toISOString()],
      );
      if (n) out.queued++;
      else out.alreadyQueued++;
    }
  });
  return out;
}

interface JobRow {
  seq: number;
  id: string;
  attempts: number;
  capture_kind: string | null;
  capture_bytes: Uint8Array | null;
  capture_text: string | null;
  capture_source: string;
  capture_options: string;
}

export async function claim(db: Db, worker: string, opts: { limit: number; leaseMs: number; maxAttempts?: number }): Promise<QueueClaim | null> {
  const max = Math.max(1, opts.maxAttempts ?? 5);
  const limit = Math.max(1, Math.floor(opts.limit));
  const lease = Math.max(1, Math.floor(opts.leaseMs));
  const now = nowMs(db);
  const token = randomUUID();
  const skip = db.dialect === "postgres" ? " FOR UPDATE SKIP LOCKED" : "";
  const rows = await db.tx(async () => {
    // Jobs that keep killing their workers (or time out) stop being retried.
    await db.run(
      `UPDATE capture_queue SET state = 'failed', token = NULL, error = ? WHERE state = 'claimed' AND lease_until < ${now} AND attempts >= ?`,
      [`lease expired ${max} times without the job completing`, max],
    );
    return db.all<JobRow>(
      `UPDATE capture_queue SET state = 'claimed', token = ?, worker = ?, lease_until = ${now} + ?, attempts = attempts + 1
       WHERE seq IN (SELECT seq FROM capture_queue WHERE state = 'pending' OR (state = 'claimed' AND lease_until < ${now}) ORDER BY seq LIMIT ?${skip})
       RETURNING seq, id, attempts, capture_kind, capture_bytes, capture_text, capture_source, capture_options`,
      [token, worker, lease, limit],
    );
  });
  if (rows.length === 0) return null;
  rows.sort((a, b) => Number(a.seq) - Number(b.seq));
  return {
    token,
    worker,
    jobs: rows.map((r) => ({
      id: r.id,
      attempts: Number(r.attempts),
      capture: {
        kind: (r.capture_kind as "html" | "text" | null) ?? null,
        bytes: r.capture_bytes ? new Uint8Array(r.capture_bytes) : null,
        text: r.capture_text,
        source: JSON.parse(r.capture_source),
        options: JSON.parse(r.capture_options),
      },
    })),
  };
}

export async function renew(db: Db, token: string, leaseMs: number): Promise<number> {
  return db.run(`UPDATE capture_queue SET lease_until = ${nowMs(db)} + ? WHERE token = ? AND state = 'claimed'`, [Math.max(1, Math.floor(leaseMs)), token]);
}

/**
 * Marks the jobs this lease still holds done and stores their analyses, in one transaction
 * (`ingest` joins it). On PostgreSQL completions take a transaction-scoped advisory lock, so
 * concurrent workers' writes to stories and actors do not interleave.
 */
export async function complete(
  db: Db,
  token: string,
  results: QueueResult[],
  now: Date,
  ingest: (batch: PreparedArticle[]) => Promise<IngestResult>,
): Promise<{ result: IngestResult; done: number; lost: number }> {
  if (results.length === 0) return { result: emptyResult(), done: 0, lost: 0 };
  return db.tx(async () => {
    if (db.dialect === "postgres") await db.get(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
    const held = new Set<string>();
    for (let i = 0; i < results.length; i += 500) {
      const ids = results.slice(i, i + 500).map((r) => r.id);
      const rows = await db.all<{ id: string }>(`SELECT id FROM capture_queue WHERE token = ? AND state = 'claimed' AND id IN (${marks(ids.length)})`, [token, ...ids]);
      for (const r of rows) held.add(r.id);
    }
    const mine = results.filter((r) => held.has(r.id));
    // Only articles are stored: a capture whose analysis failed (no article in it) ends 'failed'.
    const result = await ingest(mine.filter((r) => !r.error).map((r) => r.prepared));
    for (const r of mine) {
      await db.run(
        `UPDATE capture_queue SET state = ?, done_at = ?, done_by = worker, error = ?, lease_until = NULL, capture_bytes = NULL, capture_text = NULL
         WHERE id = ? AND token = ? AND state = 'claimed'`,
        [r.error ? "failed" : "done", now.toISOString(), r.error ?? null, r.id, token],
      );
    }
    return { result, done: mine.length, lost: results.length - mine.length };
  });
}

export async function release(db: Db, token: string): Promise<number> {
  return db.run(`UPDATE capture_queue SET state = 'pending', token = NULL, worker = NULL, lease_until = NULL, attempts = attempts - 1 WHERE token = ? AND state = 'claimed'`, [token]);
}

export async function queueStats(db: Db): Promise<QueueStats> {
  const out: QueueStats = { pending: 0, claimed: 0, done: 0, failed: 0 };
  for (const r of await db.all<{ state: string; n: number }>(`SELECT state, COUNT(*) AS n FROM capture_queue GROUP BY state`)) {
    if (r.state in out) out[r.state as keyof QueueStats] = Number(r.n);
  }
  return out;
}

export async function fetchState(db: Db, url: string): Promise<FetchState | null> {
  const r = await db.get<{ url: string; etag: string | null; last_modified: string | null; status: number | null; checked_at: string }>(
    `SELECT url, etag, last_modified, status, checked_at FROM fetch_state WHERE url = ?`,
    [url],
  );
  return r ? { url: r.url, etag: r.etag, lastModified: r.last_modified, status: r.status == null ? null : Number(r.status), checkedAt: r.checked_at } : null;
}

export async function saveFetchState(db: Db, s: FetchState): Promise<void> {
  await db.run(
    `INSERT INTO fetch_state (url, etag, last_modified, status, checked_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, status = excluded.status, checked_at = excluded.checked_at`,
    [s.url, s.etag, s.lastModified, s.status, s.checkedAt],
  );
}

export async function knownUrls(db: Db, urls: string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const list = [...new Set(urls.filter(Boolean))];
  for (let i = 0; i < list.length; i += 500) {
    const part = list.slice(i, i + 500);
    for (const r of await db.all<{ u: string }>(`SELECT canonical_url AS u FROM articles WHERE canonical_url IN (${marks(part.length)})`, part)) out.add(r.u);
  }
  return out;
}
