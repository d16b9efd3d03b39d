/** Nested like Discord's "Invalid Form Body" errors: { data: { content: { _errors: [...] } } }. */
export interface FormErrors {
  [key: string]: FormErrors | FieldError[];
}

export interface FieldError {
  code: string;
  message: string;
}

export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: FormErrors;
}

/** Thrown by handlers; the REST layer turns it into the JSON error Discord would send. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody,
  ) {
    super(`${status} ${body.code}: ${body.message}`);
  }
}

const error = (status: number, code: number, message: string) =>
  new DiscordHttpError(status, { code, message });

export const errors = {
  routeNotFound: () => error(404, 0, "404: Not Found"),
  methodNotAllowed: () => error(405, 0, "405: Method Not Allowed"),
  unauthorized: () => error(401, 0, "401: Unauthorized"),
  unknownGuild: () => error(404, 10004, "Unknown Guild"),
  unknownMessage: () => error(404, 10008, "Unknown Message"),
  unknownWebhook: () => error(404, 10015, "Unknown Webhook"),
  unknownCommand: () => error(404, 10063, "Unknown application command"),
  unknownInteraction: () => error(404, 10062, "Unknown interaction"),
  alreadyAcknowledged: () => error(400, 40060, "Interaction has already been acknowledged."),
  notAuthorizedForApplication: () =>
    error(403, 20012, "You are not authorized to perform this action on this application"),
  missingAccess: () => error(403, 50001, "Missing Access"),
  emptyMessage: () => error(400, 50006, "Cannot send an empty message"),
  invalidWebhookToken: () => error(401, 50027, "Invalid Webhook Token"),
  invalidJson: () => error(400, 50109, "The request body contains invalid JSON."),
  invalidFormBody: (formErrors: FormErrors) =>
    new DiscordHttpError(400, { code: 50035, message: "Invalid Form Body", errors: formErrors }),
};

/** Collects field errors under their JSON paths, then throws them all at once as Discord does. */
export class FormErrorCollector {
  private readonly root: FormErrors = {};
  private count = 0;

  add(path: ReadonlyArray<string | number>, code: string, message: string): void {
    let node = this.root;
    for (const key of path) {
      const next = node[String(key)];
      if (next === undefined || Array.isArray(next)) {
        const created: FormErrors = {};
        node[String(key)] = created;
        node = created;
      } else {
        node = next;
      }
    }
    const existing = node._errors;
    const list = Array.isArray(existing) ? existing : [];
    list.push({ code, message });
    node._errors = list;
    this.count += 1;
  }

  throwIfAny(): void {
    if (this.count > 0) throw this.toError();
  }

  toError(): DiscordHttpError {
    return errors.invalidFormBody(this.root);
  }
}

/** A single-field Invalid Form Body error, for checks that stop at the first problem. */
export function formError(
  path: ReadonlyArray<string | number>,
  code: string,
  message: string,
): DiscordHttpError {
  const out = new FormErrorCollector();
  out.add(path, code, message);
  return out.toError();
}
