/**
 * A minimal asynchronous SQL adapter over better-sqlite3 and pg, so the store's logic is
 * written once. SQL uses `?` placeholders; the PostgreSQL adapter numbers them.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type BetterSqlite3 from "better-sqlite3";
import type pg from "pg";

export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: "sqlite" | "postgres";
  all<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: unknown[]): Promise<T | undefined>;
  /** Runs a statement; resolves to the number of rows changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs a script of several statements (no parameters). */
  exec(sql: string): Promise<void>;
  /** Runs `fn` in one transaction: all of it commits, or none. */
  tx<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function sqliteParam(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === "boolean") return v ? 1 : 0;
  return v;
}

export function sqliteDb(db: BetterSqlite3.Database): Db {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const stmt = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  let depth = 0;
  return {
    dialect: "sqlite",
    async all<T>(sql: string, params: unknown[] = []) {
      return stmt(sql).all(...params.map(sqliteParam)) as T[];
    },
    async get<T>(sql: string, params: unknown[] = []) {
      return stmt(sql).get(...params.map(sqliteParam)) as T | undefined;
    },
    async run(sql: string, params: unknown[] = []) {
      return stmt(sql).run(...params.map(sqliteParam)).changes;
    },
    async exec(sql: string) {
      db.exec(sql);
    },
    async tx<T>(fn: () => Promise<T>): Promise<T> {
      // One connection, used by one caller at a time: nested calls join the outer transaction.
      if (depth > 0) return fn();
      db.exec("BEGIN IMMEDIATE");
      depth++;
      try {
        const out = await fn();
        db.exec("COMMIT");
        return out;
      } catch (e) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw e;
      } finally {
        depth--;
      }
    },
    async close() {
      db.close();
    },
  };
}

function numbered(sql: string): string {
  let n = 0;
  // No "?" appears in our SQL other than as a placeholder (jsonb operators are not used).
  return sql.replace(/\?/g, () => `$${++n}`);
}

export function pgDb(pool: pg.Pool): Db {
  const als = new AsyncLocalStorage<pg.PoolClient>();
  const cache = new Map<string, string>();
  const conv = (sql: string) => {
    let s = cache.get(sql);
    if (s === undefined) cache.set(sql, (s = numbered(sql)));
    return s;
  };
  // Named statements: each connection parses and plans a statement once, then runs it with new
  // values (the store runs the same few dozen statements for every article).
  const names = new Map<string, string>();
  const named = (text: string) => {
    let n = names.get(text);
    if (n === undefined) names.set(text, (n = `t${names.size}`));
    return n;
  };
  const q = async (sql: string, params: unknown[]) => {
    const c = als.getStore();
    const text = conv(sql);
    const query = { name: named(text), text, values: params };
    return c ? c.query(query) : pool.query(query);
  };
  return {
    dialect: "postgres",
    async all<T>(sql: string, params: unknown[] = []) {
      return (await q(sql, params)).rows as T[];
    },
    async get<T>(sql: string, params: unknown[] = []) {
      return (await q(sql, params)).rows[0] as T | undefined;
    },
    async run(sql: string, params: unknown[] = []) {
      return (await q(sql, params)).rowCount ?? 0;
    },
    async exec(sql: string) {
      const c = als.getStore();
      await (c ? c.query(sql) : pool.query(sql));
    },
    async tx<T>(fn: () => Promise<T>): Promise<T> {
      if (als.getStore()) return fn();
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const out = await als.run(client, fn);
        await client.query("COMMIT");
        return out;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
