import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package root: the nearest folder above this module that holds `package.json` and
 * `data/` (works from `src/data/` under ts-node-like runners and from `dist/src/data/`).
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return dir;
    const up = dirname(dir);
    if (up === dir) return join(dirname(fileURLToPath(import.meta.url)), "../../..");
    dir = up;
  }
}

export const ROOT_DIR = findRoot();
/** The `data/` folder of lexicons and tables. */
export const DATA_DIR = join(ROOT_DIR, "data");
