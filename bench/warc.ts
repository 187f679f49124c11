/**
 * WARC reading throughput and memory: a synthetic archive (our own pages) with request records,
 * HTML responses and one large binary response, plain and gzipped per record. Prints figures.
 * Usage: node dist/bench/warc.js [records=3000]
 */
import { mkdtempSync, rmSync, createWriteStream, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { readInputs } from "../src/capture/inputs.js";

const N = Number(process.argv[2] ?? 3000);

function rec(type: string, uri: string, block: Buffer): Buffer {
  const h = `WARC/1.1\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2025-06-01T00:00:00Z\r\nContent-Type: application/http; msgtype=${type}\r\nContent-Length: ${block.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(h), block, Buffer.from("\r\n\r\n")]);
}

function page(i: number): Buffer {
  const paras = Array.from({ length: 40 }, (_, k) => `<p>Đoạn ${k} của bài ${i}: các đại biểu bàn về ngân sách ${k * 13 + i} tỷ đồng cho tỉnh.</p>`).join("\n");
  const body = `<!doctype html><html><head><meta charset="utf-8"><title>Bài ${i}</title></head><body><h1>Bài ${i}</h1>${paras}</body></html>`;
  return Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}`);
}

async function write(path: string, gz: boolean): Promise<void> {
  const out = createWriteStream(path);
  const put = (b: Buffer) => new Promise<void>((r) => (out.write(gz ? gzipSync(b) : b) ? r() : out.once("drain", () => r())));
  for (let i = 0; i < N; i++) {
    await put(rec("request", `https://bao.example/${i}`, Buffer.from(`GET /${i} HTTP/1.1\r\nHost: bao.example\r\n\r\n`)));
    await put(rec("response", `https://bao.example/${i}`, page(i)));
    if (i === Math.floor(N / 2)) await put(rec("response", "https://bao.example/video.mp4", Buffer.concat([Buffer.from("HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\n\r\n"), Buffer.alloc(48 * 1024 * 1024, 7)])));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

const dir = mkdtempSync(join(tmpdir(), "thoisu-bench-warc-"));
try {
  for (const gz of [false, true]) {
    const path = join(dir, gz ? "a.warc.gz" : "a.warc");
    await write(path, gz);
    const size = statSync(path).size;
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    let n = 0;
    const t0 = process.hrtime.bigint();
    for await (const it of readInputs([path])) {
      if (it.ok) n++;
      if ((n & 63) === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(
      `${gz ? "warc.gz" : "warc   "}: ${n} HTML captures of ${N * 2 + 1} records, file ${(size / 1048576).toFixed(1)} MB, ${s.toFixed(2)} s, ${(n / s).toFixed(0)} captures/s, peak RSS +${((peak - rss0) / 1048576).toFixed(0)} MB`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
