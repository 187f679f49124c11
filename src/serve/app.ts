/**
 * The HTTP API and the web page (`thoisu serve`), on fastify. Reads go straight to the store;
 * analysis runs in a worker pool (created on first use); writes need the bearer token and are
 * serialised (one ingest at a time). Every input is validated by the route's JSON schema and
 * refused with a 400 that says what is wrong.
 *
 * Bounded work per request: every list pages (a maximum page size and a cursor, see
 * src/serve/paging.ts), long lists stream from the store chunk by chunk as the client reads,
 * reads in progress are limited in all and per client address, answers a client does not read
 * are cut after a timeout, analysis requests have a size limit, a time budget and a fair queue
 * (src/serve/limits.ts), and /health answers from memory. Requests naming a host other than
 * localhost, an IP address or one configured are refused (DNS rebinding).
 */
import { timingSafeEqual, createHash } from "node:crypto";
import { STATUS_CODES } from "node:http";
import { isIP } from "node:net";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Capture, CallerOptions } from "../envelope/types.js";
import type { InputItem } from "../capture/inputs.js";
import type { ActorStat, Store, StoreStats, TimelineFilter } from "../store/store.js";
import { newDoc } from "../envelope/doc.js";
import { ANALYZER_VERSION } from "../record/record.js";
import { createPool, type Pool } from "../ingest/pool.js";
import { ingestInputs } from "../ingest/ingest.js";
import { captureSize, formatBytes, type Limits } from "../pipeline/limits.js";
import { ROUTES, type RouteName, type RouteSpec } from "./routes.js";
import { openApiDocument } from "./openapi.js";
import { articleView, namesFor, NetworkBuilder, timelineRow } from "./views.js";
import { registerStatic } from "./static.js";
import { MAX_SEARCH_HITS, PAGE } from "./schemas.js";
import { decodeCursor, encodeCursor, filterKey, HttpError, type Position } from "./paging.js";
import { DEFAULT_SERVE_LIMITS, FairQueue, Gate, Turns, type ServeLimits } from "./limits.js";
import { jsonObjectStream } from "./stream.js";
import { dictionaryActors, queryActors, searchArticles } from "../search/search.js";

export interface ServeOptions {
  store: Store;
  /** Bearer token for the write endpoints; none: the server is read-only. */
  token?: string | null;
  /** The analysis clock (pinned in tests). */
  now?: () => Date;
  /** Analysis worker threads; 0 analyses on the server's own thread (tests). Default 1. */
  jobs?: number;
  /** Largest request body in bytes (default 4 MiB; a page capture is rarely over 1 MiB). */
  bodyLimit?: number;
  /** Fastify's logger (JSON lines on standard output). */
  logger?: boolean;
  /** Serve the page from this folder (default: web/ of the package). */
  webDir?: string;
  /** Keep the page's files in memory (default true). */
  cacheStatic?: boolean;
  /** Per-document limits of analysis requests (default: 2 MiB, 20 s). */
  analysis?: Partial<Limits>;
  /** Load limits (src/serve/limits.ts). */
  limits?: Partial<ServeLimits>;
  /** Host names the server answers to besides localhost and IP addresses (a name it is reached by). */
  allowedHosts?: string[];
}

export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;
/** Analysis over HTTP: a capture of at most 2 MiB (a news page with its markup is rarely 1 MiB), 20 s. */
export const DEFAULT_ANALYSIS_LIMITS: Limits = { maxBytes: 2 * 1024 * 1024, timeBudgetMs: 20_000 };
/** Rows read from the store at a time while a list streams. */
const CHUNK = { timeline: 100, events: 25, network: 250 } as const;

interface CaptureFields {
  text?: string;
  html?: string;
  id?: string;
  url?: string;
  fetched_at?: string;
  date?: string;
}

type CaptureQuery = Pick<CaptureFields, "url" | "fetched_at" | "date">;

interface FilterQuery {
  q?: string;
  story?: string;
  actor?: string;
  type?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
  cursor?: string;
}

/** A Host header's name (port and brackets removed, lower case). */
function hostName(host: string | undefined): string {
  const h = (host ?? "").trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") >= 0 ? h.indexOf("]") : undefined);
  const colon = h.lastIndexOf(":");
  return colon >= 0 && h.indexOf(":") === colon ? h.slice(0, colon) : h;
}

function sha(s: string): Buffer {
  return createHash("sha256").update(s, "utf8").digest();
}

/** A readable sentence for one schema error. */
function describe(e: { instancePath?: string; keyword: string; params?: Record<string, unknown>; message?: string }, where: string, batch: boolean): string {
  const path = where + (e.instancePath ? e.instancePath.replace(/\//g, ".") : "");
  const p = e.params ?? {};
  switch (e.keyword) {
    case "additionalProperties":
      return `${path}: unknown field "${String(p.additionalProperty)}"`;
    case "required":
      return `${path}: "${String(p.missingProperty)}" is required`;
    case "oneOf":
      return `${path}: give exactly one of ${where === "body" && !e.instancePath && batch ? '"text", "html" or "captures"' : '"text" or "html"'}`;
    case "enum": {
      // one spelling per value (the upper-case one when both are accepted)
      const vals = (p.allowedValues as unknown[]).map(String);
      const shown = vals.filter((v) => v === v.toUpperCase() || !vals.includes(v.toUpperCase()));
      return `${path} must be one of ${shown.join(", ")}`;
    }
    case "maximum":
      return /\.limit$/.test(path) ? `${path} must be <= ${String(p.limit)} (the largest page: follow \`next\` for more)` : `${path} must be <= ${String(p.limit)}`;
    case "pattern": {
      const pat = String(p.pattern);
      if (pat.includes("0-9a-f")) return `${path} must be an article id (hex digits)`;
      if (pat.includes("[Hh][Tt]")) return `${path} must be an http:// or https:// address`;
      if (pat.includes("A-Za-z0-9_-")) return `${path} is not a cursor this server gave: pass the \`next\` of the previous page as it is`;
      return `${path} must look like ${/\[T /.test(pat) ? "2025-05-16 or 2025-05-16T10:00:00Z" : "YYYY, YYYY-MM or YYYY-MM-DD"}`;
    }
    case "format":
      return `${path} must be ${p.format === "uri" ? "an absolute URL" : `a ${String(p.format)}`}`;
    case "minLength":
      return `${path} must not be empty`;
    default:
      return `${path} ${e.message ?? "is not valid"}`;
  }
}

function errorBody(statusCode: number, message: string, details?: string[]) {
  return { statusCode, error: STATUS_CODES[statusCode] ?? "Error", message, ...(details && details.length ? { details } : {}) };
}

/** The capture and caller options a request carries (JSON fields, or a raw body and its query). */
function captureOf(body: unknown, contentType: string | undefined, query: CaptureQuery, fields?: CaptureFields): { capture: Capture; options: CallerOptions } {
  const f: CaptureFields = fields ?? (typeof body === "string" ? {} : ((body ?? {}) as CaptureFields));
  const isRaw = fields == null && typeof body === "string";
  const kind: Capture["kind"] = isRaw ? (/html/i.test(contentType ?? "") ? "html" : "text") : f.html != null ? "html" : "text";
  const text = isRaw ? (body as string) : (f.html ?? f.text ?? "");
  return {
    capture: { source: { path: null, record_id: f.id ?? null, url: f.url ?? query.url ?? null, fetched_at: f.fetched_at ?? query.fetched_at ?? null }, text, kind },
    options: { date: f.date ?? query.date ?? null },
  };
}

export async function buildServer(o: ServeOptions): Promise<FastifyInstance> {
  const store = o.store;
  const now = o.now ?? (() => new Date());
  const bodyLimit = o.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const lim: ServeLimits = { ...DEFAULT_SERVE_LIMITS, ...o.limits };
  // Store reads are synchronous with SQLite: they take turns, at most 8 ms of them per turn of
  // the event loop (src/serve/limits.ts Turns), so connections are accepted and small requests
  // (/health) answered between the chunks of long lists and between searches. PostgreSQL reads
  // do not block the loop.
  const turns = new Turns(8);
  const storeRead = <T>(fn: () => Promise<T>): Promise<T> => (store.backend === "sqlite" ? turns.run(fn) : fn());
  const analysisLimits: Limits = { ...DEFAULT_ANALYSIS_LIMITS, ...o.analysis };
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit,
    // a request must arrive in full within 30 s; a connection silent for 60 s is closed
    requestTimeout: 30_000,
    connectionTimeout: 60_000,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", allErrors: true } },
  });
  app.server.headersTimeout = 15_000;
  app.server.maxConnections = 1024;

  // DNS rebinding: a page of another site whose name resolves to this address must not read the
  // API. Answer only to localhost, IP addresses and the names configured.
  const hosts = new Set(["localhost", ...(o.allowedHosts ?? []).map((h) => hostName(h))]);
  app.addHook("onRequest", async (req, reply) => {
    const name = hostName(req.headers.host);
    if (!hosts.has(name) && !name.endsWith(".localhost") && isIP(name) === 0) {
      return reply.code(421).send(errorBody(421, `this server does not answer to the host "${name}" (start it with --allow-host ${name || "NAME"} if that is its name)`));
    }
  });
  app.addHook("onSend", async (_req, reply) => {
    reply.header("x-content-type-options", "nosniff");
  });

  app.addContentTypeParser(["text/html", "application/xhtml+xml"], { parseAs: "string", bodyLimit }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof HttpError) {
      reply.headers(err.headers);
      return reply.code(err.statusCode).send(errorBody(err.statusCode, err.message));
    }
    if (err.validation) {
      const where = err.validationContext ?? "request";
      const batch = req.url.startsWith(ROUTES.ingest.url);
      const msgs = err.validation.map((e) => describe(e as Parameters<typeof describe>[0], where, batch));
      // The most telling first: unknown fields, then a missing text/html, then the rest.
      const rank = (m: string) => (m.includes("unknown field") ? 0 : m.includes("give exactly one of") ? 1 : m.includes("is required") ? 3 : 2);
      const uniq = [...new Set(msgs)].sort((a, b) => rank(a) - rank(b));
      return reply.code(400).send(errorBody(400, uniq[0] ?? "invalid request", uniq));
    }
    const code = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    if (code >= 500) {
      if (o.logger) req.log.error(err);
      else process.stderr.write(`thoisu serve: ${req.method} ${req.url.split("?")[0]}: ${err.stack ?? err.message}\n`);
      return reply.code(code).send(errorBody(code, "internal error: the server wrote the details to its standard error"));
    }
    let message = err.message;
    if (err.code === "FST_ERR_CTP_BODY_TOO_LARGE") message = `the request body is larger than the limit of ${bodyLimit} bytes`;
    else if (err.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") message = `unsupported content type "${req.headers["content-type"] ?? ""}": send application/json, text/plain or text/html`;
    else if (err.code === "FST_ERR_CTP_EMPTY_JSON_BODY") message = "the JSON body is empty";
    else if (/JSON/.test(err.message) && code === 400) message = `the body is not valid JSON (${err.message})`;
    return reply.code(code).send(errorBody(code, message));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody(404, `no such endpoint: ${req.method} ${req.url.split("?")[0]}`)));

  // Write access: a token from configuration, compared in constant time.
  const tokenHash = o.token ? sha(o.token) : null;
  const requireToken = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!tokenHash) return reply.code(403).send(errorBody(403, "this server is read-only: start it with THOISU_TOKEN or --token-file to enable writes"));
    const h = req.headers.authorization ?? "";
    const m = /^Bearer\s+(\S+)\s*$/i.exec(h);
    if (!m) return reply.code(401).header("www-authenticate", 'Bearer realm="thoisu"').send(errorBody(401, "this endpoint needs Authorization: Bearer <token>"));
    if (!timingSafeEqual(sha(m[1]!), tokenHash)) return reply.code(401).header("www-authenticate", 'Bearer realm="thoisu", error="invalid_token"').send(errorBody(401, "wrong token"));
  };

  // Analysis workers, started on the first request that needs them; analysis requests wait
  // their turn in a bounded queue, clients in turn.
  let pool: Pool | null = null;
  const analyser = () => (pool ??= createPool(o.jobs ?? 1, now(), analysisLimits));
  const analysisQueue = new FairQueue(Math.max(1, o.jobs ?? 1), lim.analysisQueue, lim.analysisPerClient, lim.analysisWaitMs);
  const gate = new Gate(lim.maxInFlight, lim.perClient);
  app.addHook("onClose", async () => {
    if (pool) await pool.close();
  });

  // Actor names and stats, kept a few seconds (and dropped after an ingest through this server).
  let actorCache: { at: number; map: Map<string, ActorStat>; names: Map<string, string> } | null = null;
  const actorInfo = async () => {
    if (!actorCache || Date.now() - actorCache.at > 5000) {
      const list = await storeRead(() => store.actors({ limit: 0 }));
      actorCache = { at: Date.now(), map: new Map(list.map((a) => [a.id, a])), names: new Map(list.map((a) => [a.id, a.name])) };
    }
    return actorCache;
  };

  // One write at a time.
  let writing: Promise<unknown> = Promise.resolve();
  const serialised = <T>(f: () => Promise<T>): Promise<T> => {
    const p = writing.then(f, f);
    writing = p.catch(() => undefined);
    return p;
  };

  // Reads in progress are counted from the request to the end of its answer.
  const gated = async (req: FastifyRequest, reply: FastifyReply) => {
    const release = gate.enter(req.ip);
    reply.raw.once("finish", release).once("close", release);
  };

  const route = (name: RouteName, handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>) => {
    const r: RouteSpec = ROUTES[name];
    // Responses go out through JSON.stringify (faster than a compiled serialiser on the large
    // timeline pages); their schemas document them in the OpenAPI document.
    const { response: _documented, ...checked } = r.schema;
    app.route({
      method: r.method,
      url: r.url,
      schema: checked,
      ...(r.bodyLimit ? { bodyLimit: r.bodyLimit } : {}),
      ...(r.write ? { onRequest: requireToken } : name === "health" || name === "analyze" ? {} : { onRequest: gated }),
      handler,
    });
  };

  /** Sends a streamed answer, cut if the client has not read it all after the response timeout. */
  const sendStream = (reply: FastifyReply, body: NodeJS.ReadableStream) => {
    const timer = setTimeout(() => reply.raw.destroy(), lim.responseTimeoutMs);
    timer.unref();
    const clear = () => clearTimeout(timer);
    reply.raw.once("finish", clear).once("close", clear);
    return reply.type("application/json; charset=utf-8").send(body);
  };

  const filterOf = (q: FilterQuery): TimelineFilter => ({
    query: q.q?.trim() || undefined,
    queryActors: q.q?.trim() ? queryActors(q.q) : undefined,
    story: q.story,
    actor: q.actor?.trim() || undefined,
    type: q.type?.toUpperCase(),
    from: q.from,
    to: q.to,
  });

  /** Where a page starts: its cursor, or its offset (not both). */
  const startOf = (q: FilterQuery, list: string, fk: string): Position => {
    if (q.cursor != null && q.offset) throw new HttpError(400, "give either querystring.cursor or querystring.offset, not both");
    return q.cursor != null ? decodeCursor(q.cursor, list, fk) : { o: q.offset ?? 0 };
  };


  /**
   * The story events of one page, `chunk` at a time from the store by position (keyset), as
   * arrays; `state.next` is the next page's position once the last chunk is out (null: none).
   */
  async function* storyPages<T extends { id: string; sort: string | null }>(
    fetch: (f: TimelineFilter) => Promise<T[]>,
    filter: TimelineFilter,
    start: Position,
    limit: number,
    chunk: number,
    state: { next: Position | null; count: number },
  ): AsyncGenerator<T[]> {
    let after = "s" in start ? { sort: start.s, id: start.i } : undefined;
    let offset = "o" in start ? start.o : 0;
    let got = 0;
    for (;;) {
      const want = Math.min(chunk, limit + 1 - got);
      const rows = await storeRead(() => fetch({ ...filter, limit: want, ...(after ? { after } : { offset }) }));
      offset = 0;
      let page = rows;
      if (got + rows.length > limit) {
        page = rows.slice(0, limit - got);
        const last = page[page.length - 1] ?? null;
        state.next = last ? { s: last.sort, i: last.id } : after ? { s: after.sort, i: after.id } : null;
      }
      got += page.length;
      state.count = got;
      if (page.length) yield page;
      if (state.next || rows.length < want) return;
      const last = rows[rows.length - 1]!;
      after = { sort: last.sort, id: last.id };
    }
  }

  /** A page of story events streamed as a JSON object (`events`, then count, next and `tail`). */
  const streamStories = async <T extends { id: string; sort: string | null }>(
    reply: FastifyReply,
    list: "timeline" | "events",
    q: FilterQuery,
    fetch: (f: TimelineFilter) => Promise<T[]>,
    shape: (rows: T[]) => unknown[],
    tail: () => Record<string, unknown> = () => ({}),
  ) => {
    const limit = q.limit ?? PAGE[list].default;
    const fk = filterKey(q as Record<string, unknown>);
    const state: { next: Position | null; count: number } = { next: null, count: 0 };
    const pages = storyPages(fetch, filterOf(q), startOf(q, list, fk), limit, CHUNK[list], state);
    // the first chunk before the headers: a store error is still a clean 500
    const first = await pages.next();
    const chunks = (async function* () {
      if (!first.done) yield shape(first.value);
      for await (const p of pages) yield shape(p);
    })();
    const body = jsonObjectStream({ limit }, "events", chunks, () => ({
      count: state.count,
      next: state.next ? encodeCursor(list, fk, state.next) : null,
      ...(list === "timeline" ? { more: state.next != null } : {}),
      ...tail(),
    }));
    return sendStream(reply, body);
  };

  // /health answers from memory: the store's counts are refreshed in the background at most
  // every 10 s, so a loaded server still says at once that it is alive.
  let stats: { at: number; value: StoreStats | null; pending: Promise<void> | null } = { at: 0, value: null, pending: null };
  const refreshStats = () =>
    (stats.pending ??= storeRead(() => store.stats())
      .then((v) => void (stats = { at: Date.now(), value: v, pending: null }))
      .catch(() => void (stats.pending = null)));
  route("health", async () => {
    if (!stats.value) await refreshStats();
    else if (Date.now() - stats.at > 10_000) void refreshStats();
    return { ok: true, backend: store.backend, analyzer: ANALYZER_VERSION, writes: Boolean(tokenHash), stats: stats.value ?? {}, reads: gate.size, analysis: analysisQueue.stats };
  });

  route("analyze", async (req, reply) => {
    const { capture, options } = captureOf(req.body, req.headers["content-type"], req.query as CaptureQuery);
    const size = captureSize(capture);
    if (size > analysisLimits.maxBytes) {
      return reply.code(413).send(errorBody(413, `the capture is ${formatBytes(size)}, over the limit of ${formatBytes(analysisLimits.maxBytes)} per document for analysis over HTTP`));
    }
    const gone = new AbortController();
    reply.raw.once("close", () => {
      if (!reply.raw.writableFinished) gone.abort();
    });
    const r = await analysisQueue.run(req.ip, () => analyser().run({ n: 0, capture, options }), gone.signal);
    if (r.errors.length) return reply.code(422).send(errorBody(422, `the capture could not be analysed: ${r.errors.join("; ")}`));
    return r.prepared.record;
  });

  route("ingest", async (req) => {
    const body = req.body as CaptureFields | { captures: CaptureFields[]; date?: string } | string;
    const query = req.query as CaptureQuery;
    const ct = req.headers["content-type"];
    const list =
      typeof body === "object" && "captures" in body
        ? body.captures.map((c) => captureOf(null, ct, { ...query, date: body.date ?? query.date }, { ...c, date: body.date ?? query.date }))
        : [captureOf(body, ct, query)];
    const options = list[0]!.options;
    const ids = list.map((c) => newDoc(c.capture, c.options).id);
    const errors: string[] = [];
    const items = (async function* (): AsyncGenerator<InputItem> {
      for (let i = 0; i < list.length; i++) yield { ok: true, where: `capture ${i + 1}`, capture: list[i]!.capture };
    })();
    const sum = await serialised(() => ingestInputs(store, items, { options, batchSize: 500, pool: analyser(), onProblem: (where, p) => errors.push(`${where}: ${p}`) }));
    actorCache = null;
    return { ids, seen: sum.seen, added: sum.added, duplicates: sum.duplicates, sameUrl: sum.sameUrl, nearDuplicates: sum.nearDuplicates, replaced: sum.replaced, storiesCreated: sum.storiesCreated, storiesJoined: sum.storiesJoined, problems: sum.problems, errors };
  });

  route("timeline", async (req, reply) => {
    const actors = await actorInfo();
    const names: Record<string, string> = {};
    return streamStories(
      reply,
      "timeline",
      req.query as FilterQuery,
      (f) => store.timelineRows(f),
      (heads) => {
        const rows = heads.map(timelineRow);
        Object.assign(names, namesFor(rows, actors.names));
        return rows;
      },
      () => ({ names }),
    );
  });

  route("stories", async (req) => {
    const q = req.query as { q?: string; min_articles?: number; limit?: number; cursor?: string };
    const limit = q.limit ?? PAGE.stories.default;
    const fk = filterKey(q);
    const offset = offsetOf(q, "stories", fk);
    const rows = await storeRead(() => store.stories({ query: q.q?.trim() || undefined, minArticles: q.min_articles, limit: limit + 1, offset }));
    const page = rows.slice(0, limit);
    return { limit, count: page.length, next: rows.length > limit ? encodeCursor("stories", fk, { o: offset + limit }) : null, stories: page };
  });

  route("story", async (req, reply) => {
    const { id } = req.params as { id: string };
    const t = await store.story(id);
    if (!t) return reply.code(404).send(errorBody(404, `no story with id ${id}`));
    return t;
  });

  route("events", async (req, reply) =>
    streamStories(
      reply,
      "events",
      req.query as FilterQuery,
      (f) => store.timeline(f),
      (events) => events,
    ),
  );

  route("article", async (req, reply) => {
    const { id } = req.params as { id: string };
    const a = await storeRead(() => store.article(id));
    if (!a) return reply.code(404).send(errorBody(404, `no stored article with id ${id}`));
    return articleView(a);
  });

  /** An offset page of a short ranked list: the offset its cursor gives (0 without one). */
  const offsetOf = (q: { cursor?: string }, list: string, fk: string): number => {
    if (q.cursor == null) return 0;
    const p = decodeCursor(q.cursor, list, fk);
    if (!("o" in p)) throw new HttpError(400, "querystring.cursor is not a cursor this server gave: pass the `next` of the previous page as it is");
    return p.o;
  };

  route("search", async (req) => {
    const q = req.query as { q: string; limit?: number; cursor?: string };
    const limit = q.limit ?? PAGE.search.default;
    const fk = filterKey(q);
    const offset = Math.min(offsetOf(q, "search", fk), MAX_SEARCH_HITS);
    const end = Math.min(offset + limit, MAX_SEARCH_HITS);
    const actors = await actorInfo();
    // a page of the ranking (the first MAX_SEARCH_HITS of it can be paged through)
    const { more, ...answer } = await storeRead(() => searchArticles(store, q.q, { limit: Math.max(1, end - offset), offset, storedActors: [...actors.map.values()] }));
    const next = more && end < MAX_SEARCH_HITS ? encodeCursor("search", fk, { o: end }) : null;
    return { ...answer, limit, count: answer.hits.length, next };
  });

  route("actors", async (req) => {
    const q = req.query as { type?: string; limit?: number; cursor?: string };
    const limit = q.limit ?? PAGE.actors.default;
    const fk = filterKey(q);
    const offset = offsetOf(q, "actors", fk);
    const rows = await storeRead(() => store.actors({ type: q.type, limit: limit + 1, offset }));
    const page = rows.slice(0, limit);
    return { limit, count: page.length, next: rows.length > limit ? encodeCursor("actors", fk, { o: offset + limit }) : null, actors: page };
  });

  // The network of up to `limit` story events, read a chunk at a time (flat memory).
  route("network", async (req) => {
    const q = req.query as FilterQuery & { by?: "actor" | "state" };
    const actors = await actorInfo();
    const net = new NetworkBuilder(actors.map, { by: q.by ?? "actor" });
    const state = { next: null as Position | null, count: 0 };
    for await (const events of storyPages((f) => store.timeline(f), filterOf(q), { o: 0 }, q.limit ?? 5000, CHUNK.network, state)) net.add(events);
    return net.result();
  });

  // The actor names search matches queries against, built once per process: now, not on the first search.
  setTimeout(() => void dictionaryActors(), 0).unref();

  const doc = openApiDocument();
  app.get("/api/openapi.json", async () => doc);

  registerStatic(app, { webDir: o.webDir, cache: o.cacheStatic });
  return app;
}
