import { readFileSync } from "node:fs";
import { openStore, storeLocation } from "../../store/open.js";
import { buildServer, DEFAULT_ANALYSIS_LIMITS, DEFAULT_BODY_LIMIT } from "../../serve/app.js";
import { UsageError, type CommandIO } from "../io.js";
import { parseCommand, parseCount } from "../options.js";

export const help = `thoisu serve [--host 127.0.0.1] [--port 8080] [--db FILE|URL] [--token-file FILE] [--jobs N] [--body-limit BYTES]
             [--max-size MB] [--time-budget S] [--allow-host NAME]... [--log]

Serves the HTTP API and the web page (timeline, search, article reader, actor network).
API under /api/ (OpenAPI document at /api/openapi.json), the page at /.
Binds 127.0.0.1 unless --host says otherwise. Read-only unless a token is configured
(THOISU_TOKEN, or --token-file): POST /api/ingest then takes "Authorization: Bearer <token>".
Read-only, it serves an existing store and creates none; with a token, a new store is created.
/api/analyze analyses without storing and needs no token. --jobs: analysis worker threads
(default 1). --body-limit: largest request body (default 4 MiB). --max-size, --time-budget:
what one document may cost to analyse (default ${DEFAULT_ANALYSIS_LIMITS.maxBytes / (1024 * 1024)} MB, ${DEFAULT_ANALYSIS_LIMITS.timeBudgetMs / 1000} s).
The server answers to localhost and IP addresses only (a guard against DNS rebinding):
--allow-host names another host name it is reached by. Lists page (limit and cursor: see the
OpenAPI document); reads and analysis requests are limited per client address.`;

/** The write token: --token-file (first line), else THOISU_TOKEN; null when neither is set. */
export function readToken(file: string | undefined, env: Record<string, string | undefined>): string | null {
  if (file != null) {
    let s: string;
    try {
      s = readFileSync(file, "utf8");
    } catch (e) {
      throw new UsageError(`--token-file: cannot read ${file} (${e instanceof Error ? e.message : String(e)})`);
    }
    const t = s.split(/\r?\n/)[0]!.trim();
    if (t.length < 16) throw new UsageError(`--token-file: the token in ${file} is too short (16 characters at least)`);
    return t;
  }
  const t = env.THOISU_TOKEN?.trim();
  if (t != null && t !== "" && t.length < 16) throw new UsageError("THOISU_TOKEN is too short (16 characters at least)");
  return t || null;
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      host: { type: "string", default: "127.0.0.1" },
      port: { type: "string", default: "8080" },
      db: { type: "string" },
      "token-file": { type: "string" },
      jobs: { type: "string", short: "j" },
      "body-limit": { type: "string" },
      "max-size": { type: "string" },
      "time-budget": { type: "string" },
      "allow-host": { type: "string", multiple: true },
      log: { type: "boolean", default: false },
    },
    help,
    io,
    { positionals: false },
  );
  if (!parsed) return 0;
  const v = parsed.values;
  const port = parseCount(v.port, "--port", 8080);
  if (port > 65535) throw new UsageError(`--port takes 0 to 65535, not ${port}`);
  const bodyLimit = parseCount(v["body-limit"], "--body-limit", DEFAULT_BODY_LIMIT);
  if (bodyLimit < 1024) throw new UsageError("--body-limit takes 1024 bytes at least");
  const maxMb = parseCount(v["max-size"], "--max-size", DEFAULT_ANALYSIS_LIMITS.maxBytes / (1024 * 1024));
  const budget = parseCount(v["time-budget"], "--time-budget", DEFAULT_ANALYSIS_LIMITS.timeBudgetMs / 1000);
  if (maxMb < 1 || budget < 1) throw new UsageError("--max-size and --time-budget take 1 at least");
  const allowedHosts = v["allow-host"] ?? [];
  if (v.host !== "127.0.0.1" && v.host !== "localhost" && v.host !== "::1" && v.host !== "0.0.0.0" && v.host !== "::") allowedHosts.push(v.host);
  const token = readToken(v["token-file"], io.env);
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now, create: token != null });
  const app = await buildServer({
    store,
    token,
    now: io.now,
    jobs: parseCount(v.jobs, "--jobs", 1),
    bodyLimit,
    logger: v.log,
    analysis: { maxBytes: maxMb * 1024 * 1024, timeBudgetMs: budget * 1000 },
    allowedHosts,
  });
  app.addHook("onClose", async () => store.close());
  let address: string;
  try {
    address = await app.listen({ host: v.host, port });
  } catch (e) {
    await app.close();
    throw new UsageError(`cannot listen on ${v.host}:${port} (${e instanceof Error ? e.message : String(e)})`);
  }
  io.out(`thoisu: serving ${store.location} (${store.backend}) on ${address}/ — ${token ? "writes enabled (bearer token)" : "read-only"}\n`);
  if (v.host !== "127.0.0.1" && v.host !== "localhost" && v.host !== "::1") io.err(`thoisu: warning: listening on ${v.host}, reachable from other machines\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      void app.close().then(() => resolve());
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  return 0;
}
