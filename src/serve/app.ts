/**
 * The HTTP API and the web page (`thoisu serve`), on fastify. Reads go straight to the store;
 * analysis runs in a worker pool (created on first use); writes need the bearer token and are
 * serialised (one ingest at a time). Every input is validated by the route's JSON schema and
 * refused with a 400 that says what is wrong.
 */
import { timingSafeEqual, createHash } from "node:crypto";
import { STATUS_CODES } from "node:http";
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { Capture, CallerOptions } from "../envelope/types.js";
import type { InputItem } from "../capture/inputs.js";
import type { ActorStat, Store, TimelineFilter } from "../store/store.js";
import { newDoc } from "../envelope/doc.js";
import { ANALYZER_VERSION } from "../record/record.js";
import { createPool, type Pool } from "../ingest/pool.js";
import { ingestInputs } from "../ingest/ingest.js";
import { ROUTES, type RouteName, type RouteSpec } from "./routes.js";
import { openApiDocument } from "./openapi.js";
import { actorNetwork, articleView, namesFor, timelineRow } from "./views.js";
import { registerStatic } from "./static.js";
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
}

export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;

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
    case "enum":
      return `${path} must be one of ${(p.allowedValues as unknown[]).filter((v) => String(v) === String(v).toUpperCase() || !/[a-z]/.test(String(v))).join(", ")}`;
    case "pattern": {
      const pat = String(p.pattern);
      if (pat.includes("0-9a-f")) return `${path} must be an article id (hex digits)`;
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
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit,
    requestTimeout: 120_000,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: "array", allErrors: true } },
  });

  app.addContentTypeParser(["text/html", "application/xhtml+xml"], { parseAs: "string", bodyLimit }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err: FastifyError, req, reply) => {
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
      req.log.error(err);
      return reply.code(code).send(errorBody(code, "internal error; see the server's log"));
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

  // Analysis workers, started on the first request that needs them.
  let pool: Pool | null = null;
  const analyser = () => (pool ??= createPool(o.jobs ?? 1, now()));
  app.addHook("onClose", async () => {
    if (pool) await pool.close();
  });

  // Actor names and stats, kept a few seconds (and dropped after an ingest through this server).
  let actorCache: { at: number; map: Map<string, ActorStat>; names: Map<string, string> } | null = null;
  const actorInfo = async () => {
    if (!actorCache || Date.now() - actorCache.at > 5000) {
      const list = await store.actors({ limit: 0 });
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
      ...(r.write ? { onRequest: requireToken } : {}),
      handler,
    });
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

  route("health", async () => ({ ok: true, backend: store.backend, analyzer: ANALYZER_VERSION, writes: Boolean(tokenHash), stats: await store.stats() }));

  route("analyze", async (req, reply) => {
    const { capture, options } = captureOf(req.body, req.headers["content-type"], req.query as CaptureQuery);
    const r = await analyser().run({ n: 0, capture, options });
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

  route("timeline", async (req) => {
    const q = req.query as FilterQuery;
    const limit = q.limit ?? 200;
    const offset = q.offset ?? 0;
    const [events, actors] = await Promise.all([store.timelineRows({ ...filterOf(q), limit: limit === 0 ? 0 : limit + 1, offset }), actorInfo()]);
    const more = limit > 0 && events.length > limit;
    const rows = (more ? events.slice(0, limit) : events).map(timelineRow);
    return { offset, limit, count: rows.length, more, names: namesFor(rows, actors.names), events: rows };
  });

  route("stories", async (req) => {
    const q = req.query as { q?: string; min_articles?: number; limit?: number; offset?: number };
    const limit = q.limit ?? 100;
    const offset = q.offset ?? 0;
    const list = await store.stories({ query: q.q?.trim() || undefined, minArticles: q.min_articles, limit: limit + 1, offset });
    const more = list.length > limit;
    const stories = more ? list.slice(0, limit) : list;
    return { offset, limit, count: stories.length, more, stories };
  });

  route("story", async (req, reply) => {
    const { id } = req.params as { id: string };
    const t = await store.story(id);
    if (!t) return reply.code(404).send(errorBody(404, `no story with id ${id}`));
    return t;
  });

  route("events", async (req) => {
    const q = req.query as FilterQuery;
    const limit = q.limit ?? 200;
    const offset = q.offset ?? 0;
    const events = await store.timeline({ ...filterOf(q), limit, offset });
    return { offset, limit, count: events.length, events };
  });

  route("article", async (req, reply) => {
    const { id } = req.params as { id: string };
    const a = await store.article(id);
    if (!a) return reply.code(404).send(errorBody(404, `no stored article with id ${id}`));
    return articleView(a);
  });

  route("search", async (req) => {
    const q = req.query as { q: string; limit?: number };
    const actors = await actorInfo();
    return searchArticles(store, q.q, { limit: q.limit ?? 20, storedActors: [...actors.map.values()] });
  });

  route("actors", async (req) => {
    const q = req.query as { type?: string; limit?: number };
    return { actors: await store.actors({ type: q.type, limit: q.limit ?? 200 }) };
  });

  route("network", async (req) => {
    const q = req.query as FilterQuery & { by?: "actor" | "state" };
    const [events, actors] = await Promise.all([store.timeline({ ...filterOf(q), limit: q.limit ?? 5000 }), actorInfo()]);
    return actorNetwork(events, actors.map, { by: q.by ?? "actor" });
  });

  // The actor names search matches queries against, built once per process: now, not on the first search.
  setTimeout(() => void dictionaryActors(), 0).unref();

  const doc = openApiDocument();
  app.get("/api/openapi.json", async () => doc);

  registerStatic(app, { webDir: o.webDir, cache: o.cacheStatic });
  return app;
}
