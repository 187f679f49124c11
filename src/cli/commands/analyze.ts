import { readInputs, type FetchInput } from "../../capture/inputs.js";
import { Fetcher, userAgent } from "../../fetch/http.js";
import { fetchPage, isWebUrl } from "../../fetch/page.js";
import { analyzeBatch, BATCH_MAX, BATCH_MAX_BYTES, defaultContext } from "../../pipeline/analyze.js";
import { captureSize } from "../../pipeline/limits.js";
import type { Capture } from "../../envelope/types.js";
import { toRecord } from "../../record/record.js";
import { failed } from "../../envelope/doc.js";
import { summarize, style } from "../summary.js";
import { UsageError, type CommandIO } from "../io.js";
import { captureOptions, limitsOf, parseCommand, CAPTURE_FLAGS, LIMIT_FLAGS, LIMIT_HELP, NO_INPUT } from "../options.js";

export const help = `thoisu analyze [--json] [--url URL] [--fetched-at DATE] [--date DATE] [--max-size MB] [--time-budget S] FILE|DIR|URL|-...

Analyses page captures (.txt, .html, .jsonl batches, folders, "-" for standard input, or
http(s) addresses fetched politely) and prints a summary per article, or with --json one
analysis record per line (NDJSON).
A URL is fetched as \`thoisu watch\` fetches: robots.txt honoured, one request per host every
--rate seconds (default 1), retries with back-off, a user agent naming thoisu (--contact
URL|EMAIL or THOISU_CONTACT adds how to reach you); its address and fetch time go in the record.
${LIMIT_HELP}
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

function seconds(v: string | undefined, flag: string, dflt: number): number {
  if (v == null) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`${flag} takes a number of seconds, not "${v}"`);
  return n;
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      json: { type: "boolean", default: false },
      rate: { type: "string" },
      contact: { type: "string" },
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
  let fetchUrl: FetchInput | undefined;
  if (parsed.positionals.some(isWebUrl)) {
    const fetcher = new Fetcher({ userAgent: userAgent(v.contact ?? io.env.THOISU_CONTACT), rate: seconds(v.rate, "--rate", 1) });
    fetchUrl = async (url) => {
      const r = await fetchPage(fetcher, url, io.now);
      return r.ok ? { ok: true, where: url, capture: r.capture } : { ok: false, where: url, problem: r.problem };
    };
  }
  // Captures are analysed in batches, stage by stage (`analyzeBatch`: less CPU per article); what
  // is printed, and in what order, is what analysing them one by one prints. Input that arrives over
  // time (standard input, pages fetched from the web) is analysed as it comes: each result at once.
  const streaming = parsed.positionals.includes("-") || !!fetchUrl;
  const batchMax = streaming ? 1 : BATCH_MAX;
  type Pending = { where: string; capture: Capture } | { where: string; problem: string };
  let pending: Pending[] = [];
  let captures = 0;
  let bytes = 0;
  const flush = (): void => {
    const docs = analyzeBatch(pending.flatMap((p) => ("capture" in p ? [{ capture: p.capture, options }] : [])), ctx);
    let k = 0;
    for (const p of pending) {
      if (!("capture" in p)) {
        bad++;
        io.err(`thoisu: ${p.where}: ${p.problem}\n`);
        continue;
      }
      const doc = docs[k++]!;
      const rec = toRecord(doc);
      if (failed(doc)) {
        bad++;
        const why = doc.messages.filter((m) => m.severity === "error").map((m) => m.text).join("; ");
        io.err(`thoisu: ${p.where}: ${why}\n`);
      }
      if (v.json) io.out(JSON.stringify(rec) + "\n");
      else {
        io.out((first ? "" : "\n") + summarize(rec, p.where, st) + "\n");
        first = false;
      }
    }
    pending = [];
    captures = 0;
    bytes = 0;
  };
  for await (const item of readInputs(parsed.positionals, io.stdin, { ...limits, fetchUrl })) {
    if (!item.ok) {
      pending.push({ where: item.where, problem: item.problem });
      continue;
    }
    pending.push({ where: item.where, capture: item.capture });
    captures++;
    bytes += captureSize(item.capture);
    if (captures >= batchMax || bytes >= BATCH_MAX_BYTES) flush();
  }
  flush();
  if (!v.json && !first) io.out("\n" + st.dim(LEGEND) + "\n");
  return bad ? 1 : 0;
}
