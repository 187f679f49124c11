#!/usr/bin/env -S node --max-old-space-size=1024
// The heap cap keeps a streamed multi-GB batch at flat, small memory: without it V8 lets the
// heap grow towards its default limit before collecting (peak RSS measured by bench/extract.ts).
import { main, processIO } from "./main.js";

process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(0);
});
main(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(String(e) + "\n");
    process.exitCode = 1;
  },
);
