import { csv, shownDate, sidesText, TIMELINE_CSV_HEAD, timelineCsvRow } from "../../store/format.js";
import type { ActorStat, LineExplanation, Store, StoryEvent } from "../../store/store.js";
import { INGEST_HINT } from "../../store/open.js";
import { sourceDate } from "../../story/merge.js";
import { PLOVER_TYPES } from "../../serve/schemas.js";
import { UsageError, type CommandIO } from "../io.js";
import { choice, dateRange, jsonLines, outputFormat, parseCommand, parseCount, width, withStore } from "../options.js";
import { whoDidWhat, wrap } from "../summary.js";
import { queryActors } from "../../search/search.js";

export const help = `thoisu timeline [QUERY] [--story ID] [--actor X] [--type T] [--from D] [--to D] [--limit N] [--format table|json|csv] [--db FILE|URL]
thoisu timeline --explain ID [--format table|json] [--db FILE|URL]

Story events (the same happening across articles, once, with all its sources) ordered by
event date: date and precision, type, status, source count, who acted on whom ("A → B"
directed, "A & B" jointly, "via C" a mediator or host), and the sentence of the first source.
QUERY keeps story events whose articles match it (diacritics optional; a query of names, like
"Zelenskyy", keeps those whose articles name them, however spelt). --story keeps one story's
events (an id from \`thoisu stories\`); --actor takes an actor id, code or name; --type a PLOVER
type (${PLOVER_TYPES.join(", ")}); --from/--to YYYY[-MM[-DD]]; --limit (default 200, 0 for
all). A date marked "contested" is the one most sources give; others give another. JSON has the
HTTP API's field names (sourceCount, sources[].articleId); CSV columns are snake_case.
--explain ID shows one story event (an id or its first characters) and why each source is on it.`;

/** Display name of an actor id: its name, with its code when it is not a state's own name. */
export function actorLabel(actors: ReadonlyMap<string, Pick<ActorStat, "name" | "type" | "code">>): (id: string) => string {
  return (id) => {
    const a = actors.get(id);
    if (!a) return id.replace(/_/g, " ");
    return a.code && a.type !== "gpe" && a.code !== a.name ? `${a.name} (${a.code})` : a.name;
  };
}

/**
 * The person-readable timeline: per story event a line with date, type, status, sources and who
 * acted on whom, then the first source's sentence (wrapped, up to three lines) and where it is from.
 */
export function timelineTable(events: StoryEvent[], width: number, name: (id: string) => string = (id) => id.replace(/_/g, " ")): string {
  const heads = events.map((e) => {
    const f = e.sources[0];
    const who = f ? whoDidWhat(f.actor, f.recipient, f.third_party, name) : e.participants.join(" & ");
    return {
      date: shownDate(e),
      type: e.mode ? `${e.type}/${e.mode}` : e.type,
      status: e.status,
      src: `${e.sourceCount} src`,
      who: who + (e.location ? ` @ ${name(e.location)}` : ""),
      f,
    };
  });
  const w = (k: "date" | "type" | "status" | "src") => Math.max(...heads.map((h) => h[k].length));
  const [wd, wt, ws, wn] = [w("date"), w("type"), w("status"), w("src")];
  const indent = " ".repeat(4);
  const out: string[] = [];
  for (const h of heads) {
    const left = `${h.date.padEnd(wd)}  ${h.type.padEnd(wt)}  ${h.status.padEnd(ws)}  ${h.src.padStart(wn)}  `;
    const room = Math.max(20, width - left.length);
    out.push(left + (h.who.length > room ? h.who.slice(0, room - 1) + "…" : h.who));
    if (h.f) {
      for (const l of wrap(`“${h.f.sentence}”`, Math.max(30, width - indent.length))) out.push(indent + l);
      const from = [h.f.outlet ?? "outlet ?", h.f.title ?? h.f.url ?? h.f.articleId].join(" — ");
      out.push(indent + (from.length > width - indent.length ? from.slice(0, width - indent.length - 1) + "…" : from));
    }
  }
  return out.join("\n") + "\n";
}

/** A line and why each of its sources is on it, for a terminal. */
export function explainText(x: LineExplanation): string {
  const e = x.line;
  const out: string[] = [];
  out.push(`${e.id}  ${e.mode ? `${e.type}/${e.mode}` : e.type}  ${sidesText(e)}${e.location ? ` @${e.location}` : ""}`);
  out.push(`date ${shownDate(e)}${e.story ? `  story ${e.story}` : ""}`);
  if (e.dates.length > 1 || e.dateContested) for (const d of e.dates) out.push(`  ${d.date ?? "no date of its own"}: ${d.articles.length} source${d.articles.length === 1 ? "" : "s"}`);
  out.push(`status ${e.status}${e.claims.length > 1 ? ` (${e.claims.map((c) => `${c.status}: ${c.sources.map((s) => s.outlet ?? s.articleId).join(", ")}`).join("; ")})` : ""}`);
  out.push(`${e.sourceCount} independent source${e.sourceCount === 1 ? "" : "s"}:`);
  for (const [i, s] of x.sources.entries()) {
    const src = e.sources[i];
    // (a year the article leaves open, as the line reads it by the report date)
    const placed = src ? sourceDate(src) : s.date;
    const open = placed !== s.date ? ` (year left open: ${placed} by its report date ${s.reported})` : "";
    out.push(`${i + 1}. ${s.outlet ?? "?"} (${s.articleId}, event ${s.eventId}) dated ${s.date ?? `~${s.reported ?? "?"} (reported)`}${open}${src?.syndicated ? " [syndicated copy]" : ""}`);
    if (src) out.push(`   “${src.sentence.length > 160 ? src.sentence.slice(0, 159) + "…" : src.sentence}”`);
    if (!s.why) {
      out.push("   (no reason kept)");
      continue;
    }
    out.push(`   ${s.why.decision === "new" ? "opened the line" : `joined (score ${s.why.score})`}: ${s.why.reasons.join("; ")}`);
    for (const c of s.why.considered) out.push(`   not ${c.line} (${c.date ?? "undated"}): ${c.verdict}`);
  }
  return out.join("\n") + "\n";
}

/** Why a timeline is empty: an empty store says how to fill it; a filter says it matched nothing. */
export async function emptyTimeline(store: Store, filtered: boolean): Promise<string> {
  const s = await store.stats();
  if (s.articles === 0) return `no story events: the store ${store.location} holds no articles yet; ${INGEST_HINT}\n`;
  if (s.stories === 0) return `no story events: the store's ${s.articles} articles state no event between coded actors\n`;
  return filtered ? `no story events match these filters (the store holds ${s.stories}; thoisu timeline without filters lists them)\n` : "no story events\n";
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      story: { type: "string" },
      explain: { type: "string" },
      actor: { type: "string" },
      type: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      limit: { type: "string" },
      format: { type: "string", default: "table" },
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  outputFormat(v.format);
  const type = choice(v.type, PLOVER_TYPES, "--type", { upper: true });
  const { from, to } = dateRange(v.from, v.to);
  const limit = parseCount(v.limit, "--limit", 200);
  if (v.explain != null) {
    if (v.format === "csv") throw new UsageError(`--explain writes table or json, not csv`);
    return withStore(v.db, io, async (store) => {
      const x = await store.explainLine(v.explain!.trim());
      if (!x) {
        io.err(`thoisu timeline: no story event with id ${v.explain} (ids are in \`thoisu timeline --format json\`)\n`);
        return 1;
      }
      io.out(v.format === "json" ? JSON.stringify(x, null, 1) + "\n" : explainText(x));
      return 0;
    });
  }
  return withStore(v.db, io, async (store) => {
    const query = parsed.positionals.join(" ").trim() || undefined;
    const events = await store.timeline({ query, queryActors: query ? queryActors(query) : undefined, story: v.story, actor: v.actor, type, from, to, limit });
    if (v.format === "json") io.out(jsonLines(events));
    else if (v.format === "csv") io.out(csv(TIMELINE_CSV_HEAD, events.map(timelineCsvRow)));
    else if (events.length === 0 && v.story && !(await store.story(v.story))) io.out(`no story with id ${v.story} (\`thoisu stories\` lists them)\n`);
    else if (events.length === 0) io.out(await emptyTimeline(store, Boolean(query || v.story || v.actor || type || from || to)));
    else {
      const actors = new Map((await store.actors({ limit: 0 })).map((a) => [a.id, a]));
      io.out(timelineTable(events, width(io), actorLabel(actors)));
    }
    return 0;
  });
}
