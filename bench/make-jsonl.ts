/**
 * Writes a synthetic JSONL batch of N MB (to /tmp, never committed) from the repo's own HTML
 * fixtures: one `{"id","url","fetched_at","html"}` record per line, each page padded with inline
 * scripts and styles to the 20–250 KB of real news pages, every tenth record a "text" capture.
 *
 *   node dist/bench/make-jsonl.js [--mb 300] [--out /tmp/thoisu-bench.jsonl]
 */
import { decode } from "../src/capture/decode.js";
import { createWriteStream, existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { once } from "node:events";

/** The repository root (works from bench/ and from dist/bench/). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "test/fixtures"))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(dirname(fileURLToPath(import.meta.url)), "../..");
    dir = up;
  }
}

export interface FixturePage {
  name: string;
  html: string;
  url: string | null;
}

/** The HTML fixtures with the URL their gold gives. */
export function fixturePages(root = repoRoot()): FixturePage[] {
  const dir = join(root, "test/fixtures/html");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.html$/, "");
      const goldPath = join(dir, "gold", `${name}.json`);
      const url = existsSync(goldPath) ? ((JSON.parse(readFileSync(goldPath, "utf8")) as { url: string | null }).url ?? null) : null;
      // (decoded as the capture stage reads a page: one fixture is in windows-1258, one has a lying charset)
      return { name, html: decode(readFileSync(join(dir, f))).text, url };
    });
}

const JS_LINE = 'window.__cfg=window.__cfg||{};__cfg["k{n}"]={"zone":"adm{n}","sizes":[[300,250],[728,90]],"lazy":true,"targeting":{"cat":"the-gioi","pos":{n}}};\n';
const CSS_LINE = ".c{n} .item-news .title-news a{color:#222;font:700 18px/1.4 Merriweather,serif;margin:0 0 {n}px}\n";

/** Inline script/style filler of about `bytes` bytes (real pages carry this much). */
function filler(bytes: number, seed: number): string {
  let js = "";
  let css = "";
  let n = seed;
  while (js.length + css.length < bytes) {
    js += JS_LINE.replaceAll("{n}", String(n));
    if (n % 3 === 0) css += CSS_LINE.replaceAll("{n}", String(n % 97));
    n++;
  }
  return `<style>${css}</style><script>${js}</script>`;
}

/** Writes the batch; resolves to the number of records and bytes written. */
export async function makeJsonl(out: string, mb: number, pages = fixturePages()): Promise<{ records: number; bytes: number }> {
  const target = mb * 1024 * 1024;
  const ws = createWriteStream(out);
  let bytes = 0;
  let n = 0;
  while (bytes < target) {
    const p = pages[n % pages.length]!;
    const pad = 20_000 + ((n * 7919) % 230_000);
    const rec: Record<string, string> = {
      id: `bench-${n}`,
      url: `${p.url ?? "https://example.vn/" + p.name}?n=${n}`,
      fetched_at: "2025-12-01T00:00:00Z",
    };
    if (n % 10 === 9) {
      // a plain-text capture: the page's visible text
      rec["text"] = p.html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, "").replace(/<[^>]+>/g, "\n").replace(/\n\s*\n+/g, "\n");
    } else {
      rec["html"] = p.html.replace("</head>", `${filler(pad, n)}</head>`);
    }
    const line = JSON.stringify(rec) + "\n";
    bytes += Buffer.byteLength(line);
    n++;
    if (!ws.write(line)) await once(ws, "drain");
  }
  ws.end();
  await once(ws, "finish");
  return { records: n, bytes };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const mb = Number(arg("--mb") ?? 300);
  const out = arg("--out") ?? "/tmp/thoisu-bench.jsonl";
  const r = await makeJsonl(out, mb);
  console.log(`wrote ${out}: ${r.records} records, ${(r.bytes / 1048576).toFixed(1)} MB`);
}
