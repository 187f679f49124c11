import { table } from "../../store/format.js";
import type { StoryThread, StoryThreadDetail } from "../../store/store.js";
import { type CommandIO } from "../io.js";
import { outputFormat, parseCommand, parseCount, width, withStore } from "../options.js";

export const help = `thoisu stories [ID] [--query Q] [--min-articles N] [--limit N] [--format table|json] [--db FILE|URL]
thoisu stories --rebuild [--db FILE|URL]

Stories: the store's articles and story events grouped by who they are between, whom they
name, their words, places and time, built as articles arrive. Lists each story's id, name,
span, main sides, events, articles and last update, the most recently active first.
ID shows one story with its articles and why each belongs to it (an old id of a story joined
into another answers for it); \`thoisu timeline --story ID\` is its timeline. --query keeps
stories some of whose articles match words; --min-articles hides smaller ones; --limit
(default 100, 0 for all). --rebuild groups every stored article again, in the order stored.`;

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/** Below this width the list is printed as cards (a phone's terminal, a narrow window). */
const CARDS_BELOW = 110;

export function storiesTable(list: StoryThread[], width: number): string {
  if (width < CARDS_BELOW) {
    // One card per story: its name on a line of its own, then id, span, counts, sides and places.
    const fit = (s: string) => (s.length > width ? s.slice(0, Math.max(1, width - 1)) + "…" : s);
    return (
      list
        .map((t) =>
          [
            fit(t.name),
            fit(`  ${t.id} · ${t.first ?? "?"} … ${t.last ?? "?"}`),
            fit(`  ${plural(t.events, "event")} · ${plural(t.articles, "article")} · ${t.sides.join(" ")}${t.places.length ? ` · ${t.places.slice(0, 2).join(", ")}` : ""}`),
          ].join("\n"),
        )
        .join("\n\n") + "\n"
    );
  }
  const rows = list.map((t) => [t.id, `${t.first ?? "?"} … ${t.last ?? "?"}`, String(t.events), String(t.articles), t.updatedAt.slice(0, 10), t.sides.join(" "), `${t.name}${t.places.length ? ` (${t.places.slice(0, 2).join(", ")})` : ""}`]);
  return table(["ID", "SPAN", "EVENTS", "ARTICLES", "UPDATED", "SIDES", "STORY"], rows, width);
}

export function storyText(t: StoryThreadDetail): string {
  const out = [`${t.id}  ${t.name}`, `span ${t.first ?? "?"} … ${t.last ?? "?"}; ${t.events} story events, ${t.articles} articles; updated ${t.updatedAt}`];
  out.push(`sides: ${t.sides.map((c) => `${c} (${t.sideNames[c] ?? c})`).join(", ")}`);
  if (t.places.length) out.push(`places: ${t.places.join(", ")}`);
  if (t.terms.length) out.push(`words: ${t.terms.join(", ")}`);
  out.push(t.members.length < t.articles ? `articles (the ${t.members.length} last stored of ${t.articles}):` : "articles:");
  for (const m of t.members) {
    out.push(`  ${m.date ?? "????-??-??"}  ${m.outlet ?? "?"} — ${m.title ?? m.url ?? m.id}  (${m.id})`);
    if (m.why) out.push(`      ${m.why}`);
  }
  if (t.months.length) out.push(`events per month: ${t.months.map((m) => `${m.month} ${m.cooperation + m.conflict}`).join(", ")}`);
  for (const j of t.joined) out.push(`joined story ${j.id} on ${j.at.slice(0, 10)}${j.why ? `: ${j.why}` : ""}`);
  out.push(`timeline: thoisu timeline --story ${t.id}`);
  return out.join("\n") + "\n";
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      query: { type: "string" },
      "min-articles": { type: "string" },
      limit: { type: "string" },
      rebuild: { type: "boolean", default: false },
      format: { type: "string", default: "table" },
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  const format = outputFormat(v.format, ["table", "json"] as const);
  const id = parsed.positionals[0];
  return withStore(v.db, io, async (store) => {
    if (v.rebuild) {
      const r = await store.rebuildStories();
      io.out(format === "json" ? JSON.stringify(r) + "\n" : `rebuilt: ${r.lines} story events in ${r.stories} stories\n`);
      return 0;
    }
    if (id) {
      const t = await store.story(id);
      if (!t) {
        io.err(`thoisu stories: no story with id ${id} (\`thoisu stories\` lists them)\n`);
        return 1;
      }
      io.out(format === "json" ? JSON.stringify(t, null, 1) + "\n" : storyText(t));
      return 0;
    }
    const list = await store.stories({ query: v.query, minArticles: parseCount(v["min-articles"], "--min-articles", 1), limit: parseCount(v.limit, "--limit", 100) });
    if (format === "json") io.out("[\n" + list.map((x) => JSON.stringify(x)).join(",\n") + (list.length ? "\n" : "") + "]\n");
    else if (list.length === 0) io.out("no stories (ingest articles first: thoisu ingest FILE...)\n");
    else io.out(storiesTable(list, width(io)));
    return 0;
  });
}
