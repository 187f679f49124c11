/**
 * The API's routes as data: method, path, schemas, whether it writes. The server registers its
 * handlers against these, and the OpenAPI document is built from them (src/serve/openapi.ts).
 */
import * as S from "./schemas.js";

export interface RouteSpec {
  method: "GET" | "POST";
  url: string;
  summary: string;
  description?: string;
  /** Needs the bearer token (a write endpoint). */
  write?: boolean;
  bodyLimit?: number;
  schema: {
    querystring?: object;
    params?: object;
    body?: object;
    response?: Record<string, object>;
  };
}

const errors = { "4xx": S.errorSchema, "5xx": S.errorSchema };

/** The paging note of a list endpoint (the convention: see PAGING in src/serve/openapi.ts). */
const paged = (p: { default: number; max: number }, items: string) =>
  `Paged: \`limit\` ${items} per page (default ${p.default}, at most ${p.max}); the answer's \`next\` is the cursor of the following page (pass it as \`cursor\` with the same filters), null on the last page.`;

export const ROUTES = {
  health: {
    method: "GET",
    url: "/health",
    summary: "Liveness and what the server is connected to",
    schema: { response: { 200: S.healthResponse, ...errors } },
  },
  analyze: {
    method: "POST",
    url: "/api/analyze",
    summary: "Analyse one capture; returns the analysis record (spec/CONTRACT.md). Stores nothing.",
    description:
      "JSON `{text|html, url?, fetched_at?, date?, id?}`, or the raw page as a `text/plain` or `text/html` body with `url`, `fetched_at`, `date` in the query string. A capture over the analysis size limit (default 2 MiB) gets 413; the analysis has a time budget (default 20 s: 422 when spent). Requests wait for a worker in a bounded queue served client by client: 429 when this client already has 4 waiting or running, 503 (with Retry-After) when the queue is full.",
    schema: { querystring: S.captureQuery, body: S.analyzeBody, response: errors },
  },
  ingest: {
    method: "POST",
    url: "/api/ingest",
    summary: "Analyse captures and store them (needs the bearer token)",
    description:
      "One capture as JSON (as for /api/analyze), `{captures: [...], date?}` (at most 500), or a raw `text/plain` / `text/html` body. The batch is stored in one transaction; known captures are not stored again.",
    write: true,
    schema: { querystring: S.captureQuery, body: S.ingestBody, response: { 200: S.ingestResponse, ...errors } },
  },
  stories: {
    method: "GET",
    url: "/api/stories",
    summary: "Stories (articles and their events grouped by sides, names, words, places and time), the most recently active first",
    description: paged(S.PAGE.stories, "stories"),
    schema: { querystring: S.storiesQuery, response: { 200: S.storiesResponse, ...errors } },
  },
  story: {
    method: "GET",
    url: "/api/stories/:id",
    summary: "One story: its articles and why each belongs, the stories joined into it, its events per month; its timeline is /api/timeline?story=ID",
    schema: { params: S.storyParams, response: { 200: S.storyResponse, ...errors } },
  },
  timeline: {
    method: "GET",
    url: "/api/timeline",
    summary: "Story events in date order, one row each (date, participants, type, status, sources)",
    description: `${paged(S.PAGE.timeline, "story events")} The answer streams; \`names\` (actor id → name) and the paging fields come after the rows.`,
    schema: { querystring: S.timelineQuery, response: { 200: S.timelineResponse, ...errors } },
  },
  events: {
    method: "GET",
    url: "/api/events",
    summary: "Story events with their claims and every source event, in date order",
    description: `${paged(S.PAGE.events, "story events")} The answer streams.`,
    schema: { querystring: S.eventsQuery, response: { 200: S.eventsResponse, ...errors } },
  },
  article: {
    method: "GET",
    url: "/api/articles/:id",
    summary: "One stored article: its record, its text and the highlight spans (dates, actors, events)",
    schema: { params: S.idParams, response: { 200: S.articleResponse, ...errors } },
  },
  search: {
    method: "GET",
    url: "/api/search",
    summary: "Articles naming the query's actors (by id, name or alias) or holding its words, each with a snippet, outlet and date",
    description:
      `${paged(S.PAGE.search, "articles")} The first ${S.MAX_SEARCH_HITS} hits of the ranking can be paged through. ` +
      "An article naming the actors and holding the other words ranks first, then articles naming the actors (most mentions first), then those holding the words (exact diacritics before folded). `date` is the published date, else the reference date (`dateBasis`). `snippet.marks` are [start, end) offsets of the matches in `snippet.text`.",
    schema: { querystring: S.searchQuery, response: { 200: S.searchResponse, ...errors } },
  },
  actors: {
    method: "GET",
    url: "/api/actors",
    summary: "Actors by mention count",
    description: paged(S.PAGE.actors, "actors"),
    schema: { querystring: S.actorsQuery, response: { 200: S.actorsResponse, ...errors } },
  },
  network: {
    method: "GET",
    url: "/api/network",
    summary: "Who consulted or confronted whom: actor → recipient edges of the (filtered) story events",
    schema: { querystring: S.networkQuery, response: { 200: S.networkResponse, ...errors } },
  },
} satisfies Record<string, RouteSpec>;

export type RouteName = keyof typeof ROUTES;
