/**
 * A throwaway PostgreSQL cluster for tests: initdb in a temp dir, started on a free local
 * port, stopped and removed afterwards. As root, the server runs as the `postgres` user.
 * `startPostgres()` returns null (with the reason) when the binaries are absent; under CI
 * (CI=true) that is an error instead, so the PostgreSQL half of the suite cannot silently skip.
 */
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PgCluster {
  /** Connection URL of the cluster's `postgres` database. */
  url: string;
  /** URL of another database on the same cluster. */
  urlFor(db: string): string;
  stop(): void;
}

export function pgBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, "bin", "initdb")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : null;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once("error", rej);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => res(port));
    });
  });
}

function uidOf(user: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

export const PG_SKIP_REASON = "PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (run scripts/setup-system.sh as root); PostgreSQL half skipped";

/** Starts a cluster, or returns null when PostgreSQL is not installed (throws under CI). */
export async function startPostgres(): Promise<PgCluster | null> {
  const bin = pgBinDir();
  if (!bin) {
    if (process.env.CI === "true") throw new Error("CI=true but PostgreSQL is not installed: " + PG_SKIP_REASON);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), "thoisu-pg-"));
  const asRoot = process.getuid?.() === 0;
  const pgUser = asRoot ? uidOf("postgres") : null;
  if (asRoot && !pgUser) throw new Error("running as root and there is no postgres user to run the server as");
  if (pgUser) chownSync(dir, pgUser.uid, pgUser.gid);
  const run = (cmd: string, args: string[]) => {
    const full = join(bin, cmd);
    if (pgUser) execFileSync("runuser", ["-u", "postgres", "--", full, ...args], { stdio: "pipe", cwd: dir });
    else execFileSync(full, args, { stdio: "pipe", cwd: dir });
  };
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--locale=C", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-o", opts, "-w", "-t", "60", "start"]);
  const urlFor = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    url: urlFor("postgres"),
    urlFor,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
