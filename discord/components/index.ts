import type { Component } from "../kit/component.ts";
import feedbackDown from "./feedback-down.ts";
import feedbackForm from "./feedback-form.ts";
import feedbackUp from "./feedback-up.ts";
import morePassages from "./more-passages.ts";
import showParagraph from "./show-paragraph.ts";

/** Checks that no prefix starts another (or is empty), so a custom id names one component at most. */
export function checkComponents(components: readonly Component<unknown>[]): readonly Component<unknown>[] {
  for (const a of components) {
    if (a.prefix === "") throw new Error("discord/components/: a component without a prefix");
    for (const b of components) {
      if (a !== b && b.prefix.startsWith(a.prefix))
        throw new Error(`discord/components/: the prefix "${a.prefix}" also starts "${b.prefix}"`);
    }
  }
  return components;
}

/** Every button and form of the bot. */
export const COMPONENTS = checkComponents([
  morePassages,
  showParagraph,
  feedbackUp,
  feedbackDown,
  feedbackForm,
]);

/**
 * The component a custom id belongs to and what the id carries; undefined when no component reads
 * it as this kind of interaction (another bot's id, a broken or outdated one, a button's id sent as
 * a form's).
 */
export function readCustomId(
  customId: string,
  kind: Component<unknown>["kind"],
): { component: Component<unknown>; value: unknown } | undefined {
  const component = COMPONENTS.find((c) => customId.startsWith(c.prefix));
  if (component?.kind !== kind) return undefined;
  const value = component.decode(customId);
  return value === undefined ? undefined : { component, value };
}
