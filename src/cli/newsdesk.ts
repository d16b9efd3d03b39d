import { parseArgs } from "node:util";
import { argumentLabel, commandsOn } from "../catalogue.ts";
import { loadConfig } from "../config.ts";
import { openEngineWithInfo } from "../open.ts";
import { renderJson } from "../render/json.ts";
import { formatProblem, renderTerminal, terminalSafe } from "../render/terminal.ts";
import { counted } from "../text/plural.ts";
import { runBatch } from "./batch.ts";
import { explain } from "./explain.ts";
import { FEEDBACK_USAGE, runExport, runForget, runReport } from "./feedback.ts";
import { runRepl } from "./repl.ts";

/** The command line's commands from the catalogue, one line each (a required argument in quotes). */
const USAGE = [
  "usage: newsdesk [command] [--corpus DIR] [--json]",
  ...commandsOn("cli").map((c) => {
    const label = argumentLabel(c);
    const usage = c.name + (label ? ` ${label.startsWith("<") ? `"${label}"` : label}` : "");
    return `  ${usage.padEnd(19)}${c.description}`;
  }),
  `  ${"(no command)".padEnd(19)}The interactive terminal session.`,
].join("\n");

/** Runs the `newsdesk` command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    process.stderr.write(`${terminalSafe((error as Error).message)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const dir = values.corpus ?? config.corpusDir;
  const [command, ...rest] = positionals;
  const print = (text: string) => process.stdout.write(`${text}\n`);
  if (command === "feedback") {
    // The store only: no corpus is read.
    const [action] = rest;
    if (action === "forget") return runForget(config, values.user, print);
    if (action === "export") {
      const tell = (text: string) => process.stderr.write(`${text}\n`);
      return runExport(config, { since: values.since, out: values.out }, print, tell);
    }
    process.stderr.write(
      `${action ? `unknown feedback command: ${terminalSafe(action)}\n` : ""}${FEEDBACK_USAGE}\n`,
    );
    return 2;
  }
  const problems: string[] = [];
  const { engine, info } = openEngineWithInfo(dir, (p) => problems.push(formatProblem(p)));
  for (const problem of problems) process.stderr.write(`corpus: ${problem}\n`);
  if (info.cacheProblem) process.stderr.write(`cache: ${terminalSafe(info.cacheProblem)}\n`);

  switch (command) {
    case undefined:
      await runRepl(engine);
      return 0;
    case "ask":
    case "who": {
      const text = rest.join(" ");
      const reply = command === "ask" ? engine.ask(text) : engine.who(text);
      process.stdout.write(`${values.json ? renderJson(reply) : renderTerminal(reply)}\n`);
      return 0;
    }
    case "timeline":
    case "positions": {
      const topic = rest.join(" ");
      const reply = command === "timeline" ? engine.timeline() : engine.positions(topic || undefined);
      process.stdout.write(`${values.json ? renderJson(reply) : renderTerminal(reply)}\n`);
      return 0;
    }
    case "batch":
      await runBatch(engine, process.stdin, (line) => process.stdout.write(`${line}\n`));
      return 0;
    case "report":
      return runReport(engine.corpus, config, { since: values.since, json: values.json }, print);
    case "check": {
      const { articles, passages } = engine.corpus;
      process.stdout.write(
        `${counted(articles.length, "article")}, ${counted(passages.length, "sentence")}, ${counted(problems.length, "problem")}\n`,
      );
      return problems.length > 0 ? 1 : 0;
    }
    default:
      process.stderr.write(`unknown command: ${terminalSafe(command)}\n${USAGE}\n`);
      return 2;
  }
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      corpus: { type: "string" },
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      // report and feedback export: how far back; feedback export: the file; feedback forget: whose rows.
      since: { type: "string" },
      out: { type: "string" },
      user: { type: "string" },
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.exitCode = explain(error);
    },
  );
}
