import { csv } from "../../store/format.js";
import { INGEST_HINT } from "../../store/open.js";
import { searchArticles, type SearchResult } from "../../search/search.js";
import type { Snippet } from "../../search/snippet.js";
import { UsageError, type CommandIO } from "../io.js";
import { jsonLines, outputFormat, parseCommand, parseCount, width, withStore } from "../options.js";
import { style, wrap, type Style } from "../summary.js";

export const help = `thoisu search QUERY [--limit N] [--format table|json|csv] [--db FILE|URL]

Articles matching QUERY, each with a snippet (the matches marked), its outlet and date (the
published date, else the reference date the analysis used, marked "ref."). QUERY may name
actors by id, name or any alias, diacritics optional ("Zelenskyy", "Zelensky", "Kyiv", "Kiev",
"Lavrov Rubio"): articles naming them match even when they spell the name otherwise. Its words
are searched in the text too ("dam phan qatar" finds "đàm phán … Qatar"; typed with diacritics,
exact matches rank first: "Nhà Trắng" before "Nha Trang"). Articles naming the actors and
holding the other words come first. No match is not an error (exit status 0).`;

/** The snippet with its matches marked: bold on a terminal, [brackets] otherwise. */
export function markedSnippet(s: Snippet, st: Style, color: boolean): string {
  let out = s.cutStart ? "…" : "";
  let at = 0;
  for (const [a, b] of s.marks) {
    out += s.text.slice(at, a) + (color ? st.bold(st.yellow(s.text.slice(a, b))) : `[${s.text.slice(a, b)}]`);
    at = b;
  }
  return out + s.text.slice(at) + (s.cutEnd ? "…" : "");
}

export function dateLabel(h: Pick<SearchResult, "date" | "dateBasis">): string {
  if (!h.date) return "date unknown";
  return h.dateBasis === "reference" ? `${h.date.slice(0, 10)} (ref.)` : h.date.slice(0, 16).replace("T", " ");
}

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
  if (!q) throw new UsageError("no query given (words, or an actor's name: thoisu search Zelenskyy)");
  outputFormat(v.format);
  const limit = Math.max(1, parseCount(v.limit, "--limit", 20));
  return withStore(v.db, io, async (store) => {
    const r = await searchArticles(store, q, { limit });
    const hits = r.hits;
    if (v.format === "json") io.out(jsonLines(hits));
    else if (v.format === "csv")
      io.out(
        csv(
          ["id", "match", "score", "outlet", "date", "date_basis", "published", "title", "url", "actors", "snippet"],
          hits.map((h) => [h.id, h.match, h.score, h.outlet, h.date, h.dateBasis, h.published, h.title, h.url, h.actors, h.snippet.text]),
        ),
      );
    else if (hits.length === 0) {
      const { articles } = await store.stats();
      io.out(articles === 0 ? `no article matches "${q}": the store ${store.location} holds no articles yet; ${INGEST_HINT}\n` : `no article matches "${q}" (among ${articles} stored)\n`);
    } else {
      const st = style(io.color);
      const w = Math.max(40, width(io));
      const names = new Map(r.actors.map((a) => [a.id, a.name]));
      const out: string[] = [];
      if (r.actors.length) out.push(st.dim(`"${q}" names ${[...new Set(r.actors.map((a) => a.name))].slice(0, 6).join(", ")}${r.actors.length > 6 ? "…" : ""}`));
      hits.forEach((h, i) => {
        const n = `${i + 1}. `;
        const pad = " ".repeat(n.length);
        out.push(n + st.bold(h.title ?? "(no title)"));
        const meta = [h.outlet ?? "outlet ?", dateLabel(h), h.match === "actor" ? `names ${h.actors.map((id) => names.get(id) ?? id).join(", ")}` : h.match === "folded" ? "words without diacritics" : "words"];
        out.push(pad + st.dim(meta.join(" · ")));
        for (const l of wrap(markedSnippet(h.snippet, st, io.color), w - pad.length, 4)) out.push(pad + l);
        out.push(pad + st.dim(h.url ?? `id ${h.id}`));
      });
      io.out(out.join("\n") + "\n");
    }
    return 0;
  });
}
