import assert from "node:assert/strict";

/** A sentence, the actor ids it must name, and the ones it must not. */
export type NameRow = [string, string[], string[]];

/** Checks each row against the ids a recogniser gives for its sentence. */
export function checkNames(ids: (text: string) => string[], rows: NameRow[]): void {
  for (const [text, want, not] of rows) {
    const got = ids(text);
    for (const w of want) assert.ok(got.includes(w), `${text}\n  wants ${w}, got ${got.join(", ")}`);
    for (const n of not) assert.ok(!got.includes(n), `${text}\n  must not name ${n}, got ${got.join(", ")}`);
  }
}
