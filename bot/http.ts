import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { REST, Routes } from "discord.js";
import type { Logger } from "pino";
import { corpusVersion } from "./present.ts";
import { Exchange, type PreparedMessage, type Transport } from "./respond.ts";
import type { EngineSource, Incoming, Router } from "./router.ts";
import { publicKeyFromHex, verifyInteractionSignature } from "./signature.ts";
import type { OptionValue } from "./types.ts";

/** Larger request bodies are refused with 413; a real interaction is a few kilobytes. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Discord waits 3 s for the first response; the router acknowledges well before. */
const FIRST_RESPONSE_TIMEOUT_MS = 2900;

const INTERACTION = { ping: 1, command: 2, component: 3, autocomplete: 4 } as const;
const CALLBACK = { pong: 1, message: 4, deferredMessage: 5, autocomplete: 8 } as const;
const COMPONENT_BUTTON = 2;

export const VERSION: string = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version;

export interface HttpOptions {
  port: number;
  host?: string;
  publicKey: string;
  /** Where follow-ups and edits of deferred replies go; DISCORD_API_URL when set. */
  apiUrl?: string;
  engines: EngineSource;
  route: Router;
  log: Logger;
  maxBodyBytes?: number;
}

export interface HttpHandle {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * HTTP interactions: `POST /interactions` (Ed25519-verified, PING → PONG, the same router as
 * the gateway) and `GET /healthz`. Keeps no state between requests, so it scales by adding instances.
 */
export async function startHttpServer(options: HttpOptions): Promise<HttpHandle> {
  const key = publicKeyFromHex(options.publicKey);
  const rest = new REST({ version: "10", ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log.error({ err: error }, "http request failed");
      if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "use GET" });
      return sendJson(res, 200, health(options.engines));
    }
    if (path !== "/interactions") return sendJson(res, 404, { error: "not found" });
    if (req.method !== "POST") return sendJson(res, 405, { error: "use POST" });

    const body = await readBody(req, maxBody);
    if (body === "too-large") return sendJson(res, 413, { error: "body too large" }, true);
    const check = verifyInteractionSignature(
      key,
      header(req, "x-signature-ed25519"),
      header(req, "x-signature-timestamp"),
      body,
    );
    if (!check.ok) return sendJson(res, 401, { error: `invalid request signature (${check.reason})` });

    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return sendJson(res, 400, { error: "body is not JSON" });
    }
    const raw = json as RawInteraction;
    if (raw?.type === INTERACTION.ping) return sendJson(res, 200, { type: CALLBACK.pong });
    const incoming = fromApi(raw);
    if (!incoming || typeof raw.application_id !== "string" || typeof raw.token !== "string") {
      return sendJson(res, 400, { error: "not an interaction this bot handles" });
    }

    let sendFirst: (body: unknown) => void = () => {};
    const first = new Promise<unknown>((resolve) => {
      sendFirst = resolve;
    });
    const transport = httpTransport(sendFirst, rest, raw.application_id, raw.token);
    void options.route(incoming, new Exchange(transport));
    const timer = new Promise<undefined>((resolve) =>
      setTimeout(() => resolve(undefined), FIRST_RESPONSE_TIMEOUT_MS).unref(),
    );
    const response = await Promise.race([first, timer]);
    if (response === undefined) return sendJson(res, 500, { error: "no response in time" });
    sendJson(res, 200, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host ?? "0.0.0.0", () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
  options.log.info({ port: address.port }, "http interactions listening");
  return {
    server,
    url: `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function health(engines: EngineSource) {
  const engine = engines.current();
  return {
    status: "ok",
    version: VERSION,
    corpus: {
      version: corpusVersion(engine.corpus),
      sentences: engine.corpus.passages.length,
      articles: engine.corpus.articles.map((a) => ({
        id: a.id,
        title: a.title,
        ...(a.source ? { source: a.source } : {}),
        ...(a.published ? { published: a.published } : {}),
        ...(a.url ? { url: a.url } : {}),
      })),
    },
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer | "too-large"> {
  if (Number(req.headers["content-length"] ?? 0) > max) return "too-large";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) return "too-large";
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendJson(res: ServerResponse, status: number, body: unknown, close = false): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...(close ? { connection: "close" } : {}),
  });
  res.end(text);
}

function httpTransport(
  sendFirst: (body: unknown) => void,
  rest: REST,
  applicationId: string,
  token: string,
): Transport {
  const withoutFlags = ({ flags: _setByTheFirstResponse, ...message }: PreparedMessage) => message;
  return {
    async reply(message) {
      sendFirst({ type: CALLBACK.message, data: message });
    },
    async defer(ephemeral) {
      sendFirst({ type: CALLBACK.deferredMessage, data: ephemeral ? { flags: 1 << 6 } : {} });
    },
    async editOriginal(message) {
      await rest.patch(Routes.webhookMessage(applicationId, token, "@original"), {
        body: withoutFlags(message),
        auth: false,
      });
    },
    async followUp(message) {
      await rest.post(Routes.webhook(applicationId, token), { body: message, auth: false });
    },
    async autocomplete(choices) {
      sendFirst({ type: CALLBACK.autocomplete, data: { choices } });
    },
  };
}

/** The parts of a raw interaction the bot reads; everything is checked before use. */
interface RawInteraction {
  id?: unknown;
  type?: unknown;
  application_id?: unknown;
  token?: unknown;
  user?: { id?: unknown };
  member?: { user?: { id?: unknown } };
  data?: {
    name?: unknown;
    type?: unknown;
    custom_id?: unknown;
    component_type?: unknown;
    target_id?: unknown;
    options?: unknown;
    resolved?: { messages?: Record<string, { id?: unknown; content?: unknown }> };
  };
}

/** A raw interaction (as Discord POSTs it) as the router sees it; undefined when not one the bot handles. */
export function fromApi(raw: RawInteraction): Incoming | undefined {
  const userId = raw?.member?.user?.id ?? raw?.user?.id;
  if (typeof raw?.id !== "string" || typeof userId !== "string" || !raw.data) return undefined;
  const base = { id: raw.id, userId };
  const data = raw.data;
  const name = typeof data.name === "string" ? data.name : undefined;
  if (raw.type === INTERACTION.command && name) {
    const commandType = typeof data.type === "number" ? data.type : 1;
    const targetId = typeof data.target_id === "string" ? data.target_id : undefined;
    const target = targetId ? data.resolved?.messages?.[targetId] : undefined;
    return {
      ...base,
      kind: "command",
      commandName: name,
      commandType,
      input: {
        user: { id: userId },
        options: flattenApiOptions(data.options).values,
        ...(targetId && commandType === 3
          ? {
              targetMessage: {
                id: targetId,
                content: typeof target?.content === "string" ? target.content : "",
              },
            }
          : {}),
      },
    };
  }
  if (raw.type === INTERACTION.autocomplete && name) {
    const { focused } = flattenApiOptions(data.options);
    return { ...base, kind: "autocomplete", commandName: name, focused: focused ?? { name: "", value: "" } };
  }
  if (raw.type === INTERACTION.component && data.component_type === COMPONENT_BUTTON) {
    return typeof data.custom_id === "string"
      ? { ...base, kind: "button", customId: data.custom_id }
      : undefined;
  }
  return undefined;
}

function flattenApiOptions(options: unknown): {
  values: Record<string, OptionValue>;
  focused?: { name: string; value: string };
} {
  const values: Record<string, OptionValue> = {};
  let focused: { name: string; value: string } | undefined;
  const walk = (list: unknown) => {
    if (!Array.isArray(list)) return;
    for (const o of list as Array<{
      name?: unknown;
      value?: unknown;
      options?: unknown;
      focused?: unknown;
    }>) {
      if (typeof o?.name !== "string") continue;
      walk(o.options);
      if (typeof o.value === "string" || typeof o.value === "number" || typeof o.value === "boolean") {
        values[o.name] = o.value;
        if (o.focused === true) focused = { name: o.name, value: String(o.value) };
      }
    }
  };
  walk(options);
  return focused ? { values, focused } : { values };
}
