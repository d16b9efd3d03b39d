import { MAX_QUESTION_LENGTH } from "./engine.ts";

/** Where a command is offered: Discord, the terminal session, the `newsdesk` command line, batch lines. */
export type Surface = "discord" | "terminal" | "cli" | "batch";

/** The one thing a command is told besides its name: a question, a name, a topic. */
export interface CommandArgument {
  /** Its name as an option (Discord's `/who actor:`). */
  readonly name: string;
  /** How usage lines show it: `<question>`, or `[topic]` when it may be left out. */
  readonly label: string;
  readonly description: string;
  readonly required: boolean;
  readonly maxLength: number;
  /** Names are suggested while it is typed (Discord's autocomplete). */
  readonly autocomplete?: boolean;
}

/** One command: what it is called and does, what it takes, and where it is offered. */
export interface CatalogueEntry {
  readonly name: string;
  /** One sentence, the same on every surface (Discord's limit: 100 characters). */
  readonly description: string;
  readonly argument?: CommandArgument;
  /** Used on a message someone posted rather than typed (Discord's message context menu). */
  readonly onMessage?: boolean;
  /** Only for those who run the bot: on Discord, members who may manage the server. */
  readonly admin?: boolean;
  readonly on: { readonly [S in Surface]?: true };
}

/**
 * Every command of newsdesk, written once: Discord's registration (`commands/`) and `/help`, the
 * terminal session's commands and help (`src/cli/terminal-commands.ts`), the command line's usage
 * (`src/cli/newsdesk.ts`) and the commands a batch line may name (`src/cli/batch.ts`) all read it.
 * In the order `/help` and the usage list them.
 */
export const CATALOGUE = [
  {
    name: "ask",
    description: "Ask about the story; the answer is its own sentences, quoted and cited.",
    argument: {
      name: "question",
      label: "question",
      description: "Your question, e.g. Who did Khamenei say would not negotiate?",
      required: true,
      maxLength: MAX_QUESTION_LENGTH,
    },
    on: { discord: true, terminal: true, cli: true, batch: true },
  },
  {
    name: "who",
    description: "A person or organisation in the story, and every sentence about them.",
    argument: {
      name: "actor",
      label: "name",
      description: "A name, e.g. Grossi",
      required: true,
      maxLength: 100,
      autocomplete: true,
    },
    on: { discord: true, terminal: true, cli: true, batch: true },
  },
  {
    name: "timeline",
    description: "What happened, in the order the story dates it, each event cited.",
    on: { discord: true, terminal: true, cli: true },
  },
  {
    name: "positions",
    description: "Who stands where in the story, each position quoted and cited.",
    argument: {
      name: "topic",
      label: "topic",
      description: "Narrow to a topic, e.g. negotiations",
      required: false,
      maxLength: 100,
    },
    on: { discord: true, terminal: true, cli: true },
  },
  {
    name: "about",
    description: "Which articles newsdesk answers from: titles, sources and dates.",
    on: { discord: true },
  },
  {
    name: "help",
    description: "What newsdesk can do and how to ask.",
    on: { discord: true, terminal: true },
  },
  {
    name: "Check against the story",
    // Shown after "(right-click a message → Apps) —" in /help; Discord shows no description for it.
    description: "the story's passages that bear on that message.",
    onMessage: true,
    on: { discord: true },
  },
  {
    name: "report",
    description:
      "Feedback: the answers with most 👎, questions the story doesn't cover, citations per article.",
    admin: true,
    on: { discord: true, cli: true },
  },
  {
    name: "batch",
    description: 'JSON lines in ({"id","command","query"}), JSON lines out.',
    on: { cli: true },
  },
  {
    name: "check",
    description: "Validate the corpus; exits 1 on any problem.",
    on: { cli: true },
  },
  {
    name: "feedback",
    description:
      "export: the 👎 questions as evaluation data; forget --user <id>: delete one user's feedback.",
    on: { cli: true },
  },
  {
    name: "quit",
    description: "Leave the session (or Ctrl-D).",
    on: { terminal: true },
  },
] as const satisfies readonly CatalogueEntry[];

type Entry = (typeof CATALOGUE)[number];

/** The names of the commands offered on a surface, as a type: a handler table keyed by it misses none. */
export type CommandName<S extends Surface> = Extract<Entry, { on: { readonly [K in S]: true } }>["name"];

/** The commands offered on a surface, in catalogue order. */
export function commandsOn<S extends Surface>(surface: S): Array<Extract<Entry, { name: CommandName<S> }>> {
  return CATALOGUE.filter((c): c is Extract<Entry, { name: CommandName<S> }> => surface in c.on);
}

/** One command's entry, by name. */
export function entry<N extends Entry["name"]>(name: N): Extract<Entry, { name: N }> {
  return CATALOGUE.find((c): c is Extract<Entry, { name: N }> => c.name === name) as Extract<
    Entry,
    { name: N }
  >;
}

/** How a usage line shows a command's argument: `<question>`, `[topic]`, or nothing. */
export function argumentLabel(command: CatalogueEntry): string {
  const argument = command.argument;
  if (!argument) return "";
  return argument.required ? `<${argument.label}>` : `[${argument.label}]`;
}
