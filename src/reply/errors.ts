/**
 * An expected failure that the user should read as it is ("Ask a question: the text was empty.").
 * Anything else thrown is a bug: it is logged and the user gets a short apology.
 */
export class UserError extends Error {
  override name = "UserError";
}
