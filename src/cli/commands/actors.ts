import { csv, table } from "../../store/format.js";
import { INGEST_HINT } from "../../store/open.js";
import { ACTOR_TYPES } from "../../serve/schemas.js";
import type { CommandIO } from "../io.js";
import { choice, jsonLines, outputFormat, parseCommand, parseCount, width, withStore } from "../options.js";

export const help = `thoisu actors [--type person|gpe|place|org|media] [--limit N] [--format table|json|csv] [--db FILE|URL]

Actors of the stored articles by number of mentions (syndicated copies not counted twice).
--type: person, gpe (a state), place, org (bodies, organisations, groups) or media.`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      type: { type: "string" },
      limit: { type: "string" },
      format: { type: "string", default: "table" },
    },
    help,
    io,
    { positionals: false },
  );
  if (!parsed) return 0;
  const v = parsed.values;
  outputFormat(v.format);
  const type = choice(v.type, ACTOR_TYPES, "--type");
  const limit = parseCount(v.limit, "--limit", 50);
  return withStore(v.db, io, async (store) => {
    const list = await store.actors({ type, limit });
    if (v.format === "json") io.out(jsonLines(list));
    else if (v.format === "csv") io.out(csv(["id", "name", "type", "code", "mentions", "articles"], list.map((a) => [a.id, a.name, a.type, a.code, a.mentions, a.articles])));
    else if (list.length === 0) {
      const { articles } = await store.stats();
      io.out(articles === 0 ? `no actors: the store ${store.location} holds no articles yet; ${INGEST_HINT}\n` : `no actors${type ? ` of type ${type}` : ""}\n`);
    }
    else io.out(table(["MENTIONS", "ARTICLES", "CODE", "TYPE", "ACTOR"], list.map((a) => [String(a.mentions), String(a.articles), a.code ?? "-", a.type, `${a.name} (${a.id})`]), width(io)));
    return 0;
  });
}
