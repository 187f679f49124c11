import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { readFileSync } from "node:fs";
import { run } from "../src/cli/commands/analyze.js";
import { PINNED_NOW, fixture } from "./helpers/shared.js";
import { fakeIO } from "./helpers/cli-io.js";

/** A local site: robots.txt keeps /private out; one article page, one 404, one image. */
async function site(): Promise<{ server: Server; base: string; seen: IncomingMessage[] }> {
  const page = readFileSync(fixture("html/vnexpress-asean.html"));
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    if (req.url === "/robots.txt") {
      res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private\n");
    } else if (req.url === "/a.html" || req.url === "/private/b.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else if (req.url === "/old") {
      res.writeHead(301, { location: "/a.html" }).end();
    } else if (req.url === "/pic.png") {
      res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    } else res.writeHead(404).end("no");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

test("analyze URL: the page is fetched politely and analysed; its address and fetch time are in the record", async () => {
  const { server, base, seen } = await site();
  try {
    const f = fakeIO({ THOISU_CONTACT: "ops@example.org" });
    const code = await run(["--json", "--rate", "0", `${base}/old`], f.io);
    assert.equal(code, 0, f.err());
    const rec = JSON.parse(f.out().trim()) as { source: { url: string; fetched_at: string }; title: string; paragraphs: string[] };
    assert.equal(rec.title, "ASEAN nhất trí thúc đẩy bộ quy tắc ứng xử trên Biển Đông");
    assert.ok(rec.paragraphs.length >= 3);
    assert.equal(rec.source.url, `${base}/a.html`, "the address after redirects");
    assert.equal(rec.source.fetched_at, PINNED_NOW.toISOString());
    assert.equal(seen[0]!.url, "/robots.txt", "robots.txt is read first");
    assert.match(String(seen[1]!.headers["user-agent"]), /^thoisu\/.*ops@example\.org/);
  } finally {
    server.close();
  }
});

test("analyze URL: robots.txt, HTTP errors and non-pages are named problems; the other inputs go on", async () => {
  const { server, base } = await site();
  try {
    const f = fakeIO();
    const code = await run(["--json", "--rate", "0", `${base}/private/b.html`, `${base}/missing.html`, `${base}/pic.png`, `${base}/a.html`], f.io);
    assert.equal(code, 1);
    assert.match(f.err(), /private\/b\.html: robots\.txt disallows/);
    assert.match(f.err(), /missing\.html: HTTP 404/);
    assert.match(f.err(), /pic\.png: not a page \(image\/png\)/);
    assert.equal(f.out().trim().split("\n").length, 1, "the good page is still analysed");
  } finally {
    server.close();
  }
});

test("analyze URL: a bad --rate is a usage error", async () => {
  const f = fakeIO();
  await assert.rejects(run(["--rate", "soon", "http://127.0.0.1:9/a.html"], f.io), /--rate takes a number of seconds/);
});
