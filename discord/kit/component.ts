import type { WrongReason } from "../../src/feedback/store.ts";
import type { BotMessage, BotModal, Button, CommandContext } from "./types.ts";

/**
 * A component: a button, or a form, that comes back to the bot. One module each in
 * `discord/components/`, listed in its `index.ts`; the runtime dispatches a custom id to the
 * component whose prefix starts it, so a new button is one new module and a line in the list.
 */
export type Component<T> = ButtonComponent<T> | FormComponent<T>;

/** A button under a message: answers with a message, or opens a form. */
export type ButtonComponent<T> = Codec<T> & { readonly kind: "button"; readonly label: string } & (
    | Answers<T>
    | OpensForm<T>
  );

/** A form (a modal) the bot showed: its submission is answered with a message. */
export type FormComponent<T> = Codec<T> & { readonly kind: "modal" } & Answers<T>;

/**
 * A component's custom ids. They carry everything its handler needs, so a button works after a
 * restart and on any instance; they never change once released (buttons under old messages keep
 * theirs), a new format takes a new prefix.
 */
export interface Codec<T> {
  /** Every id of the component starts with it; no other component's prefix starts the same. */
  readonly prefix: string;
  /** The custom id carrying `value`. */
  encode(value: T): string;
  /** What an id carries; undefined when it is malformed. */
  decode(customId: string): T | undefined;
}

/** Answered with a message; deferred first ("thinking…") when it takes a while. */
export interface Answers<T> {
  answer(value: T, input: ComponentInput, context: ComponentContext): BotMessage | Promise<BotMessage>;
}

/** Answered by opening a form: Discord takes one only as the first response, so nothing may await before it. */
export interface OpensForm<T> {
  openForm(value: T, input: ComponentInput, context: ComponentContext): BotModal;
}

/** A form's fields as submitted: a text input gives its text, a select its values. */
export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** What a component's handler is given besides what its id carries. */
export interface ComponentInput {
  /** The interaction's id. */
  readonly id: string;
  readonly userId: string;
  /** A submitted form's fields; none for a button. */
  readonly values: FormValues;
}

/** What every component's handler may use: a command's context, and the votes when the bot records feedback. */
export interface ComponentContext extends CommandContext {
  readonly votes?: Votes;
}

/** Votes on answers (the runtime's feedback side), as 👍 and the 👎 form cast them. */
export interface Votes {
  /** True when a vote on this answer can no longer count (older than the feedback kept). */
  expired(answerId: string): boolean;
  /**
   * Records the vote and returns the thanks. A `UserError` when it cannot count (STALE_BUTTON) or
   * the store did not take it.
   */
  vote(
    voter: { id: string; userId: string },
    answerId: string,
    vote: "up" | "down",
    details?: { reason?: WrongReason; note?: string },
  ): Promise<BotMessage>;
}

/** A component's button under a message, carrying `value`. */
export function button<T>(component: ButtonComponent<T>, value: T): Button {
  return { kind: "action", label: component.label, customId: component.encode(value) };
}

/** What a click gets when its id is not one the bot reads now: another bot's, a broken one, or one from an older answer. */
export const STALE_BUTTON =
  "This button belongs to an older answer (the bot or the story has changed since). Run the command again for a fresh answer.";
