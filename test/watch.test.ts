/**
 * Watching feeds against local servers on 127.0.0.1 only: robots.txt, rate limits, ETag and
 * Last-Modified, retries, slow and failing hosts, malformed feeds; every article once.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { ROOT } from "./helpers/shared.js";
import { canonicalFetchUrl } from "../src/fetch/url.js";
import { isAllowed, parseRobots } from "../src/fetch/robots.js";
import { Fetcher, USER_AGENT, userAgent } from "../src/fetch/http.js";
import { parseFeed } from "../src/watch/feed.js";
import { watchPass, type WatchSummary } from "../src/watch/watch.js";
import { openSqlite } from "../src/store/sqlite.js";
import { createPool } from "../src/ingest/pool.js";
import { canonicalUrl } from "../src/ingest/url.js";
import type { Store } from "../src/store/store.js";
import { PINNED_NOW } from "./helpers/shared.js";

test("fetch URLs are canonicalised: host case, fragments, tracking parameters, AMP copies", () => {
  const cases: Array<[string, string | null]> = [
    ["HTTPS://Bao.Example.VN/the-gioi/a.html#binh-luan", "https://bao.example.vn/the-gioi/a.html"],
    ["https://bao.example.vn/a.html?utm_source=fb&utm_medium=x&id=3&fbclid=abc&gclid=1", "https://bao.example.vn/a.html?id=3"],
    ["https://bao.example.vn/amp/the-gioi/a.html", "https://bao.example.vn/the-gioi/a.html"],
    ["https://amp.bao.example.vn/the-gioi/a.html", "https://bao.example.vn/the-gioi/a.html"],
    ["https://bao.example.vn/the-gioi/a.amp.html", "https://bao.example.vn/the-gioi/a.html"],
    ["https://bao.example.vn/the-gioi/a/amp", "https://bao.example.vn/the-gioi/a"],
    ["https://bao.example.vn/a.html?amp=1", "https://bao.example.vn/a.html"],
    ["https://bao.example.vn/a.html?outputType=amp&p=2", "https://bao.example.vn/a.html?p=2"],
    ["https://bao.example.vn/example-amp-story.html", "https://bao.example.vn/example-amp-story.html"],
    ["ftp://bao.example.vn/a", null],
    ["not a url", null],
  ];
  for (const [input, want] of cases) assert.equal(canonicalFetchUrl(input), want, input);
  assert.equal(canonicalFetchUrl("/tin/1.html?utm_campaign=z", "https://bao.example.vn/rss/home.rss"), "https://bao.example.vn/tin/1.html");
});

test("robots.txt: our group over *, longest match wins, Allow on ties, wildcards, $", () => {
  const txt = `# comment
User-agent: *
Disallow: /

User-agent: Googlebot
User-agent: thoisu
Disallow: /secret/
Allow: /secret/ok
Disallow: /*.pdf$
Disallow: /search?
Crawl-delay: 2
`;
  const r = parseRobots(txt, "thoisu");
  assert.equal(r.crawlDelay, 2);
  const cases: Array<[string, boolean]> = [
    ["http://h/news/a.html", true],
    ["http://h/secret/x", false],
    ["http://h/secret/ok/1", true],
    ["http://h/files/a.pdf", false],
    ["http://h/files/a.pdf?x=1", true],
    ["http://h/search?q=1", false],
    ["http://h/robots.txt", true],
  ];
  for (const [u, want] of cases) assert.equal(isAllowed(r, u), want, u);
  const star = parseRobots(txt, "otherbot");
  assert.equal(isAllowed(star, "http://h/news/a.html"), false);
  assert.equal(isAllowed(parseRobots("User-agent: *\nDisallow:\n", "thoisu"), "http://h/x"), true);
  const tie = parseRobots("User-agent: *\nDisallow: /a\nAllow: /a\n", "thoisu");
  assert.equal(isAllowed(tie, "http://h/a"), true);
});

test("feeds: RSS and Atom links resolved and canonicalised, broken items and non-feeds reported", () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo thử</title>
<item><title>Một</title><link>https://b.example/1.html?utm_source=rss#x</link><pubDate>Mon, 01 Dec 2025 08:00:00 +0700</pubDate></item>
<item><title>Hai</title><link>/2.html</link></item>
<item><title>Ba (guid only)</title><guid isPermaLink="true">https://b.example/3.html</guid></item>
<item><title>Không link</title></item>
<item><title>Một lặp</title><link>https://b.example/1.html?fbclid=q</link></item>
</channel></rss>`;
  const f = parseFeed(Buffer.from(rss), "https://b.example/rss.xml");
  assert.ok(f.ok);
  assert.deepEqual(f.entries.map((e) => e.url), ["https://b.example/1.html", "https://b.example/2.html", "https://b.example/3.html"]);
  assert.equal(f.entries[0]!.published, "2025-12-01T01:00:00.000Z");
  assert.equal(f.skipped, 1);
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>x</title><link rel="self" href="https://a.example/self/1"/><link rel="alternate" href="https://a.example/1"/><updated>2025-12-02T00:00:00Z</updated></entry>
<entry><title>y</title><link href="/2"/></entry></feed>`;
  const a = parseFeed(atom, "https://a.example/atom.xml");
  assert.ok(a.ok);
  assert.deepEqual(a.entries.map((e) => e.url), ["https://a.example/1", "https://a.example/2"]);
  const bad: Array<[string, RegExp]> = [
    ["", /empty/],
    ["<html><body>not a feed</body></html>", /not an RSS or Atom feed/],
    ["just some words", /not an RSS or Atom feed/],
  ];
  for (const [body, re] of bad) {
    const r = parseFeed(body, "https://a.example/x");
    assert.equal(r.ok, false);
    assert.match((r as { problem: string }).problem, re);
  }
  // A truncated feed keeps the items it has.
  const cut = parseFeed(rss.slice(0, rss.indexOf("<item><title>Hai")), "https://b.example/rss.xml");
  assert.ok(cut.ok);
  assert.deepEqual(cut.entries.map((e) => e.url), ["https://b.example/1.html"]);
});

// ---------------------------------------------------------------------------------------------
// Local servers. Pages are our own short texts.

function page(title: string, sentence: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>
<p>${sentence}</p><p>Phóng viên của báo thử nghiệm ghi nhận rằng ${sentence.toLowerCase()}</p></article></body></html>`;
}

const ARTICLES: Record<string, string> = {
  "/tin/hop-bao.html": page("Bộ Ngoại giao họp báo thường kỳ", "Người phát ngôn Bộ Ngoại giao trả lời câu hỏi về tình hình khu vực tại cuộc họp báo chiều thứ Năm."),
  "/tin/dam-phan.html": page("Hai nước nối lại đàm phán thương mại", "Đoàn đàm phán của hai nước gặp nhau tại Singapore để bàn về thuế quan và chuỗi cung ứng."),
  "/private/cong-khai.html": page("Thành phố khánh thành cây cầu mới", "Chính quyền thành phố khánh thành cây cầu nối hai bờ sông sau ba năm thi công."),
  "/tin/chap-chon.html": page("Quốc hội thảo luận dự luật đất đai", "Các đại biểu Quốc hội thảo luận ở tổ về dự thảo luật đất đai sửa đổi trong phiên sáng nay."),
  "/tin/lm.html": page("Tỉnh ven biển diễn tập phòng chống bão", "Lực lượng cứu hộ của tỉnh ven biển diễn tập sơ tán dân trước mùa mưa bão năm nay."),
  "/tin/moi.html": page("Thủ tướng tiếp đại sứ mới", "Thủ tướng tiếp đại sứ mới của nước bạn nhân dịp đại sứ trình quốc thư tại Hà Nội."),
};
const B_ARTICLES: Record<string, string> = {
  "/bai/tot.html": page("Hội chợ nông sản mở cửa", "Hội chợ nông sản vùng cao mở cửa đón khách với hàng trăm gian hàng đặc sản địa phương."),
};

interface Hit {
  path: string;
  status: number;
  ua: string | undefined;
  at: number;
  inm?: string;
  ims?: string;
}

function rss(items: Array<[string, string]>): string {
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo thử</title>${items
    .map(([t, l]) => `<item><title>${t}</title><link>${l.replace(/&/g, "&amp;")}</link></item>`)
    .join("")}</channel></rss>`;
}

describe("watch pass against local servers", () => {
  const hitsA: Hit[] = [];
  const hitsB: Hit[] = [];
  let A = "";
  let B = "";
  let DEAD = "";
  let feedVersion = 1;
  let flaky = 0;
  const servers: Server[] = [];
  const sockets = new Set<import("node:net").Socket>();
  let dir = "";
  let store: Store;

  const serve = (hits: Hit[], handler: (req: IncomingMessage, res: ServerResponse, path: string) => number | void) => {
    const s = createServer((req, res) => {
      const path = req.url ?? "/";
      const at = Date.now();
      const status = handler(req, res, path) ?? res.statusCode;
      hits.push({ path, status, ua: req.headers["user-agent"], at, inm: req.headers["if-none-match"] as string | undefined, ims: req.headers["if-modified-since"] });
    });
    s.on("connection", (c) => {
      sockets.add(c);
      c.on("close", () => sockets.delete(c));
    });
    servers.push(s);
    return new Promise<string>((r) => s.listen(0, "127.0.0.1", () => r(`http://127.0.0.1:${(s.address() as AddressInfo).port}`)));
  };

  const send = (res: ServerResponse, status: number, body: string, type = "text/html; charset=utf-8", extra: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": type, ...extra });
    res.end(body);
    return status;
  };

  before(async () => {
    A = await serve(hitsA, (req, res, path) => {
      if (path === "/robots.txt") return send(res, 200, "User-agent: *\nDisallow: /private/\n\nUser-agent: thoisu\nDisallow: /secret/\n", "text/plain");
      if (path === "/feed.rss") {
        const etag = `"v${feedVersion}"`;
        if (req.headers["if-none-match"] === etag) return send(res, 304, "");
        const items: Array<[string, string]> = [
          ["Họp báo", `${A}/tin/hop-bao.html?utm_source=rss&utm_medium=feed#top`],
          ["Đàm phán (AMP)", `${A}/amp/tin/dam-phan.html`],
          ["Bí mật", `${A}/secret/khong-duoc.html`],
          ["Công khai", `${A}/private/cong-khai.html`],
          ["Họp báo lặp", `${A}/tin/hop-bao.html?fbclid=zz`],
          ["Mất", `${A}/tin/khong-co.html`],
          ["Ảnh", `${A}/anh/logo.png`],
          ["Chập chờn", `${A}/tin/chap-chon.html`],
        ];
        if (feedVersion >= 2) items.unshift(["Mới", `${A}/tin/moi.html`]);
        if (feedVersion >= 2) items[1]![0] = "Họp báo (tiêu đề sửa)";
        return send(res, 200, rss(items) + (feedVersion >= 2 ? "<!-- v2 -->" : ""), "application/rss+xml", { etag });
      }
      if (path === "/lm.rss") {
        const lm = "Mon, 01 Dec 2025 00:00:00 GMT";
        if (req.headers["if-modified-since"] === lm) return send(res, 304, "");
        return send(res, 200, rss([["LM", `${A}/tin/lm.html`]]), "application/rss+xml", { "last-modified": lm });
      }
      if (path === "/broken.rss") return send(res, 200, '<?xml version="1.0"?><rss><channel><item><title>Cụt', "application/rss+xml");
      if (path === "/not-a-feed") return send(res, 200, "<html><body>Trang chủ</body></html>");
      if (path === "/anh/logo.png") return send(res, 200, "\x89PNG\r\n", "image/png");
      if (path === "/tin/chap-chon.html" && flaky++ < 2) return send(res, 503, "busy");
      const art = ARTICLES[path];
      if (art) return send(res, 200, art);
      return send(res, 404, "not found");
    });
    B = await serve(hitsB, (_req, res, path) => {
      if (path === "/robots.txt") return send(res, 404, "no robots");
      if (path === "/atom.xml") {
        const body = `<feed xmlns="http://www.w3.org/2005/Atom"><title>B</title>
<entry><title>Tốt</title><link rel="alternate" href="/bai/tot.html"/></entry>
<entry><title>Chậm</title><link href="/bai/cham.html"/></entry>
<entry><title>Sập</title><link href="/bai/sap.html"/></entry></feed>`;
        return send(res, 200, body, "application/atom+xml", { etag: '"b1"' });
      }
      if (path === "/bai/cham.html") {
        // Slower than the fetcher's timeout; answered later so the server can close.
        const t = setTimeout(() => send(res, 200, B_ARTICLES["/bai/tot.html"]!), 1500);
        res.on("close", () => clearTimeout(t));
        return 200;
      }
      if (path === "/bai/sap.html") return send(res, 500, "down");
      const art = B_ARTICLES[path];
      if (art) return send(res, 200, art);
      return send(res, 404, "not found");
    });
    // A port nobody listens on: connection refused.
    const dead = createServer();
    await new Promise<void>((r) => dead.listen(0, "127.0.0.1", () => r()));
    DEAD = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`;
    await new Promise<void>((r) => dead.close(() => r()));
    dir = mkdtempSync(join(tmpdir(), "thoisu-watch-"));
    store = await openSqlite(join(dir, "w.db"), () => PINNED_NOW);
  });

  after(async () => {
    await store?.close();
    for (const c of sockets) c.destroy();
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    rmSync(dir, { recursive: true, force: true });
  });

  const RATE = 0.2;
  // One fetcher for every pass, as `thoisu watch` keeps one (robots.txt is cached per host).
  const fetcher = new Fetcher({ rate: RATE, timeout: 0.4, retries: 2, backoffMs: 50 });
  const pass = async (feeds: string[]): Promise<{ s: WatchSummary; log: string[] }> => {
    const log: string[] = [];
    const pool = createPool(0, PINNED_NOW);
    try {
      const s = await watchPass(store, feeds, { fetcher, pool, options: {}, now: () => PINNED_NOW, log: (l) => log.push(l), concurrency: 4 });
      return { s, log };
    } finally {
      await pool.close();
    }
  };

  const served = (hits: Hit[], path: string) => hits.filter((h) => h.path === path && h.status === 200).length;

  test("pass 1: new articles once each; robots, 404, non-HTML, flaky, slow, down and dead hosts handled", { timeout: 60_000 }, async () => {
    const { s, log } = await pass([`${A}/feed.rss`, `${A}/lm.rss`, `${B}/atom.xml`, `${A}/broken.rss`, `${A}/not-a-feed`, `${DEAD}/rss`]);
    assert.equal(s.feeds, 6);
    assert.equal(s.feedProblems, 3, log.join("\n"));
    assert.equal(s.robotsBlocked, 1);
    assert.equal(s.notHtml, 1);
    // 404, slow (timeouts) and down (500s): failed.
    assert.equal(s.fetchFailed, 3, log.join("\n"));
    assert.equal(s.added, 6, log.join("\n"));
    assert.equal(s.fetched, 6);
    for (const p of ["/tin/hop-bao.html", "/tin/dam-phan.html", "/private/cong-khai.html", "/tin/chap-chon.html", "/tin/lm.html"]) assert.equal(served(hitsA, p), 1, p);
    assert.equal(served(hitsB, "/bai/tot.html"), 1);
    assert.equal(hitsA.filter((h) => h.path.startsWith("/secret/")).length, 0, "robots.txt disallowed path requested");
    // Retried: 503 twice then 200; the dead host and the 500 host were retried a bounded number of times.
    assert.equal(hitsA.filter((h) => h.path === "/tin/chap-chon.html").length, 3);
    assert.equal(hitsB.filter((h) => h.path === "/bai/sap.html").length, 3);
    assert.equal(hitsB.filter((h) => h.path === "/bai/cham.html").length, 3);
    assert.equal(hitsA.filter((h) => h.path === "/tin/khong-co.html").length, 1, "a 404 is not retried");
    assert.ok(log.some((l) => l.includes(DEAD) && /robots.txt unreachable/.test(l)), log.join("\n"));
    assert.ok(log.some((l) => /not an RSS or Atom feed/.test(l)));
    const stored = await store.knownUrls([canonicalUrl(`${A}/tin/hop-bao.html`)!, canonicalUrl(`${A}/tin/dam-phan.html`)!]);
    assert.equal(stored.size, 2);
  });

  test("every request names us, robots.txt is read once per host, and one host is never hit faster than the rate", () => {
    for (const h of [...hitsA, ...hitsB]) assert.equal(h.ua, USER_AGENT);
    assert.match(userAgent("ops@example.org"), /\(news monitoring; \+ops@example\.org\)$/);
    assert.match(USER_AGENT, /^thoisu\/\d+\.\d+\.\d+ \(news monitoring; robots token "thoisu"\)$/);
    assert.equal(hitsA.filter((h) => h.path === "/robots.txt").length, 1);
    assert.equal(hitsB.filter((h) => h.path === "/robots.txt").length, 1);
    for (const hits of [hitsA, hitsB]) {
      const times = hits.map((h) => h.at).sort((a, b) => a - b);
      for (let i = 1; i < times.length; i++) assert.ok(times[i]! - times[i - 1]! >= RATE * 1000 - 15, `requests ${times[i]! - times[i - 1]!} ms apart`);
    }
  });

  test("pass 2: unchanged feeds answer 304 (ETag, Last-Modified); nothing is fetched or stored again", { timeout: 60_000 }, async () => {
    const before = hitsA.length;
    const beforeB = hitsB.length;
    const { s } = await pass([`${A}/feed.rss`, `${A}/lm.rss`, `${B}/atom.xml`]);
    assert.equal(s.notModified, 2);
    assert.equal(s.added, 0);
    const newA = hitsA.slice(before);
    assert.deepEqual(newA.map((h) => h.status).sort(), [304, 304], JSON.stringify(newA));
    assert.equal(newA.find((h) => h.path === "/feed.rss")?.inm, '"v1"');
    assert.equal(newA.find((h) => h.path === "/lm.rss")?.ims, "Mon, 01 Dec 2025 00:00:00 GMT");
    // Feed B had failures, so it is polled in full again and only the failed articles are retried.
    const newB = hitsB.slice(beforeB).map((h) => h.path);
    assert.equal(newB.filter((p) => p === "/atom.xml").length, 1);
    assert.equal(newB.includes("/bai/tot.html"), false);
    assert.equal(s.alreadyStored, 1);
    assert.equal((await store.stats()).articles, 6);
  });

  test("pass 3: a changed feed yields only its new article; the edited item is not fetched again", { timeout: 60_000 }, async () => {
    feedVersion = 2;
    const before = hitsA.length;
    const { s } = await pass([`${A}/feed.rss`]);
    assert.equal(s.added, 1);
    const paths = hitsA.slice(before).map((h) => h.path);
    assert.deepEqual(paths.filter((p) => p.startsWith("/tin/") && p !== "/tin/khong-co.html"), ["/tin/moi.html"]);
    assert.equal(served(hitsA, "/tin/hop-bao.html"), 1);
    const st = await store.stats();
    assert.equal(st.articles, 7);
    assert.deepEqual(await store.check(), []);
    const rec = (await store.knownUrls([canonicalUrl(`${A}/tin/moi.html`)!])).size;
    assert.equal(rec, 1);
  });

  test("thoisu watch --once --feeds FILE: one pass from the command line, summary on stdout", { timeout: 60_000 }, async () => {
    const feeds = join(dir, "feeds.txt");
    writeFileSync(feeds, `# local test feeds\n${B}/atom.xml\n\n${A}/lm.rss\n`);
    const db = join(dir, "cli.db");
    const child = spawn(process.execPath, [join(ROOT, "dist/src/cli/bin.js"), "watch", "--once", "--feeds", feeds, "--db", db, "--rate", "0.05", "--timeout", "0.3", "--retries", "0", "--jobs", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    const code = await new Promise<number | null>((r) => child.on("close", r));
    // Two articles stored; the slow and the failing one reported, so the exit status is 1.
    assert.equal(code, 1, err);
    assert.match(out, /^watch: 2 feeds; 4 entries, 0 already stored, 2 fetched, 2 failed; ingested 2: 2 added/);
    assert.match(err, /bai\/sap\.html: HTTP 500 after 1 attempt/);
    const s2 = await openSqlite(db, () => PINNED_NOW);
    try {
      assert.equal((await s2.stats()).articles, 2);
      assert.equal((await s2.fetchState(`${A}/lm.rss`))?.lastModified, "Mon, 01 Dec 2025 00:00:00 GMT");
    } finally {
      await s2.close();
    }
  });
});
