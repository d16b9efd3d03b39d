import type { IncomingMessage, ServerResponse } from "node:http";
import { handleCallback } from "./callback-route.ts";
import type { CommandRegistry } from "./commands.ts";
import { DiscordHttpError, errors } from "./errors.ts";
import { type Fault, type FaultInjector, faultResponse } from "./faults.ts";
import { type ParsedBody, type Reply, type RestRequest, readBody, sendJson, sendNoContent } from "./http.ts";
import { type InteractionRouteContext, requestFields } from "./interaction-context.ts";
import type { InteractionEventKind } from "./interaction-record.ts";
import { compilePath, findRoute, type Route } from "./router.ts";
import { handleFollowUp, handleWebhookMessage } from "./webhook-routes.ts";
import { application } from "./world.ts";

export const API_PREFIX = "/api/v10";

export interface RestContext extends InteractionRouteContext {
  readonly commands: CommandRegistry;
  readonly faults: FaultInjector;
  readonly requests: RecordedRequest[];
  readonly gatewayUrl: () => string;
}

/** Every REST request the stand-in saw, in arrival order. */
export interface RecordedRequest {
  readonly method: string;
  /** Versionless path, e.g. "/interactions/123/abc/callback". */
  readonly path: string;
  readonly query: string;
  readonly status: number;
  readonly at: number;
  readonly body: unknown;
  readonly fileCount: number;
  /** The failNext() fault that answered this request, if one did. */
  readonly injected: Fault | null;
}

type Handler = (ctx: RestContext, req: RestRequest, params: Record<string, string>) => Reply;

interface ApiRoute extends Route<Handler> {
  /** Needs "Authorization: Bot <token>"; interaction callbacks and webhooks are authorised by their token instead. */
  readonly auth: boolean;
  /** Set on interaction routes so injected faults also show up in the interaction's events. */
  readonly kind?: InteractionEventKind;
}

const api = (method: string, pattern: string, handler: Handler, extra: Partial<ApiRoute> = {}): ApiRoute => ({
  method,
  regex: compilePath(pattern),
  handler,
  auth: true,
  ...extra,
});

function ownApplication(ctx: RestContext, params: Record<string, string>): void {
  if (params.appId !== ctx.world.applicationId) throw errors.notAuthorizedForApplication();
}

function commandScope(ctx: RestContext, params: Record<string, string>): string | null {
  ownApplication(ctx, params);
  if (params.guildId === undefined) return null;
  if (params.guildId !== ctx.world.guildId) throw errors.missingAccess();
  return params.guildId;
}

const listCommands: Handler = (ctx, _req, params) => ({
  status: 200,
  body: ctx.commands.list(commandScope(ctx, params)),
});
const putCommands: Handler = (ctx, req, params) => ({
  status: 200,
  body: ctx.commands.overwrite(commandScope(ctx, params), req.body.json),
});
const postCommand: Handler = (ctx, req, params) => {
  const { command, created } = ctx.commands.upsert(commandScope(ctx, params), req.body.json);
  return { status: created ? 201 : 200, body: command };
};
const deleteCommand: Handler = (ctx, _req, params) => {
  const scope = commandScope(ctx, params);
  const remaining = ctx.commands.list(scope).filter((command) => command.id !== params.commandId);
  if (remaining.length === ctx.commands.list(scope).length) throw errors.unknownCommand();
  ctx.commands.overwrite(scope, remaining);
  return { status: 204 };
};

const ROUTES: readonly ApiRoute[] = [
  api("GET", "/gateway", (ctx) => ({ status: 200, body: { url: ctx.gatewayUrl() } }), { auth: false }),
  api("GET", "/gateway/bot", (ctx) => ({
    status: 200,
    body: {
      url: ctx.gatewayUrl(),
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
    },
  })),
  api("GET", "/users/@me", (ctx) => ({
    status: 200,
    body: {
      ...ctx.world.botUser,
      verified: true,
      mfa_enabled: false,
      locale: "en-US",
      flags: 0,
      email: null,
    },
  })),
  api("GET", "/applications/@me", (ctx) => ({ status: 200, body: application(ctx.world) })),
  api("GET", "/applications/:appId/commands", listCommands),
  api("PUT", "/applications/:appId/commands", putCommands),
  api("POST", "/applications/:appId/commands", postCommand),
  api("DELETE", "/applications/:appId/commands/:commandId", deleteCommand),
  api("GET", "/applications/:appId/guilds/:guildId/commands", listCommands),
  api("PUT", "/applications/:appId/guilds/:guildId/commands", putCommands),
  api("POST", "/applications/:appId/guilds/:guildId/commands", postCommand),
  api("DELETE", "/applications/:appId/guilds/:guildId/commands/:commandId", deleteCommand),
  api("POST", "/interactions/:id/:token/callback", handleCallback, { auth: false, kind: "callback" }),
  api("POST", "/webhooks/:appId/:token", handleFollowUp, { auth: false, kind: "followup" }),
  api("GET", "/webhooks/:appId/:token/messages/:messageId", handleWebhookMessage, {
    auth: false,
    kind: "fetch",
  }),
  api("PATCH", "/webhooks/:appId/:token/messages/:messageId", handleWebhookMessage, {
    auth: false,
    kind: "edit",
  }),
  api("DELETE", "/webhooks/:appId/:token/messages/:messageId", handleWebhookMessage, {
    auth: false,
    kind: "delete",
  }),
];

/** Lets a test see an injected 429/500 among the interaction's events, next to the retry that followed. */
function noteInjectedFault(
  ctx: RestContext,
  route: ApiRoute,
  params: Record<string, string>,
  req: RestRequest,
  status: number,
): void {
  if (!route.kind) return;
  const record = params.id ? ctx.interactions.get(params.id) : ctx.interactions.withToken(params.token ?? "");
  if (!record) return;
  record.record({
    ...requestFields(record, req, route.kind),
    status,
    ok: false,
    errorCode: null,
    injected: true,
    messageId: null,
  });
}

const EMPTY_BODY: ParsedBody = { json: undefined, files: [] };

export function createRestHandler(ctx: RestContext): (req: IncomingMessage, res: ServerResponse) => void {
  return (incoming, res) => {
    const url = new URL(incoming.url ?? "/", "http://standin.invalid");
    const method = (incoming.method ?? "GET").toUpperCase();
    // discord.js percent-encodes "@original"; routes and fault patterns are written decoded.
    const pathname = decodeURIComponent(url.pathname);
    const path = pathname.startsWith(`${API_PREFIX}/`) ? pathname.slice(API_PREFIX.length) : pathname;
    let req: RestRequest = { method, path, query: url.searchParams, body: EMPTY_BODY };
    const finish = (
      status: number,
      body: unknown,
      injected: Fault | null,
      headers: Record<string, string> = {},
    ) => {
      ctx.requests.push({
        method,
        path,
        query: url.search,
        status,
        at: Date.now(),
        body: req.body.json,
        fileCount: req.body.files.length,
        injected,
      });
      if (res.writableEnded) return;
      if (status === 204) sendNoContent(res);
      else sendJson(res, status, body, headers);
    };

    const run = async () => {
      if (path === pathname) throw errors.routeNotFound();
      const lookup = findRoute(ROUTES, method, path);
      if (lookup.kind === "missing") throw errors.routeNotFound();
      if (lookup.kind === "wrong-method") throw errors.methodNotAllowed();
      const route = lookup.route as ApiRoute;
      if (route.auth && incoming.headers.authorization !== `Bot ${ctx.world.token}`)
        throw errors.unauthorized();
      req = { ...req, body: await readBody(incoming) };
      const fault = ctx.faults.take(method, path);
      if (fault) {
        const { headers, body } = faultResponse(fault);
        noteInjectedFault(ctx, route, lookup.params, req, fault.status);
        return finish(fault.status, body, fault, headers);
      }
      const reply = route.handler(ctx, req, lookup.params);
      finish(reply.status, reply.body, null);
    };

    run().catch((error: unknown) => {
      if (error instanceof DiscordHttpError) return finish(error.status, error.body, null);
      // A bug in the stand-in must be loud, not look like a Discord outage the bot should retry through.
      console.error("discord-standin: internal error handling", method, path, error);
      finish(500, { message: `stand-in internal error: ${String(error)}`, code: 0 }, null);
    });
  };
}
