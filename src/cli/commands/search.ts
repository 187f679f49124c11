import { csv, table } from "../../store/format.js";
import { UsageError, type CommandIO } from "../io.js";
import { jsonLines, outputFormat, parseCommand, parseCount, width, withStore } from "../options.js";

export const help = `thoisu search QUERY [--limit N] [--format table|json|csv] [--db FILE|URL]

Ranked articles matching QUERY. Diacritics are optional ("dam phan qatar" finds "đàm phán …
Qatar"); typed with its diacritics, exact matches rank first ("Nhà Trắng" before "Nha Trang").`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      limit: { type: "string" },
      format: { type: "string", default: "table" },
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  const q = parsed.positionals.join(" ").trim();
  if (!q) throw new UsageError("no query given");
  outputFormat(v.format);
  return withStore(v.db, io, async (store) => {
    const hits = await store.search(q, { limit: parseCount(v.limit, "--limit", 20) });
    if (v.format === "json") io.out(jsonLines(hits));
    else if (v.format === "csv") io.out(csv(["id", "match", "score", "outlet", "published", "title", "url"], hits.map((h) => [h.id, h.match, h.score.toFixed(3), h.outlet, h.published, h.title, h.url])));
    else if (hits.length === 0) io.out("no matching articles\n");
    else
      io.out(
        table(
          ["#", "MATCH", "OUTLET", "PUBLISHED", "TITLE / URL"],
          hits.map((h, i) => [String(i + 1), h.match, h.outlet ?? "?", (h.published ?? "").slice(0, 10), [h.title ?? "(no title)", h.url].filter(Boolean).join("  ")]),
          width(io),
        ),
      );
    return hits.length ? 0 : 1;
  });
}
