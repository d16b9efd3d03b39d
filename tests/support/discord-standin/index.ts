/**
 * A Discord stand-in for end-to-end tests: REST + gateway on 127.0.0.1 that the real discord.js client logs in to.
 *
 *   const standin = await startStandin();
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: standin.apiUrl } });
 *   await client.login(standin.token);
 *   await standin.waitForGatewayReady();
 *   const handle = standin.sendInteraction(standin.build.chatInput({ name: "ask", options: [opt.string("q", "?")] }));
 *   const ack = await handle.callback(); // ack.callbackType, ack.data?.content, ack.elapsedMs
 */
import type { APIApplicationCommand, APIInteraction } from "discord.js";
import { InteractionBuilders } from "./builders.ts";
import { CommandRegistry } from "./commands.ts";
import { type Fault, FaultInjector, type RoutePattern } from "./faults.ts";
import { type DropOptions, Gateway, type GatewayStats } from "./gateway.ts";
import { deliverOverHttp, type HttpDelivery } from "./http-delivery.ts";
import type { InteractionHandle } from "./interaction-record.ts";
import { InteractionRegistry } from "./interaction-registry.ts";
import { API_PREFIX, createRestHandler, type RecordedRequest } from "./rest.ts";
import { listen } from "./server.ts";
import { applicationKey } from "./signing.ts";
import { createWorld, type World, type WorldOptions } from "./world.ts";

export type {
  AutocompleteSpec,
  ButtonSpec,
  ChatInputSpec,
  Invoker,
  MessageCommandSpec,
  ModalSubmitSpec,
  ModalValue,
  OptionInput,
} from "./builders.ts";
export { opt } from "./builders.ts";
export type { Fault, RoutePattern } from "./faults.ts";
export type { DropOptions, GatewayStats } from "./gateway.ts";
export type { UploadedFile } from "./http.ts";
export type { HttpDelivery } from "./http-delivery.ts";
export type {
  EventMatch,
  InteractionEvent,
  InteractionEventKind,
  InteractionHandle,
  RecordedData,
} from "./interaction-record.ts";
export type { RecordedRequest } from "./rest.ts";
export type { World } from "./world.ts";
export { MANAGER_PERMISSIONS, MEMBER_PERMISSIONS } from "./world.ts";

export interface StandinOptions extends WorldOptions {
  /** Sent in HELLO. Discord uses ~41 s; lower it to exercise heartbeating in a short test. */
  heartbeatIntervalMs?: number;
  /** Initial-response deadline, measured from dispatch. Default 3000, as on Discord. */
  ackDeadlineMs?: number;
  /** How long follow-ups/edits work after dispatch. Default 15 min, as on Discord. */
  tokenLifetimeMs?: number;
}

export interface Standin {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** Give this to discord.js as `rest: { api }`; it appends /v10 itself. */
  readonly apiUrl: string;
  /** ws://127.0.0.1:PORT, as returned by GET /gateway/bot. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  /** Ids and users every payload refers to (bot user, default invoking user, another member). */
  readonly world: World;
  /** Interaction payload builders bound to this world: chatInput, autocomplete, button, messageCommand, modalSubmit. */
  readonly build: InteractionBuilders;
  /** Dispatches INTERACTION_CREATE to the bot's session. Throws if no bot has identified yet. */
  sendInteraction(payload: APIInteraction): InteractionHandle;
  /** The application's public key (hex), for a bot in HTTP interactions mode (DISCORD_PUBLIC_KEY). */
  readonly publicKey: string;
  /** POSTs the interaction, signed, to an HTTP-mode bot's endpoint URL; see http-delivery.ts. */
  deliverOverHttp(url: string, payload: APIInteraction): Promise<HttpDelivery>;
  interactions(): InteractionHandle[];
  /** Every REST request received, including injected failures. */
  readonly requests: readonly RecordedRequest[];
  /** Live counters: identifies, resumes, invalid sessions, heartbeats. */
  readonly gateway: Readonly<GatewayStats>;
  /** Commands registered by the bot; `guild` for the stand-in guild's scope. */
  registeredCommands(scope?: "global" | "guild"): APIApplicationCommand[];
  /** Makes the next matching REST request(s) fail with a 429 (with Retry-After) or a 5xx. */
  failNext(pattern: RoutePattern, fault: Fault): void;
  clearFaults(): void;
  /** Terminates every gateway socket without a close frame; resumable unless told otherwise. */
  dropGatewayConnections(options?: DropOptions): void;
  /** Sends op 7 Reconnect to every connected client. */
  requestReconnect(): void;
  /** Resolves once a bot session has READY or RESUMED on an open socket (default timeout 10 s). */
  waitForGatewayReady(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  const world = createWorld(options);
  const interactions = new InteractionRegistry();
  const commands = new CommandRegistry(world.applicationId);
  const faults = new FaultInjector();
  const requests: RecordedRequest[] = [];
  let gatewayUrl = "";
  const gateway = new Gateway(world, {
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    url: () => gatewayUrl,
  });
  const limits = {
    ackDeadlineMs: options.ackDeadlineMs ?? 3000,
    tokenLifetimeMs: options.tokenLifetimeMs ?? 15 * 60_000,
  };
  const key = applicationKey();
  const rest = createRestHandler({
    world,
    limits,
    interactions,
    commands,
    faults,
    requests,
    gatewayUrl: () => gatewayUrl,
  });
  const server = await listen(rest, (req, socket, head) => gateway.handleUpgrade(req, socket, head));
  const url = `http://127.0.0.1:${server.port}`;
  gatewayUrl = `ws://127.0.0.1:${server.port}`;
  let closed: Promise<void> | null = null;

  return {
    url,
    apiUrl: `${url}${API_PREFIX.replace(/\/v\d+$/, "")}`,
    gatewayUrl,
    token: world.token,
    applicationId: world.applicationId,
    guildId: world.guildId,
    channelId: world.channelId,
    world,
    build: new InteractionBuilders(world, commands),
    sendInteraction(payload) {
      if (closed) throw new Error("discord-standin: closed");
      if (!gateway.hasSession()) {
        throw new Error("discord-standin: no bot session to dispatch to; await waitForGatewayReady() first");
      }
      const record = interactions.register(payload);
      gateway.dispatch("INTERACTION_CREATE", payload);
      return record;
    },
    publicKey: key.publicKeyHex,
    deliverOverHttp: (endpoint, payload) =>
      deliverOverHttp({ world, limits, interactions }, key.privateKey, endpoint, payload),
    interactions: () => interactions.all(),
    requests,
    gateway: gateway.stats,
    registeredCommands: (scope = "global") => commands.list(scope === "guild" ? world.guildId : null),
    failNext: (pattern, fault) => faults.add(pattern, fault),
    clearFaults: () => faults.clear(),
    dropGatewayConnections: (dropOptions) => gateway.drop(dropOptions),
    requestReconnect: () => gateway.requestReconnect(),
    waitForGatewayReady: (timeoutMs = 10_000) => gateway.waitForLive(timeoutMs),
    close() {
      closed ??= (async () => {
        interactions.abandonAll("stand-in closed");
        await gateway.close();
        await server.close();
      })();
      return closed;
    },
  };
}
