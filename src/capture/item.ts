import type { Capture } from "../envelope/types.js";

/** One item read from the inputs: a capture to analyse, or a problem naming where it is. */
export type InputItem =
  | { ok: true; capture: Capture; where: string }
  | { ok: false; where: string; problem: string };
