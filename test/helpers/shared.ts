import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (tests run from dist/test/...). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** ../shared beside the repo: read-only corpus, gold and scorer (never copied into the repo). */
export const SHARED = resolve(ROOT, "../shared");
export const HAVE_SHARED = existsSync(join(SHARED, "corpus"));

export function sharedFile(rel: string): string {
  return join(SHARED, rel);
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The repo's own fixtures (written by us). */
export function fixture(rel: string): string {
  return join(ROOT, "test/fixtures", rel);
}

/** A pinned clock for tests. */
export const PINNED_NOW = new Date("2026-01-01T00:00:00Z");

/** A short Vietnamese article of our own (title, two paragraphs), as a plain-text capture. */
export const SMALL_ARTICLE = [
  "Hai nước ký thỏa thuận hợp tác hàng hải",
  "",
  "Ngoại trưởng hai nước đã có cuộc gặp kéo dài hai giờ tại thủ đô Hà Nội vào chiều qua.",
  "",
  "Theo thông cáo chung, hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại và giáo dục.",
  "",
].join("\n");
