import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer } from "../src/serve/app.js";
import { openSqlite } from "../src/store/sqlite.js";
import type { Store } from "../src/store/store.js";
import { articleSpans, articleText, actorNetwork, webUrl } from "../src/serve/views.js";
import { openApiDocument } from "../src/serve/openapi.js";
import { readToken } from "../src/cli/commands/serve.js";
import { ROUTES } from "../src/serve/routes.js";
import { syntheticArticles } from "../src/serve/synthetic.js";
import { mkPrepared, mkRecord, TALKS_PARAS } from "./store-fixtures.js";
import { PINNED_NOW } from "./helpers/shared.js";

const TOKEN = "test-token-0123456789";
const AUTH = { authorization: `Bearer ${TOKEN}` };

/** Our own words: a page the real pipeline analyses (dates, actors, a meeting). */
const PAGE = [
  "Ngoại trưởng Nga và Mỹ gặp nhau tại Geneva",
  "Ngoại trưởng Nga Sergei Lavrov và Ngoại trưởng Mỹ Antony Blinken đã gặp nhau tại Geneva ngày 21/1/2022 để bàn về an ninh châu Âu.",
  "Hai bên nhất trí sẽ tiếp tục trao đổi trong những tuần tới.",
].join("\n\n");

const HTML_PAGE =
  "<html><head><title>Tin</title></head><body><article><h1>Ngoại trưởng Nga và Mỹ gặp nhau</h1>" +
  PAGE.split("\n\n")
    .slice(1)
    .map((p) => `<p>${p} Theo thông cáo của hai bộ ngoại giao được công bố sau cuộc gặp kéo dài nhiều giờ, các bên còn nhiều bất đồng.</p>`)
    .join("") +
  "<p>Các nhà quan sát cho rằng cuộc gặp là bước đi cần thiết để giảm căng thẳng, dù hai bên vẫn còn nhiều bất đồng lớn về các vấn đề an ninh.</p></article></body></html>";

let store: Store;
let app: FastifyInstance;
let readOnly: FastifyInstance;
let ids: string[];

before(async () => {
  store = await openSqlite(":memory:", () => PINNED_NOW);
  const arts = [
    mkPrepared({
      title: "Nga và Ukraine đàm phán tại Istanbul",
      paragraphs: TALKS_PARAS,
      url: "https://a.example.vn/1.html",
      outlet: "Báo A",
      published: "2022-03-30T08:00:00+07:00",
      actors: ["Russia", "Ukraine", "Istanbul"],
      events: [
        { type: "CONSULT", actor: ["Russia"], recipient: ["Ukraine"], date: "2022-03-29", location: "Istanbul", status: "occurred" },
        { type: "ACCUSE", actor: ["Ukraine"], recipient: ["Russia"], date: "2022-04-02" },
      ],
    }),
    mkPrepared({
      title: "Vòng đàm phán mới ở Istanbul",
      paragraphs: ["Một bài khác với lời lẽ riêng về cùng cuộc gặp, do một tờ báo khác đưa tin.", "Nguồn tin phía Ukraine phủ nhận rằng cuộc gặp đã diễn ra như mô tả."],
      url: "https://b.example.vn/2.html",
      outlet: "Báo B",
      published: "2022-03-31",
      actors: ["Russia", "Ukraine"],
      events: [{ type: "CONSULT", actor: ["Ukraine"], recipient: ["Russia"], date: "2022-03-29", status: "denied" }],
    }),
    mkPrepared({
      title: "Mỹ viện trợ cho Ukraine",
      paragraphs: ["Mỹ công bố gói viện trợ mới cho Ukraine trong tháng 5 năm 2022, theo lời các quan chức."],
      outlet: "Báo C",
      published: "2022-05-10",
      actors: ["United_States", "Ukraine"],
      events: [{ type: "AID", actor: ["United_States"], recipient: ["Ukraine"], date: "2022-05" }],
    }),
  ];
  await store.ingest(arts);
  ids = arts.map((a) => a.record.id);
  app = await buildServer({ store, token: TOKEN, jobs: 0, now: () => PINNED_NOW, bodyLimit: 64 * 1024 });
  readOnly = await buildServer({ store, token: null, jobs: 0, now: () => PINNED_NOW });
});

after(async () => {
  await app.close();
  await readOnly.close();
  await store.close();
});

interface Case {
  name: string;
  method?: "GET" | "POST";
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  server?: () => FastifyInstance;
  status: number;
  /** A fragment of the error message, or a check of the JSON body. */
  message?: RegExp;
  check?(body: Record<string, unknown>): void;
}

const CASES: Case[] = [
  { name: "health", url: "/health", status: 200, check: (b) => (assert.equal(b.ok, true), assert.equal(b.backend, "sqlite"), assert.equal(b.writes, true)) },
  { name: "read-only server says writes are off", url: "/health", server: () => readOnly, status: 200, check: (b) => assert.equal(b.writes, false) },
  {
    name: "timeline in date order, contested story with two sources",
    url: "/api/timeline",
    status: 200,
    check: (b) => {
      const ev = b.events as Array<Record<string, unknown>>;
      assert.deepEqual(
        ev.map((e) => [e.type, e.date]),
        [
          ["CONSULT", "2022-03-29"],
          ["ACCUSE", "2022-04-02"],
          ["AID", "2022-05"],
        ],
      );
      assert.equal(ev[0]!.sourceCount, 2);
      assert.equal(ev[0]!.contested, true);
      assert.equal(ev[0]!.status, "contested");
      assert.deepEqual(ev[0]!.actor, ["Russia"]);
      assert.equal((b.names as Record<string, string>).Russia, "Nga");
      assert.equal(b.more, false);
    },
  },
  { name: "timeline filter by type", url: "/api/timeline?type=aid", status: 200, check: (b) => assert.deepEqual((b.events as Array<{ type: string }>).map((e) => e.type), ["AID"]) },
  { name: "timeline filter by actor code", url: "/api/timeline?actor=USA", status: 200, check: (b) => assert.equal(b.count, 1) },
  { name: "timeline filter by date range", url: "/api/timeline?from=2022-04&to=2022-04-30", status: 200, check: (b) => assert.deepEqual((b.events as Array<{ type: string }>).map((e) => e.type), ["ACCUSE"]) },
  { name: "timeline by query (diacritics optional)", url: "/api/timeline?q=vien%20tro", status: 200, check: (b) => assert.deepEqual((b.events as Array<{ type: string }>).map((e) => e.type), ["AID"]) },
  { name: "timeline paging says there is more", url: "/api/timeline?limit=2", status: 200, check: (b) => (assert.equal(b.count, 2), assert.equal(b.more, true)) },
  { name: "timeline page 2", url: "/api/timeline?limit=2&offset=2", status: 200, check: (b) => (assert.equal(b.count, 1), assert.equal(b.more, false)) },
  {
    name: "events: claims and every source",
    url: "/api/events?type=CONSULT",
    status: 200,
    check: (b) => {
      const e = (b.events as Array<{ sources: unknown[]; claims: Array<{ status: string }> }>)[0]!;
      assert.equal(e.sources.length, 2);
      assert.deepEqual(e.claims.map((c) => c.status).sort(), ["denied", "occurred"]);
    },
  },
  {
    name: "search ranks the article",
    url: "/api/search?q=Istanbul",
    status: 200,
    check: (b) => assert.deepEqual((b.hits as Array<{ id: string }>).map((h) => h.id).sort(), [ids[0], ids[1]].sort()),
  },
  { name: "actors by mentions", url: "/api/actors?type=gpe", status: 200, check: (b) => assert.ok((b.actors as Array<{ type: string }>).every((a) => a.type === "gpe") && (b.actors as unknown[]).length === 3) },
  {
    name: "network: conflict and cooperation edges",
    url: "/api/network",
    status: 200,
    check: (b) => {
      const edges = (b.edges as Array<{ source: string; target: string; kind: string }>).map((e) => `${e.source}>${e.target}:${e.kind}`).sort();
      assert.deepEqual(edges, ["Russia>Ukraine:cooperation", "Ukraine>Russia:conflict", "Ukraine>Russia:cooperation", "United_States>Ukraine:cooperation"].sort());
    },
  },
  { name: "openapi lists every route", url: "/api/openapi.json", status: 200, check: (b) => assert.ok(Object.keys(b.paths as object).includes("/api/articles/{id}")) },
  // Bad input: clear 400s.
  { name: "limit not a number", url: "/api/timeline?limit=ten", status: 400, message: /querystring\.limit must be integer/ },
  { name: "limit too large", url: "/api/timeline?limit=999999", status: 400, message: /limit must be <= 1000 \(the largest page: follow `next` for more\)/ },
  { name: "limit 0 (everything) is no page size", url: "/api/timeline?limit=0", status: 400, message: /limit must be >= 1/ },
  { name: "a huge offset is a 400, not a 500", url: "/api/timeline?offset=99999999999999999999", status: 400, message: /offset must be <= 100000/ },
  { name: "events: limit too large", url: "/api/events?limit=201", status: 400, message: /limit must be <= 200/ },
  { name: "actors: limit too large", url: "/api/actors?limit=5000", status: 400, message: /limit must be <= 1000/ },
  { name: "search: limit too large", url: "/api/search?q=Nga&limit=500", status: 400, message: /limit must be <= 100/ },
  { name: "a cursor that is not one", url: "/api/timeline?cursor=bm90LWEtY3Vyc29y", status: 400, message: /not a cursor this server gave/ },
  { name: "a cursor with characters no cursor has", url: "/api/timeline?cursor=%3Cscript%3E", status: 400, message: /not a cursor this server gave/ },
  { name: "actors: a bad type names the types", url: "/api/actors?type=x", status: 400, message: /type must be one of person, gpe, place, org, media$/ },
  { name: "unknown query field", url: "/api/timeline?colour=red", status: 400, message: /unknown field "colour"/ },
  { name: "bad date", url: "/api/timeline?from=2022-13-01", status: 400, message: /from must look like YYYY, YYYY-MM or YYYY-MM-DD/ },
  { name: "bad type", url: "/api/timeline?type=HUG", status: 400, message: /type must be one of AGREE, CONSULT/ },
  { name: "search without words", url: "/api/search", status: 400, message: /"q" is required/ },
  { name: "article id not hex", url: "/api/articles/..%2Fetc", status: 400, message: /params\.id must be an article id \(hex digits\)/ },
  { name: "unknown article", url: "/api/articles/0123456789abcdef01234567", status: 404, message: /no stored article/ },
  { name: "unknown endpoint", url: "/api/nothing", status: 404, message: /no such endpoint: GET \/api\/nothing/ },
  { name: "analyze: both text and html", method: "POST", url: "/api/analyze", body: { text: "a", html: "<p>b</p>" }, status: 400, message: /exactly one of "text" or "html"/ },
  { name: "analyze: neither", method: "POST", url: "/api/analyze", body: { url: "https://x.example/" }, status: 400, message: /exactly one of "text" or "html"/ },
  { name: "analyze: unknown field", method: "POST", url: "/api/analyze", body: { text: "x", lang: "vi" }, status: 400, message: /unknown field "lang"/ },
  { name: "analyze: bad url", method: "POST", url: "/api/analyze", body: { text: "x", url: "nope" }, status: 400, message: /url must be an http:\/\/ or https:\/\/ address/ },
  { name: "analyze: a javascript: url", method: "POST", url: "/api/analyze", body: { text: "x", url: "javascript:alert(1)" }, status: 400, message: /body\.url must be an http:\/\/ or https:\/\/ address/ },
  { name: "analyze: a data: url in the query", method: "POST", url: "/api/analyze?url=data:text/html,x", body: "x", headers: { "content-type": "text/plain" }, status: 400, message: /querystring\.url must be an http:\/\/ or https:\/\/ address/ },
  { name: "ingest: a javascript: url in a batch", method: "POST", url: "/api/ingest", body: { captures: [{ text: "y", url: "JavaScript:alert(1)" }] }, headers: AUTH, status: 400, message: /body\.captures\.0\.url must be an http/ },
  // DNS rebinding: only localhost, IP addresses and configured names.
  { name: "a foreign Host is refused", url: "/api/timeline", headers: { host: "evil.example:8080" }, status: 421, message: /does not answer to the host "evil\.example"/ },
  { name: "an IP Host is answered", url: "/health", headers: { host: "127.0.0.1:8080" }, status: 200 },
  { name: "an IPv6 Host is answered", url: "/health", headers: { host: "[::1]:8080" }, status: 200 },
  { name: "localhost is answered", url: "/health", headers: { host: "localhost" }, status: 200 },
  { name: "analyze: bad date", method: "POST", url: "/api/analyze", body: { text: "x", date: "21/1/2022" }, status: 400, message: /date must look like 2025-05-16/ },
  { name: "analyze: empty text", method: "POST", url: "/api/analyze", body: { text: "" }, status: 400, message: /text must not be empty/ },
  { name: "analyze: invalid JSON", method: "POST", url: "/api/analyze", body: "{oops", headers: { "content-type": "application/json" }, status: 400, message: /not valid JSON/ },
  { name: "analyze: unsupported type", method: "POST", url: "/api/analyze", body: "x", headers: { "content-type": "application/pdf" }, status: 415, message: /unsupported content type/ },
  { name: "analyze: body too large", method: "POST", url: "/api/analyze", body: { text: "a".repeat(70 * 1024) }, status: 413, message: /larger than the limit of 65536 bytes/ },
  { name: "analyze: binary capture", method: "POST", url: "/api/analyze", body: { text: "\u0000\u0001\u0002\u0003".repeat(50) }, status: 422, message: /binary/ },
  // Writes need the token.
  { name: "ingest without token", method: "POST", url: "/api/ingest", body: { text: PAGE }, status: 401, message: /needs Authorization: Bearer/ },
  { name: "ingest with a wrong token", method: "POST", url: "/api/ingest", body: { text: PAGE }, headers: { authorization: "Bearer wrong-token-000000000" }, status: 401, message: /wrong token/ },
  { name: "ingest on a read-only server", method: "POST", url: "/api/ingest", body: { text: PAGE }, headers: AUTH, server: () => readOnly, status: 403, message: /read-only/ },
  { name: "ingest: an empty batch", method: "POST", url: "/api/ingest", body: { captures: [] }, headers: AUTH, status: 400, message: /body\.captures must NOT have fewer than 1 items/ },
  { name: "ingest: text and captures together", method: "POST", url: "/api/ingest", body: { text: "x", captures: [{ text: "y" }] }, headers: AUTH, status: 400, message: /exactly one of "text", "html" or "captures"/ },
  { name: "ingest: a bad capture in a batch", method: "POST", url: "/api/ingest", body: { captures: [{ text: "y" }, { txt: "z" }] }, headers: AUTH, status: 400, message: /body\.captures\.1: unknown field "txt"/ },
];

for (const c of CASES) {
  test(`api: ${c.name}`, async () => {
    const server = c.server?.() ?? app;
    const r = await server.inject({
      method: c.method ?? "GET",
      url: c.url,
      headers: c.headers,
      ...(c.body !== undefined ? { payload: c.body as string | object } : {}),
    });
    assert.equal(r.statusCode, c.status, r.body);
    const body = r.json() as Record<string, unknown>;
    if (c.message) {
      assert.equal(body.statusCode, c.status);
      assert.match(String(body.message), c.message);
    }
    c.check?.(body);
  });
}

test("api: analyze runs the real pipeline (JSON and raw text bodies agree)", async () => {
  const j = await app.inject({ method: "POST", url: "/api/analyze", payload: { text: PAGE, url: "https://x.example.vn/a.html", fetched_at: "2022-01-22T08:00:00Z" } });
  assert.equal(j.statusCode, 200, j.body);
  const rec = j.json();
  assert.equal(rec.title, "Ngoại trưởng Nga và Mỹ gặp nhau tại Geneva");
  assert.equal(rec.source.url, "https://x.example.vn/a.html");
  assert.ok(rec.actors.some((a: { id: string }) => a.id === "Antony_Blinken"), JSON.stringify(rec.actors));
  assert.ok(rec.timexes.some((t: { value: string }) => t.value === "2022-01-21"));
  assert.ok(rec.events.some((e: { type: string }) => e.type === "CONSULT"));
  const raw = await app.inject({ method: "POST", url: "/api/analyze?url=https://x.example.vn/a.html&fetched_at=2022-01-22T08:00:00Z", payload: PAGE, headers: { "content-type": "text/plain; charset=utf-8" } });
  assert.equal(raw.statusCode, 200, raw.body);
  assert.deepEqual(raw.json().events, rec.events);
  const html = await app.inject({ method: "POST", url: "/api/analyze", payload: HTML_PAGE, headers: { "content-type": "text/html" } });
  assert.equal(html.statusCode, 200, html.body);
  assert.ok(html.json().paragraphs.join(" ").includes("Geneva"));
  // Nothing was stored.
  assert.equal((await store.stats()).articles, 3);
});

test("api: ingest stores a capture once; the article then reads back with its spans", async () => {
  const first = await app.inject({ method: "POST", url: "/api/ingest", payload: { text: PAGE, url: "https://x.example.vn/a.html", fetched_at: "2022-01-22T08:00:00Z" }, headers: AUTH });
  assert.equal(first.statusCode, 200, first.body);
  const r = first.json();
  assert.equal(r.added, 1);
  assert.equal(r.ids.length, 1);
  const again = await app.inject({ method: "POST", url: "/api/ingest", payload: { captures: [{ text: PAGE, url: "https://x.example.vn/a.html", fetched_at: "2022-01-22T08:00:00Z" }] }, headers: AUTH });
  assert.equal(again.json().added, 0);
  assert.equal(again.json().duplicates, 1);
  const a = await app.inject({ url: `/api/articles/${r.ids[0]}` });
  assert.equal(a.statusCode, 200, a.body);
  const art = a.json();
  assert.equal(art.text.slice(0, art.sections[0].end), "Ngoại trưởng Nga và Mỹ gặp nhau tại Geneva");
  const kinds = new Set(art.spans.map((s: { kind: string }) => s.kind));
  assert.deepEqual([...kinds].sort(), ["actor", "date", "event"]);
  for (const s of art.spans) assert.ok(s.start >= 0 && s.end <= art.text.length && s.start < s.end);
  const date = art.spans.find((s: { kind: string; value?: string }) => s.kind === "date" && s.value === "2022-01-21");
  assert.ok(date, "the date span carries its normalised value");
  assert.equal(art.text.slice(date.start, date.end), date.text);
  const timeline = await app.inject({ url: "/api/timeline?actor=Blinken" });
  assert.ok(timeline.json().count >= 1);
});

test("views: article text, sections and spans follow the CONTRACT's offsets", () => {
  const { record } = mkRecord({ title: "Tiêu đề", lead: "Sapo", paragraphs: ["Nga gặp Ukraine.", "Đoạn hai."], actors: ["Russia", "Ukraine"] });
  const { text, sections } = articleText(record);
  assert.equal(text, "Tiêu đề\n\nSapo\n\nNga gặp Ukraine.\n\nĐoạn hai.");
  assert.deepEqual(
    sections.map((s) => text.slice(s.start, s.end)),
    ["Tiêu đề", "Sapo", "Nga gặp Ukraine.", "Đoạn hai."],
  );
  const spans = articleSpans(record, text.length);
  // mkRecord adds a zero-length mention per actor: dropped.
  assert.deepEqual(
    spans.map((s) => [s.kind, text.slice(s.start, s.end)]),
    [
      ["actor", "Nga"],
      ["actor", "Ukraine"],
    ],
  );
});

test("views: network links sides of host-less talks, not allies", () => {
  const codes = new Map([
    ["A1", { name: "A one", type: "person", code: "AAA" }],
    ["A2", { name: "A two", type: "gpe", code: "AAA" }],
    ["B1", { name: "B one", type: "gpe", code: "BBB" }],
  ]);
  const src = { actor: ["A1", "A2", "B1"], recipient: [] as string[] };
  const net = actorNetwork([{ type: "CONSULT", sources: [src] } as never], codes);
  assert.deepEqual(net.edges.map((e) => `${e.source}-${e.target}`).sort(), ["A1-B1", "A2-B1"]);
  assert.equal(net.nodes.find((n) => n.id === "B1")!.events, 1);
});

test("openapi: every route, its query parameters and the bearer scheme on writes", () => {
  const doc = openApiDocument() as { paths: Record<string, Record<string, { parameters: Array<{ name: string }>; security?: unknown; requestBody?: { content: Record<string, unknown> } }>> };
  assert.equal(Object.keys(doc.paths).length, Object.keys(ROUTES).length);
  assert.deepEqual(doc.paths["/api/timeline"]!.get!.parameters.map((p) => p.name), ["q", "actor", "type", "from", "to", "story", "limit", "cursor", "offset"]);
  // every list endpoint pages with limit and cursor, and says how
  for (const path of ["/api/timeline", "/api/events", "/api/search", "/api/actors", "/api/stories"]) {
    const op = doc.paths[path]!.get! as unknown as { parameters: Array<{ name: string; schema: { maximum?: number } }>; description?: string };
    assert.ok(op.parameters.find((p) => p.name === "limit")!.schema.maximum, path);
    assert.ok(op.parameters.some((p) => p.name === "cursor"), path);
    assert.match(op.description ?? "", /Paged: `limit`.*`next` is the cursor of the following page/, path);
  }
  assert.match(String((doc as unknown as { info: { description: string } }).info.description), /\*\*Paging\.\*\* Every list endpoint takes `limit`/);
  assert.ok(doc.paths["/api/ingest"]!.post!.security);
  assert.equal(doc.paths["/api/analyze"]!.post!.security, undefined);
  assert.deepEqual(Object.keys(doc.paths["/api/analyze"]!.post!.requestBody!.content).sort(), ["application/json", "text/html", "text/plain"]);
  assert.ok(!JSON.stringify(doc).includes("undefined"));
});

test("serve: token from --token-file or THOISU_TOKEN; short tokens refused", () => {
  const dir = mkdtempSync(join(tmpdir(), "thoisu-token-"));
  try {
    const f = join(dir, "token");
    writeFileSync(f, "file-token-abcdefghijkl\nignored\n");
    assert.equal(readToken(f, { THOISU_TOKEN: "env-token-abcdefghijklm" }), "file-token-abcdefghijkl");
    assert.equal(readToken(undefined, { THOISU_TOKEN: " env-token-abcdefghijklm " }), "env-token-abcdefghijklm");
    assert.equal(readToken(undefined, {}), null);
    assert.throws(() => readToken(undefined, { THOISU_TOKEN: "short" }), /too short/);
    assert.throws(() => readToken(join(dir, "missing"), {}), /cannot read/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("synthetic store: the requested number of distinct story events, some contested", async () => {
  const s = await openSqlite(":memory:", () => PINNED_NOW);
  try {
    await s.ingest(syntheticArticles(300));
    const st = await s.stats();
    assert.equal(st.stories, 300);
    assert.equal(st.nearDuplicates, 0);
    const all = await s.timeline({ limit: 0 });
    assert.ok(all.some((e) => e.status === "contested"));
    assert.ok(all.some((e) => e.sourceCount === 2));
  } finally {
    await s.close();
  }
});

test("paging: following `next` reads every story event once, in order, a page never over the limit", async () => {
  const whole = (await app.inject({ url: "/api/timeline" })).json();
  const seen: string[] = [];
  let url = "/api/timeline?limit=1";
  for (let pages = 0; pages < 10; pages++) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 200, r.body);
    const b = r.json();
    assert.ok(b.count <= 1 && b.events.length === b.count);
    seen.push(...b.events.map((e: { id: string }) => e.id));
    assert.equal(b.more, b.next !== null);
    if (!b.next) break;
    url = `/api/timeline?limit=1&cursor=${b.next}`;
  }
  assert.deepEqual(seen, whole.events.map((e: { id: string }) => e.id));
  // the same through /api/events (full story events), with a filter kept across pages
  const want = (await app.inject({ url: "/api/timeline?type=CONSULT" })).json().events.map((e: { id: string }) => e.id);
  const got: string[] = [];
  for (let u = "/api/events?type=consult&limit=1", i = 0; u && i < 10; i++) {
    const b = (await app.inject({ url: u })).json();
    assert.ok(b.count <= 1);
    got.push(...b.events.map((e: { id: string; sources: unknown[] }) => (assert.ok(e.sources.length >= 1), e.id)));
    u = b.next ? `/api/events?type=consult&limit=1&cursor=${b.next}` : "";
  }
  assert.deepEqual(got, want);
});

test("paging: a cursor is bound to its list and filters; cursor and offset do not mix", async () => {
  const first = (await app.inject({ url: "/api/timeline?limit=1" })).json();
  assert.ok(first.next);
  const cases: Array<[string, RegExp]> = [
    [`/api/timeline?limit=1&type=AID&cursor=${first.next}`, /made with other filters/],
    [`/api/events?limit=1&cursor=${first.next}`, /belongs to another list \(timeline\)/],
    [`/api/actors?cursor=${first.next}`, /belongs to another list/],
    [`/api/timeline?limit=1&offset=1&cursor=${first.next}`, /either querystring\.cursor or querystring\.offset/],
  ];
  for (const [url, message] of cases) {
    const r = await app.inject({ url });
    assert.equal(r.statusCode, 400, url);
    assert.match(r.json().message, message, url);
  }
  // a limit change keeps the cursor valid (it is a page size, not a filter)
  assert.equal((await app.inject({ url: `/api/timeline?limit=5&cursor=${first.next}` })).statusCode, 200);
});

test("paging: actors and search pages carry `next` until the list ends", async () => {
  const ids: string[] = [];
  let url = "/api/actors?limit=2";
  for (let i = 0; i < 10 && url; i++) {
    const b = (await app.inject({ url })).json();
    assert.ok(b.count <= 2 && b.actors.length === b.count);
    ids.push(...b.actors.map((a: { id: string }) => a.id));
    url = b.next ? `/api/actors?limit=2&cursor=${b.next}` : "";
  }
  const all = (await app.inject({ url: "/api/actors?limit=1000" })).json();
  assert.deepEqual(ids, all.actors.map((a: { id: string }) => a.id));
  const s1 = (await app.inject({ url: "/api/search?q=Istanbul&limit=1" })).json();
  assert.equal(s1.count, 1);
  assert.ok(s1.next);
  const s2 = (await app.inject({ url: `/api/search?q=Istanbul&limit=1&cursor=${s1.next}` })).json();
  assert.equal(s2.count, 1);
  assert.notEqual(s2.hits[0].id, s1.hits[0].id);
  assert.equal(s2.next, null);
});

test("headers: every answer says nosniff (JSON, errors, the page)", async () => {
  for (const url of ["/api/timeline", "/health", "/api/nothing", "/api/timeline?limit=x", "/"]) {
    const r = await app.inject({ url });
    assert.equal(r.headers["x-content-type-options"], "nosniff", url);
  }
});

test("views: only http(s) addresses become links", () => {
  assert.equal(webUrl("https://a.example/x"), "https://a.example/x");
  assert.equal(webUrl("HTTP://a.example/"), "HTTP://a.example/");
  for (const u of ["javascript:alert(1)", "data:text/html,x", "vbscript:x", "//evil.example/", "", null]) assert.equal(webUrl(u), null, String(u));
});
