import { readInputs } from "../../capture/inputs.js";
import { analyze, defaultContext } from "../../pipeline/analyze.js";
import { toRecord } from "../../record/record.js";
import { failed } from "../../envelope/doc.js";
import { summarize, style } from "../summary.js";
import { UsageError, type CommandIO } from "../io.js";
import { captureOptions, limitsOf, parseCommand, CAPTURE_FLAGS, LIMIT_FLAGS, LIMIT_HELP, NO_INPUT } from "../options.js";

export const help = `thoisu analyze [--json] [--url URL] [--fetched-at DATE] [--date DATE] [--max-size MB] [--time-budget S] FILE|DIR|-...

Analyses page captures (.txt, .html, .jsonl batches, folders, "-" for standard input) and
prints a summary per article, or with --json one analysis record per line (NDJSON).
${LIMIT_HELP}
Exit status: 0 every input analysed, 1 some input could not be, 2 usage error.`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      json: { type: "boolean", default: false },
      ...CAPTURE_FLAGS,
      ...LIMIT_FLAGS,
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  if (parsed.positionals.length === 0) throw new UsageError(NO_INPUT);
  const options = captureOptions(v);
  const limits = limitsOf(v);
  const ctx = { ...defaultContext(io.now()), limits };
  const st = style(io.color);
  let bad = 0;
  let first = true;
  for await (const item of readInputs(parsed.positionals, io.stdin, limits)) {
    if (!item.ok) {
      bad++;
      io.err(`thoisu: ${item.where}: ${item.problem}\n`);
      continue;
    }
    const doc = analyze(item.capture, options, ctx);
    const rec = toRecord(doc);
    if (failed(doc)) {
      bad++;
      const why = doc.messages.filter((m) => m.severity === "error").map((m) => m.text).join("; ");
      io.err(`thoisu: ${item.where}: ${why}\n`);
    }
    if (v.json) io.out(JSON.stringify(rec) + "\n");
    else {
      io.out((first ? "" : "\n") + summarize(rec, item.where, st) + "\n");
      first = false;
    }
  }
  return bad ? 1 : 0;
}
