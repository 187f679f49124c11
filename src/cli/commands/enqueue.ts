import { readInputs } from "../../capture/inputs.js";
import { openStore, storeLocation } from "../../store/open.js";
import { newDoc } from "../../envelope/doc.js";
import { storedCapture } from "../../ingest/prepare.js";
import type { QueueItem } from "../../store/store.js";
import { UsageError, type CommandIO } from "../io.js";
import { captureOptions, parseCommand, parseCount, CAPTURE_FLAGS, NO_INPUT } from "../options.js";

export const help = `thoisu enqueue [--db URL|FILE] [--batch N] [--url URL] [--fetched-at DATE] [--date DATE] FILE|DIR|-...

Puts captures (files, folders, .jsonl batches, .warc/.warc.gz archives, "-" for standard
input) on the store's shared queue, for thoisu worker processes to analyse. Captures already
stored or already queued are skipped. --batch: captures per transaction (default 500).`;

export async function run(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand(
    argv,
    {
      db: { type: "string" },
      batch: { type: "string" },
      ...CAPTURE_FLAGS,
    },
    help,
    io,
  );
  if (!parsed) return 0;
  const v = parsed.values;
  if (parsed.positionals.length === 0) throw new UsageError(NO_INPUT);
  const options = captureOptions(v);
  const batchSize = Math.max(1, parseCount(v.batch, "--batch", 500));
  const store = await openStore(storeLocation(v.db, io.env), { now: io.now });
  const sum = { seen: 0, queued: 0, stored: 0, alreadyQueued: 0, problems: 0 };
  try {
    let buf: QueueItem[] = [];
    const flush = async () => {
      const r = await store.enqueue(buf);
      sum.queued += r.queued;
      sum.stored += r.stored;
      sum.alreadyQueued += r.alreadyQueued;
      buf = [];
    };
    for await (const item of readInputs(parsed.positionals, io.stdin)) {
      sum.seen++;
      if (!item.ok) {
        sum.problems++;
        io.err(`thoisu: ${item.where}: ${item.problem}\n`);
        continue;
      }
      buf.push({ id: newDoc(item.capture, options).id, capture: storedCapture(item.capture, options) });
      if (buf.length >= batchSize) await flush();
    }
    if (buf.length) await flush();
    const q = await store.queueStats();
    io.out(`enqueued ${sum.seen}: ${sum.queued} queued, ${sum.stored} already stored, ${sum.alreadyQueued} already queued${sum.problems ? `, ${sum.problems} problems` : ""}; queue: ${q.pending} pending, ${q.claimed} claimed\n`);
  } finally {
    await store.close();
  }
  return sum.problems ? 1 : 0;
}
