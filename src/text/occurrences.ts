/**
 * What follows each place `text` writes `form` (the next few characters), in order: one scan for
 * the questions of how a name is written ("alone", "as the start of a longer name").
 */
export function* followingEach(text: string, form: string, length = 2): Generator<string> {
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    yield text.slice(at + form.length, at + form.length + length);
  }
}
