/**
 * The web page's files: `web/` as it is (plain ES modules and CSS, no build step) and the graph
 * library from node_modules, read once and kept in memory with an ETag.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, relative, sep } from "node:path";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { ROOT_DIR } from "../data/paths.js";

export const WEB_DIR = join(ROOT_DIR, "web");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
};

interface File {
  body: Buffer;
  type: string;
  etag: string;
}

function load(path: string): File {
  const body = readFileSync(path);
  return { body, type: TYPES[extname(path).toLowerCase()] ?? "application/octet-stream", etag: `"${createHash("sha1").update(body).digest("hex").slice(0, 16)}"` };
}

/** Where the graph library's ES module build is (cytoscape, from node_modules). */
export function graphLibPath(): string | null {
  try {
    const main = createRequire(import.meta.url).resolve("cytoscape");
    const p = join(dirname(main), "cytoscape.esm.min.mjs");
    return existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

/** Every file below `dir`, by URL path ("/app.js", "/lib/x.js"). */
function listFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set("/" + relative(dir, p).split(sep).join("/"), p);
    }
  };
  walk(dir);
  return out;
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // The graph library writes a small style element of its own.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/**
 * Serves the page at `/` and its files at `/web/...`, the graph library at `/vendor/cytoscape.mjs`.
 * `cache`: keep files in memory (off while developing the page, to see edits on reload).
 */
export function registerStatic(app: FastifyInstance, opts: { webDir?: string; cache?: boolean } = {}): void {
  const dir = opts.webDir ?? WEB_DIR;
  const files = listFiles(dir);
  const lib = graphLibPath();
  if (lib) files.set("/vendor/cytoscape.mjs", lib);
  const cache = new Map<string, File>();
  const get = (p: string): File | null => {
    const path = files.get(p);
    if (!path) return null;
    if (opts.cache === false) return load(path);
    let f = cache.get(p);
    if (!f) cache.set(p, (f = load(path)));
    return f;
  };
  const send = (req: FastifyRequest, reply: FastifyReply, f: File, maxAge: number) => {
    reply.header("content-type", f.type).header("etag", f.etag).header("cache-control", `public, max-age=${maxAge}`).header("x-content-type-options", "nosniff");
    if (f.type.startsWith("text/html")) reply.header("content-security-policy", CSP).header("referrer-policy", "no-referrer");
    if (req.headers["if-none-match"] === f.etag) return reply.code(304).send();
    return reply.send(f.body);
  };
  app.get("/", (req, reply) => {
    const f = get("/index.html");
    if (!f) return reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no web page: ${dir}/index.html is missing` });
    return send(req, reply, f, 0);
  });
  app.get("/web/*", (req, reply) => {
    const rest = "/" + ((req.params as { "*": string })["*"] ?? "");
    const f = get(rest);
    if (!f) return reply.code(404).send({ statusCode: 404, error: "Not Found", message: `no such file: /web${rest}` });
    return send(req, reply, f, 0);
  });
  app.get("/vendor/cytoscape.mjs", (req, reply) => {
    const f = get("/vendor/cytoscape.mjs");
    if (!f) return reply.code(404).send({ statusCode: 404, error: "Not Found", message: "the graph library (cytoscape) is not installed: run npm install" });
    return send(req, reply, f, 86400);
  });
}
