/**
 * A JSON object streamed as it is produced: its head fields, then an array whose items come
 * chunk by chunk from an async source, then the fields known once the array is done (count,
 * next cursor, names). The source is pulled only as the client reads (a stream of 16 KB
 * high-water mark piped to the socket): a client that does not read holds one chunk in the
 * server's memory, not its whole answer.
 */
import { Readable } from "node:stream";

export function jsonObjectStream(head: Record<string, unknown>, key: string, chunks: AsyncIterable<readonly unknown[]>, tail: () => Record<string, unknown>): Readable {
  async function* parts(): AsyncGenerator<string> {
    const h = JSON.stringify(head);
    yield (h.length > 2 ? h.slice(0, -1) + "," : "{") + JSON.stringify(key) + ":[";
    let first = true;
    for await (const items of chunks) {
      if (!items.length) continue;
      let s = first ? "" : ",";
      for (let i = 0; i < items.length; i++) s += (i ? "," : "") + JSON.stringify(items[i]);
      first = false;
      yield s;
    }
    const t = JSON.stringify(tail());
    yield "]" + (t.length > 2 ? "," + t.slice(1) : "}");
  }
  return Readable.from(parts(), { objectMode: false, highWaterMark: 16 * 1024 });
}
