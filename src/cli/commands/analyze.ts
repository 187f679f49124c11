import { readInputs } from "../../capture/inputs.js";
import { analyze, defaultContext } from "../../pipeline/analyze.js";
import { toRecord } from "../../record/record.js";
import { failed } from "../../envelope/doc.js";
import { summarize, style } from "../summary.js";
import { UsageError, type CommandIO } from "../io.js";
import { captureOptions, parseCommand, CAPTURE_FLAGS, NO_INPUT } from "../options.js";

export const help = `thoisu analyze [--json] [--url URL] [--fetched-at DATE] [--date DATE] FILE|DIR|-...

Analyses page captures (.txt, .html, .jsonl batches, folders, "-" for standard input) and
prints a summary per article, or with --json one analysis record per line (NDJSON).
Exit status: 0 every input analysed, 1 some input could not be, 2 usage error.

Reading the summary:
  dates   the words as written → their TIMEX3 value: 2025-01-15, 2024-08 (a month), 2022
          (a year), 2024-SP/SU/FA/WI (spring, summer, autumn/fall, winter), 2025-W05 (ISO
          week), 2025-W33-WE (a weekend), P3Y (a duration), XXXX-02-05 (the year unknown)
  actors  name [code]: the state (ISO alpha-3) or organisation an actor acts for
  events  date  TYPE/mode  actor → recipient (via third party)  status @ place (per source)
          TYPE is a PLOVER event type (CONSULT talks, AGREE, SUPPORT, REQUEST, ACCUSE,
          THREATEN, SANCTION, ASSAULT…); mode its kind (CONSULT/visit, CONSULT/phone,
          CONSULT/third-party: talks hosted or mediated by a third party, AID/military…);
          "A & B" acted jointly (talks with no host), "A → B" acted on B; status other than
          occurred (planned, proposed, denied, hypothetical…) is in yellow.`;

/** One line under a person-readable run, pointing to the key above. */
export const LEGEND = "key: 2024-SU summer (SP spring, FA autumn, WI winter), 2025-W05 week, XXXX unknown year · TYPE/mode: PLOVER type and kind (CONSULT/third-party: hosted or mediated talks) · A → B acted on B, A & B jointly · thoisu analyze --help";

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      json: { type: "boolean", default: false },
      ...CAPTURE_FLAGS,
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  if (parsed.positionals.length === 0) throw new UsageError(NO_INPUT);
  const options = captureOptions(v);
  const ctx = defaultContext(io.now());
  const st = style(io.color);
  let bad = 0;
  let first = true;
  for await (const item of readInputs(parsed.positionals, io.stdin)) {
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
  if (!v.json && !first) io.out("\n" + st.dim(LEGEND) + "\n");
  return bad ? 1 : 0;
}
