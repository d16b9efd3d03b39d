/** An article file could not be used; `reason` is shown to the admin next to the file name. */
export class ArticleError extends Error {}
