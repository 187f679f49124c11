/** The OpenAPI 3.1 document of the API, built from the route table and its JSON schemas. */
import { ANALYZER_VERSION } from "../record/record.js";
import { ROUTES, type RouteSpec } from "./routes.js";

type Json = Record<string, unknown>;

/** Drops fastify-only keywords and `undefined`s so the schema is plain JSON Schema. */
function clean(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(clean);
  if (!schema || typeof schema !== "object") return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) if (v !== undefined) out[k] = clean(v);
  return out;
}

function parameters(schema: object | undefined, where: "query" | "path"): Json[] {
  if (!schema) return [];
  const s = schema as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(s.properties ?? {}).map(([name, p]) => {
    const { description, ...rest } = p;
    return {
      name,
      in: where,
      required: where === "path" || (s.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: clean(rest),
    };
  });
}

function operation(name: string, r: RouteSpec): Json {
  const responses: Json = {};
  for (const [code, schema] of Object.entries(r.schema.response ?? {})) {
    const desc = code === "200" ? "OK" : code === "4xx" ? "Bad request (a clear message says what is wrong), unauthorised, not found, too large" : "Server error";
    responses[code.toUpperCase()] = { description: desc, content: { "application/json": { schema: clean(schema) } } };
  }
  if (!responses["200"]) responses["200"] = { description: "The analysis record (spec/CONTRACT.md)", content: { "application/json": { schema: { type: "object" } } } };
  const op: Json = {
    operationId: name,
    summary: r.summary,
    ...(r.description ? { description: r.description } : {}),
    parameters: [...parameters(r.schema.params, "path"), ...parameters(r.schema.querystring, "query")],
    responses,
  };
  if (r.schema.body) {
    const body = r.schema.body as { content: Record<string, { schema: unknown }> };
    op.requestBody = { required: true, content: Object.fromEntries(Object.entries(body.content).map(([t, c]) => [t, { schema: clean(c.schema) }])) };
  }
  if (r.write) op.security = [{ bearer: [] }];
  return op;
}

/** The paging convention every list endpoint follows (and new ones must). */
export const PAGING = [
  "**Paging.** Every list endpoint takes `limit` (the page size: each endpoint has a default and a maximum; a larger `limit` is refused with 400) and `cursor`.",
  "Its answer has `limit`, `count` (items in this page, never more than `limit`) and `next`: the cursor of the following page, or null on the last page.",
  "To read a whole list, repeat the request with `cursor` set to the previous answer's `next`, the filters unchanged, until `next` is null.",
  "Cursors are opaque strings, bound to their list and filters (another list's cursor, or changed filters, get 400).",
  "Story event lists are paged by position (date, id), so a page costs the same wherever it starts; `offset` (at most 100000) is kept for old clients.",
  "**Load.** Reads in progress are limited in all (503 with Retry-After when full) and per client address (429); an answer the client does not read is cut after 30 s.",
].join(" ");

export function openApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const [name, r] of Object.entries(ROUTES) as Array<[string, RouteSpec]>) {
    const path = r.url.replace(/:(\w+)/g, "{$1}");
    (paths[path] ??= {})[r.method.toLowerCase()] = operation(name, r);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "thoisu API",
      version: ANALYZER_VERSION,
      description: `Vietnamese news captures to sourced political event data and story timelines. Read-only unless the server has a token; write endpoints take \`Authorization: Bearer <token>\`.\n\n${PAGING}`,
    },
    servers: [{ url: "/" }],
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
