import { PassThrough } from "node:stream";
import type { CommandIO } from "../../src/cli/io.js";
import { PINNED_NOW } from "./shared.js";

/** A command's input and output in memory, on the pinned clock: `out()` and `err()` read what it printed. */
export function fakeIO(env: Record<string, string> = {}): { io: CommandIO; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const io: CommandIO = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    stdin: new PassThrough(),
    color: false,
    isTTY: false,
    now: () => PINNED_NOW,
    env,
  };
  return { io, out: () => out, err: () => err };
}
