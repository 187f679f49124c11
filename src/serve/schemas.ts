/**
 * JSON schemas of the HTTP API: fastify validates requests with them (and serialises the hot
 * responses with them), and src/serve/openapi.ts builds the OpenAPI document from the same
 * objects, so the document cannot drift from what the server checks.
 */

const DATE_BOUND = "^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$";
/** YYYY-MM-DD with an optional time, as the CLI's --date / --fetched-at take it. */
/** Only web addresses: a `javascript:` or `data:` URL must never become a link. */
export const HTTP_URL = "^[Hh][Tt][Tt][Pp][Ss]?://";
const DATE_OPTION = "^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?$";

export const PLOVER_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

/** Cooperation (verbal and material) vs conflict: the two colours of the actor network. */
export const COOPERATION = new Set<string>(PLOVER_TYPES.slice(0, 7));

export const ACTOR_TYPES = ["person", "gpe", "place", "org", "media"] as const;

const nullableString = { type: ["string", "null"] } as const;
const stringList = { type: "array", items: { type: "string" } } as const;

export const errorSchema = {
  type: "object",
  properties: {
    statusCode: { type: "integer" },
    error: { type: "string" },
    message: { type: "string" },
    details: stringList,
  },
  required: ["statusCode", "error", "message"],
} as const;

/** A story's id (see src/story/threads.ts `threadId`). */
const STORY_ID = "^s[0-9a-f]{15}$";

/** Filters shared by the timeline, the events and the network. */
const filterProps = {
  q: { type: "string", maxLength: 200, description: "Only story events some of whose articles match this search (diacritics optional; a query of actor names keeps those whose articles name them, however spelt)." },
  actor: { type: "string", maxLength: 200, description: "Actor id, code or (part of a) name." },
  type: { type: "string", enum: [...PLOVER_TYPES, ...PLOVER_TYPES.map((t) => t.toLowerCase())], description: "PLOVER event type." },
  from: { type: "string", pattern: DATE_BOUND, description: "Inclusive lower bound on the event date: YYYY, YYYY-MM or YYYY-MM-DD." },
  to: { type: "string", pattern: DATE_BOUND, description: "Inclusive upper bound on the event date." },
  story: { type: "string", pattern: STORY_ID, description: "Only the story events of this story (an id from /api/stories)." },
} as const;

/**
 * Paging, the same on every list endpoint: `limit` is the page size (a default, and a maximum
 * above which the request is refused), `cursor` the `next` of the page before (opaque; null on
 * the last page). A cursor is bound to its list and filters. Pages are cut by position (keyset)
 * where the order allows, so a page costs the same wherever it starts.
 */
export const PAGE = {
  timeline: { default: 200, max: 1000 },
  events: { default: 100, max: 200 },
  search: { default: 20, max: 100 },
  actors: { default: 200, max: 1000 },
  stories: { default: 100, max: 500 },
} as const;
/** How deep `offset` may go (cursors go anywhere). */
export const MAX_OFFSET = 100_000;
/** Search hits reachable by paging (a ranked list: its tail is noise). */
export const MAX_SEARCH_HITS = 1000;
/** Story events the network is drawn from, at most. */
export const MAX_NETWORK_EVENTS = 20_000;

const cursorProp = { type: "string", maxLength: 400, pattern: "^[A-Za-z0-9_-]+$", description: "The `next` of the previous page: where this page starts (opaque)." } as const;
const limitProp = (p: { default: number; max: number }, what: string) =>
  ({ type: "integer", minimum: 1, maximum: p.max, default: p.default, description: `${what} per page (at most ${p.max}; follow \`next\` for more).` }) as const;
/** Paging fields of every list response. */
const pageProps = {
  limit: { type: "integer", description: "The page size asked for." },
  count: { type: "integer", description: "Items in this page (never more than `limit`)." },
  next: { type: ["string", "null"], description: "Cursor of the next page (pass it as `cursor`); null on the last page." },
} as const;

export const timelineQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...filterProps,
    limit: limitProp(PAGE.timeline, "Story events"),
    cursor: cursorProp,
    offset: { type: "integer", minimum: 0, maximum: MAX_OFFSET, default: 0, description: `Skip this many story events (at most ${MAX_OFFSET}; prefer \`cursor\`).` },
  },
} as const;

export const eventsQuery = {
  ...timelineQuery,
  properties: { ...timelineQuery.properties, limit: limitProp(PAGE.events, "Story events") },
} as const;

export const networkQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    ...filterProps,
    limit: { type: "integer", minimum: 1, maximum: MAX_NETWORK_EVENTS, default: 5000, description: "How many story events to draw the network from." },
    by: { type: "string", enum: ["actor", "state"], default: "actor", description: "actor: a node per actor; state: people, bodies and places folded into their state's or organisation's node." },
  },
} as const;

/** One row of the timeline: what the page shows, without the sources' full records. */
export const timelineRow = {
  type: "object",
  properties: {
    id: { type: "string" },
    date: nullableString,
    precision: { type: "string" },
    sort: nullableString,
    type: { type: "string" },
    mode: nullableString,
    participants: stringList,
    actor: stringList,
    recipient: stringList,
    thirdParty: stringList,
    location: nullableString,
    status: { type: "string" },
    contested: { type: "boolean" },
    dateContested: { type: "boolean", description: "Sources give dates that disagree; `date` is the one most give." },
    actorCodes: { ...stringList, description: "Codes of who acted, in the direction most sources give." },
    recipientCodes: { ...stringList, description: "Codes of whom it was done to." },
    story: { ...nullableString, description: "The story the event belongs to." },
    sourceCount: { type: "integer" },
    sentence: { type: "string" },
    first: {
      type: ["object", "null"],
      properties: { articleId: { type: "string" }, eventId: { type: "string" }, outlet: nullableString, title: nullableString, url: nullableString, published: nullableString },
    },
  },
  required: ["id", "type", "status", "contested", "sourceCount"],
} as const;

export const timelineResponse = {
  type: "object",
  properties: {
    ...pageProps,
    more: { type: "boolean", description: "True when there is a next page (`next` is not null)." },
    names: { type: "object", additionalProperties: { type: "string" }, description: "Actor id → display name for the ids in the rows." },
    events: { type: "array", items: timelineRow },
  },
  required: ["limit", "count", "next", "more", "names", "events"],
} as const;

/** Full story events (claims and every source): passed through as the store returns them. */
export const eventsResponse = {
  type: "object",
  properties: {
    ...pageProps,
    events: { type: "array", items: { type: "object", additionalProperties: true } },
  },
  required: ["limit", "count", "next", "events"],
} as const;

export const idParams = {
  type: "object",
  additionalProperties: false,
  properties: { id: { type: "string", pattern: "^[0-9a-f]{8,64}$", description: "Article id (hex hash of the capture)." } },
  required: ["id"],
} as const;

export const articleResponse = {
  type: "object",
  additionalProperties: true,
  properties: {
    id: { type: "string" },
    url: nullableString,
    outlet: nullableString,
    title: nullableString,
    published: nullableString,
    duplicateOf: nullableString,
    analyzerVersion: { type: "string" },
    text: { type: "string", description: "The article text all offsets index: [title, lead, ...paragraphs] joined by two newlines." },
    sections: { type: "array", items: { type: "object", additionalProperties: true } },
    spans: {
      type: "array",
      description: "Highlights: dates (normalised value), actor mentions (identity) and event sentences, by offset.",
      items: { type: "object", additionalProperties: true },
    },
    record: { type: "object", additionalProperties: true, description: "The analysis record (spec/CONTRACT.md)." },
  },
} as const;

export const searchQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    q: { type: "string", minLength: 1, maxLength: 200, description: "Search words; diacritics optional." },
    limit: limitProp(PAGE.search, "Articles"),
    cursor: cursorProp,
  },
  required: ["q"],
} as const;

const namedActor = {
  type: "object",
  properties: { id: { type: "string" }, name: { type: "string" }, type: { type: "string" }, code: nullableString },
} as const;

export const searchResponse = {
  type: "object",
  properties: {
    query: { type: "string" },
    ...pageProps,
    actors: { type: "array", items: namedActor, description: "The actors the query names (by id, name, code or alias)." },
    words: { ...stringList, description: "The query's words, folded (lower case, no diacritics), as the text is searched and marked." },
    hits: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          title: nullableString,
          outlet: nullableString,
          url: nullableString,
          published: nullableString,
          date: { ...nullableString, description: "The published date, else the reference date the analysis used." },
          dateBasis: { type: ["string", "null"], enum: ["published", "reference", null] },
          match: { type: "string", enum: ["actor", "exact", "folded"], description: "actor: names the query's actors; exact / folded: holds its words with / without their diacritics." },
          actors: { ...stringList, description: "Ids of the query's actors the article names." },
          score: { type: "number" },
          snippet: {
            type: "object",
            properties: {
              text: { type: "string" },
              marks: { type: "array", items: { type: "array", items: { type: "integer" }, minItems: 2, maxItems: 2 } },
              cutStart: { type: "boolean" },
              cutEnd: { type: "boolean" },
            },
          },
        },
      },
    },
  },
  required: ["query", "limit", "count", "next", "actors", "words", "hits"],
} as const;

export const actorsQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    type: { type: "string", enum: [...ACTOR_TYPES] },
    limit: limitProp(PAGE.actors, "Actors"),
    cursor: cursorProp,
  },
} as const;

export const actorsResponse = {
  type: "object",
  properties: {
    ...pageProps,
    actors: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          name: { type: "string" },
          type: { type: "string" },
          code: nullableString,
          mentions: { type: "integer" },
          articles: { type: "integer" },
        },
      },
    },
  },
  required: ["limit", "count", "next", "actors"],
} as const;

export const networkResponse = {
  type: "object",
  properties: {
    events: { type: "integer", description: "Story events the network was drawn from." },
    by: { type: "string", enum: ["actor", "state"] },
    nodes: {
      type: "array",
      items: {
        type: "object",
        properties: { id: { type: "string" }, name: { type: "string" }, type: nullableString, code: nullableString, events: { type: "integer" } },
      },
    },
    edges: {
      type: "array",
      items: {
        type: "object",
        properties: {
          source: { type: "string" },
          target: { type: "string" },
          kind: { type: "string", enum: ["cooperation", "conflict"] },
          directed: { type: "boolean", description: "True: source acted on target; false: they acted together (no recipient)." },
          count: { type: "integer" },
          types: { type: "object", additionalProperties: { type: "integer" } },
        },
      },
    },
  },
  required: ["events", "nodes", "edges"],
} as const;

export const healthResponse = {
  type: "object",
  properties: {
    ok: { type: "boolean" },
    backend: { type: "string" },
    analyzer: { type: "string" },
    writes: { type: "boolean", description: "Whether write endpoints are enabled (a token is configured)." },
    stats: { type: "object", additionalProperties: { type: "integer" }, description: "The store's counts, refreshed at most every 10 s." },
    reads: { type: "integer", description: "Read requests in progress." },
    analysis: { type: "object", properties: { running: { type: "integer" }, waiting: { type: "integer" } }, description: "Analysis requests running and waiting." },
  },
  required: ["ok", "backend"],
} as const;

const captureProps = {
  text: { type: "string", minLength: 1, description: "A plain-text capture of the page." },
  html: { type: "string", minLength: 1, description: "The page's HTML." },
  id: { type: "string", maxLength: 200, description: "The caller's record id (comes back as source.record_id)." },
  url: { type: "string", maxLength: 2000, format: "uri", pattern: HTTP_URL, description: "The page's address (http or https)." },
  fetched_at: { type: "string", pattern: DATE_OPTION },
} as const;
const dateProp = { type: "string", pattern: DATE_OPTION, description: "Reference date to use when the page states none." } as const;
const textOrHtml = [{ required: ["text"] }, { required: ["html"] }] as const;

/** One capture as JSON (the CONTRACT's JSONL input line, plus the caller's options). */
export const captureBody = {
  type: "object",
  additionalProperties: false,
  properties: { ...captureProps, date: dateProp },
  oneOf: textOrHtml,
} as const;

export const captureQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    url: { type: "string", maxLength: 2000, format: "uri", pattern: HTTP_URL, description: "The page's address (http or https)." },
    fetched_at: { type: "string", pattern: DATE_OPTION },
    date: { type: "string", pattern: DATE_OPTION },
  },
} as const;

const rawBody = { type: "string", minLength: 1 } as const;

export const analyzeBody = {
  content: {
    "application/json": { schema: captureBody },
    "text/plain": { schema: rawBody },
    "text/html": { schema: rawBody },
  },
} as const;

export const ingestBody = {
  content: {
    "application/json": {
      schema: {
        type: "object",
        additionalProperties: false,
        description: "One capture (as for /api/analyze), or `captures`: a batch of them sharing `date`.",
        properties: {
          ...captureProps,
          date: dateProp,
          captures: { type: "array", minItems: 1, maxItems: 500, items: { type: "object", additionalProperties: false, properties: captureProps, oneOf: textOrHtml } },
        },
        oneOf: [...textOrHtml, { required: ["captures"] }],
      },
    },
    "text/plain": { schema: rawBody },
    "text/html": { schema: rawBody },
  },
} as const;

export const ingestResponse = {
  type: "object",
  properties: {
    ids: stringList,
    seen: { type: "integer" },
    added: { type: "integer" },
    duplicates: { type: "integer" },
    sameUrl: { type: "integer" },
    nearDuplicates: { type: "integer" },
    replaced: { type: "integer" },
    storiesCreated: { type: "integer" },
    storiesJoined: { type: "integer" },
    problems: { type: "integer" },
    errors: stringList,
  },
} as const;

export const storiesQuery = {
  type: "object",
  additionalProperties: false,
  properties: {
    q: { type: "string", maxLength: 200, description: "Only stories some of whose articles match this search (diacritics optional)." },
    min_articles: { type: "integer", minimum: 1, maximum: 100000, default: 1, description: "Only stories of at least this many articles." },
    limit: limitProp(PAGE.stories, "Stories"),
    cursor: cursorProp,
  },
} as const;

const story = {
  type: "object",
  properties: {
    id: { type: "string" },
    name: { type: "string", description: "Its main pair of sides and what mostly happens between them." },
    first: nullableString,
    last: nullableString,
    sides: { ...stringList, description: "Codes of its main sides, heaviest first." },
    sideNames: { type: "object", additionalProperties: { type: "string" } },
    terms: stringList,
    places: { ...stringList, description: "Where it happens most, heaviest first." },
    events: { type: "integer" },
    articles: { type: "integer" },
    updatedAt: { type: "string" },
  },
  required: ["id", "name", "sides", "events", "articles"],
} as const;

export const storiesResponse = {
  type: "object",
  properties: {
    ...pageProps,
    stories: { type: "array", items: story },
  },
  required: ["limit", "count", "next", "stories"],
} as const;

export const storyParams = {
  type: "object",
  additionalProperties: false,
  properties: { id: { type: "string", pattern: STORY_ID, description: "Story id (an old id of a story joined into another answers for it)." } },
  required: ["id"],
} as const;

export const storyResponse = {
  type: "object",
  properties: {
    ...story.properties,
    members: { type: "array", description: "Its articles, the most recently stored first (at most 200), with why each belongs.", items: { type: "object", additionalProperties: true } },
    joined: { type: "array", description: "Stories joined into this one, and why.", items: { type: "object", additionalProperties: true } },
    months: {
      type: "array",
      description: "Its story events per month, cooperation and conflict apart (the chart).",
      items: { type: "object", properties: { month: { type: "string" }, cooperation: { type: "integer" }, conflict: { type: "integer" } } },
    },
  },
  required: [...story.required, "members", "joined", "months"],
} as const;
