import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type APIApplicationCommandAutocompleteResponse,
  type APIInteractionResponseChannelMessageWithSource,
  type APIInteractionResponseDeferredChannelMessageWithSource,
  type APIModalInteractionResponse,
  InteractionResponseType,
  MessageFlags,
  REST,
  Routes,
} from "discord.js";
import type { Logger } from "pino";
import { corpusVersion } from "../src/corpus/version.ts";
import { decodeInteraction } from "./http-interaction.ts";
import { ReplayGuard } from "./replay.ts";
import { Exchange, type PreparedMessage, type Transport } from "./respond.ts";
import { createdAt, deferEphemeral, type EngineSource, type Router } from "./router.ts";
import { checkSignatureHeaders, publicKeyFromHex, verifyInteractionSignature } from "./signature.ts";

/**
 * Larger request bodies are refused with 413 (before reading them when Content-Length says so).
 * The largest interaction is a message context-menu command, which carries its target message:
 * at most 4,000 characters of content and 6,000 of embeds, under 40 KB even at 4 bytes a
 * character, plus a few kilobytes of ids, member and channel. 64 KiB holds that with room to
 * spare; an ordinary slash command is 1–3 KB.
 */
export const MAX_BODY_BYTES = 64 * 1024;
/** Discord sends the body with the headers; a body not complete after this is refused with 408. */
export const BODY_TIMEOUT_MS = 5000;
/** Node's own limits (defaults 60 s and 300 s), checked every second instead of every 30 s. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 15_000;
/**
 * Discord waits 3 s from the interaction's creation for the first response (this HTTP response).
 * The router acknowledges from 2 s on; should nothing be ready at this age all the same, the
 * response is a deferral and the answer follows through the edit route.
 */
const FIRST_RESPONSE_TIMEOUT_MS = 2500;

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
  /** How long a request body may take to arrive (default BODY_TIMEOUT_MS). */
  bodyTimeoutMs?: number;
}

export interface HttpHandle {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * HTTP interactions: `POST /interactions` (Ed25519-verified, PING → PONG, the same router as
 * the gateway) and `GET /healthz`. Keeps no state between requests but the replay cache, which is
 * per instance (see replay.ts); otherwise it scales by adding instances.
 */
export async function startHttpServer(options: HttpOptions): Promise<HttpHandle> {
  const key = publicKeyFromHex(options.publicKey);
  const rest = new REST({ version: "10", ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  const maxBody = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const bodyTimeoutMs = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  // Signed requests already run, for the 300 s their timestamps stay acceptable; per process.
  const replays = new ReplayGuard();

  const server = createServer(
    {
      headersTimeout: HEADERS_TIMEOUT_MS,
      requestTimeout: REQUEST_TIMEOUT_MS,
      connectionsCheckingInterval: 1000,
    },
    (req, res) => {
      handle(req, res).catch((error: unknown) => {
        options.log.error({ err: error }, "http request failed");
        if (!res.headersSent) sendJson(res, 500, { error: "internal error" });
        else res.end();
      });
    },
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (path === "/healthz") {
      if (req.method !== "GET" && req.method !== "HEAD") return sendJson(res, 405, { error: "use GET" });
      return sendJson(res, 200, health(options.engines));
    }
    if (path !== "/interactions") return sendJson(res, 404, { error: "not found" });
    if (req.method !== "POST") return sendJson(res, 405, { error: "use POST" }, true);

    // Everything the headers can tell is checked before a byte of the body is read; a refusal
    // closes the connection, so nobody holds a socket and a buffer open without a valid-looking request.
    if (Number(req.headers["content-length"] ?? 0) > maxBody)
      return sendJson(res, 413, { error: "body too large" }, true);
    const headers = checkSignatureHeaders(
      header(req, "x-signature-ed25519"),
      header(req, "x-signature-timestamp"),
    );
    if (!headers.ok)
      return sendJson(res, 401, { error: `invalid request signature (${headers.reason})` }, true);
    const { signature, timestamp } = headers;
    if (replays.alreadySeen(signature, timestamp))
      return sendJson(res, 409, { error: "request already handled (replayed signature)" }, true);

    const body = await readBody(req, maxBody, bodyTimeoutMs);
    if (body === "aborted") {
      options.log.debug("http request aborted by the client before its body arrived");
      return;
    }
    if (body === "timeout") return sendJson(res, 408, { error: "body not received in time" }, true);
    if (body === "too-large") return sendJson(res, 413, { error: "body too large" }, true);
    const check = verifyInteractionSignature(key, signature, timestamp, body);
    if (!check.ok) return sendJson(res, 401, { error: `invalid request signature (${check.reason})` });
    // Recorded only once verified, so forged requests cannot fill the cache.
    if (!replays.remember(signature, timestamp))
      return sendJson(res, 409, { error: "request already handled (replayed signature)" });

    let json: unknown;
    try {
      json = JSON.parse(body.toString("utf8"));
    } catch {
      return sendJson(res, 400, { error: "body is not JSON" });
    }
    const decoded = decodeInteraction(json);
    if (decoded === "ping") return sendJson(res, 200, { type: InteractionResponseType.Pong });
    if (!decoded) return sendJson(res, 400, { error: "not an interaction this bot handles" });
    const { incoming } = decoded;

    let sendFirst: (body: FirstResponse) => boolean = () => false;
    const first = new Promise<FirstResponse | undefined>((resolve) => {
      let sent = false;
      sendFirst = (body) => {
        if (sent) return false;
        sent = true;
        resolve(body);
        return true;
      };
    });
    const transport = httpTransport(sendFirst, rest, decoded.applicationId, decoded.token);
    const exchange = new Exchange(transport);
    // The router ends without a first response only when it dropped the interaction as expired.
    void options.route(incoming, exchange).finally(() => sendFirst(undefined));
    const age = Date.now() - createdAt(incoming.id, Date.now());
    const timer = setTimeout(
      () => {
        // Nothing ready near the deadline (a handler still awaiting): acknowledge now; the
        // transport then delivers the answer by editing the original response.
        sendFirst(
          incoming.kind === "autocomplete"
            ? { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } }
            : {
                type: InteractionResponseType.DeferredChannelMessageWithSource,
                data: deferredData(exchange.ephemeral ?? deferEphemeral(incoming)),
              },
        );
      },
      Math.max(0, FIRST_RESPONSE_TIMEOUT_MS - age),
    );
    const response = await first;
    clearTimeout(timer);
    if (response === undefined)
      return sendJson(res, 504, { error: "past the 3 s deadline when it arrived; not answered" });
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

/**
 * The request body, at most `max` bytes within `timeoutMs`; otherwise what went wrong. Never
 * throws: a client that hangs up mid-body is "aborted", an ordinary event rather than an error.
 */
function readBody(
  req: IncomingMessage,
  max: number,
  timeoutMs: number,
): Promise<Buffer | "too-large" | "timeout" | "aborted"> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (outcome: Buffer | "too-large" | "timeout" | "aborted") => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.off("data", onData).off("end", onEnd).off("error", onAborted).off("close", onAborted);
      chunks.length = 0;
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) finish("too-large");
      else chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onAborted = () => finish("aborted");
    const timer = setTimeout(() => finish("timeout"), timeoutMs);
    req.on("data", onData).once("end", onEnd).once("error", onAborted).once("close", onAborted);
  });
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

/** The HTTP response to an interaction (its first response); undefined when there is none. */
type FirstResponse =
  | APIInteractionResponseChannelMessageWithSource
  | APIInteractionResponseDeferredChannelMessageWithSource
  | APIApplicationCommandAutocompleteResponse
  | APIModalInteractionResponse
  | undefined;

const deferredData = (ephemeral: boolean) => (ephemeral ? { flags: MessageFlags.Ephemeral } : {});

/**
 * Answers one HTTP interaction: the first response is the HTTP response (`sendFirst`, false when
 * it has gone already); the rest goes through the interaction's webhook. When the HTTP response
 * went out as a deferral before the answer was ready, the answer edits it (PATCH @original).
 */
function httpTransport(
  sendFirst: (body: FirstResponse) => boolean,
  rest: REST,
  applicationId: string,
  token: string,
): Transport {
  const withoutFlags = ({ flags: _setByTheFirstResponse, ...message }: PreparedMessage) => message;
  const editOriginal = async (message: PreparedMessage) => {
    await rest.patch(Routes.webhookMessage(applicationId, token, "@original"), {
      body: withoutFlags(message),
      auth: false,
    });
  };
  return {
    async reply(message) {
      if (!sendFirst({ type: InteractionResponseType.ChannelMessageWithSource, data: message }))
        await editOriginal(message);
    },
    async defer(ephemeral) {
      sendFirst({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: deferredData(ephemeral),
      });
    },
    editOriginal,
    async followUp(message) {
      await rest.post(Routes.webhook(applicationId, token), { body: message, auth: false });
    },
    async autocomplete(choices) {
      sendFirst({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    },
    async modal(modal) {
      if (!sendFirst({ type: InteractionResponseType.Modal, data: modal }))
        throw new Error("a form can only be the first response, and this interaction was answered");
    },
  };
}
