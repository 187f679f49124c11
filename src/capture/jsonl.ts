import type { Readable } from "node:stream";

/**
 * JSONL lines at the byte level, for flat memory on batches of large records: a line is cut
 * from the stream's bytes and decoded once (no per-chunk strings joined and flattened).
 *
 * (Parsing flat string records straight from the bytes, to skip the line string, was tried: it
 * was three times slower than toString + JSON.parse and did not lower the peak measurably.)
 */

/**
 * The lines of a byte stream as buffers, split as `readline` (crlfDelay: Infinity) splits them:
 * "\n", "\r\n" and a lone "\r" end a line, empty lines count, a last line without an end only
 * when not empty. A yielded buffer is only valid until the next one is asked for (it may be a
 * reused scratch buffer). String chunks are taken as their UTF-8 bytes.
 *
 * A line longer than `maxLine` bytes is not gathered: its bytes are counted and dropped as they
 * come, and its length (a number) is yielded in its place, so one huge record costs no memory
 * and the lines after it still come out.
 */
export async function* streamLineBytes(stream: Readable, maxLine = Infinity): AsyncGenerator<Buffer | number> {
  let parts: Buffer[] = [];
  let partsLen = 0;
  let skipped = -1; // bytes of the line being dropped so far; -1 when not dropping
  let afterCR = false; // the last chunk ended in "\r": a "\n" opening the next one belongs to it
  // a line spread over chunks is gathered in one reused buffer (up to 8 MB), not a new one per line
  let scratch = Buffer.alloc(0);
  const take = (piece: Buffer): Buffer | number => {
    if (skipped >= 0) {
      const n = skipped + piece.length;
      skipped = -1;
      return n;
    }
    if (piece.length + partsLen > maxLine) {
      const n = piece.length + partsLen;
      parts = [];
      partsLen = 0;
      return n;
    }
    if (!parts.length) return piece;
    let len = piece.length;
    for (const p of parts) len += p.length;
    if (len > 8 << 20) {
      const whole = Buffer.concat([...parts, piece], len);
      parts = [];
      partsLen = 0;
      return whole;
    }
    if (scratch.length < len) scratch = Buffer.allocUnsafe(Math.min(8 << 20, Math.max(len, scratch.length * 2)));
    let o = 0;
    for (const p of parts) o += p.copy(scratch, o);
    piece.copy(scratch, o);
    parts = [];
    partsLen = 0;
    return scratch.subarray(0, len);
  };
  for await (const raw of stream as AsyncIterable<Buffer | string>) {
    const chunk = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    const n = chunk.length;
    let pos = 0;
    if (afterCR && n > 0) {
      if (chunk[0] === 10) pos = 1;
      afterCR = false;
    }
    let cr = chunk.indexOf(13, pos);
    while (pos < n) {
      if (cr >= 0 && cr < pos) cr = chunk.indexOf(13, pos);
      const lf = chunk.indexOf(10, pos);
      let end: number;
      let next: number;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        end = cr;
        if (cr + 1 < n) next = chunk[cr + 1] === 10 ? cr + 2 : cr + 1;
        else {
          next = n;
          afterCR = true;
        }
      } else if (lf >= 0) {
        end = lf;
        next = lf + 1;
      } else break;
      yield take(chunk.subarray(pos, end));
      pos = next;
    }
    if (pos < n) {
      const rest = chunk.subarray(pos);
      if (skipped >= 0) skipped += rest.length;
      else if (partsLen + rest.length > maxLine) {
        skipped = partsLen + rest.length;
        parts = [];
        partsLen = 0;
      } else {
        parts.push(rest);
        partsLen += rest.length;
      }
    }
  }
  if (parts.length || skipped >= 0) yield take(Buffer.alloc(0));
}

/** The same lines decoded (UTF-8). */
export async function* streamLines(stream: Readable): AsyncGenerator<string> {
  for await (const b of streamLineBytes(stream)) if (typeof b !== "number") yield b.toString("utf8");
}
