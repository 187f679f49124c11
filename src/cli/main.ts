import { UsageError, type CommandIO } from "./io.js";
import { StoreError } from "../store/store.js";
import * as analyzeCmd from "./commands/analyze.js";
import * as ingestCmd from "./commands/ingest.js";
import * as reanalyzeCmd from "./commands/reanalyze.js";
import * as timelineCmd from "./commands/timeline.js";
import * as storiesCmd from "./commands/stories.js";
import * as searchCmd from "./commands/search.js";
import * as actorsCmd from "./commands/actors.js";
import * as exportCmd from "./commands/export.js";
import * as watchCmd from "./commands/watch.js";
import * as workerCmd from "./commands/worker.js";
import * as enqueueCmd from "./commands/enqueue.js";
import * as serveCmd from "./commands/serve.js";

interface Command {
  help: string;
  run(argv: string[], io: CommandIO): Promise<number>;
}

/** Every subcommand; a new command is one line here and one module in commands/. */
export const COMMANDS: Record<string, Command> = {
  analyze: analyzeCmd,
  ingest: ingestCmd,
  reanalyze: reanalyzeCmd,
  stories: storiesCmd,
  timeline: timelineCmd,
  search: searchCmd,
  actors: actorsCmd,
  export: exportCmd,
  watch: watchCmd,
  worker: workerCmd,
  enqueue: enqueueCmd,
  serve: serveCmd,
};

const USAGE = `usage: thoisu <command> [options]

commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.help.split("\n")[2] ?? ""}`)
  .join("\n")}

thoisu <command> --help for a command's options.`;

export async function main(argv: string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(USAGE + "\n");
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.err(`thoisu: unknown command "${name}"\n${USAGE}\n`);
    return 2;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError || e instanceof StoreError) {
      io.err(`thoisu ${name}: ${e.message}\n`);
      return 2;
    }
    // What we did not foresee: one line, the stack only on request.
    const debug = io.env.THOISU_DEBUG && io.env.THOISU_DEBUG !== "0";
    io.err(`thoisu ${name}: ${e instanceof Error ? (debug ? (e.stack ?? e.message) : e.message) : String(e)}${debug ? "" : " (THOISU_DEBUG=1 for details)"}\n`);
    return 1;
  }
}

export function processIO(): CommandIO {
  return {
    out: (s) => void process.stdout.write(s),
    err: (s) => void process.stderr.write(s),
    stdin: process.stdin,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    isTTY: Boolean(process.stderr.isTTY),
    now: () => new Date(),
    env: process.env,
    columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  };
}
