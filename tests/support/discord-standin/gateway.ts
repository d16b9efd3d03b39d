import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import type { GatewayIdentifyData, GatewayReadyDispatchData, GatewayResumeData } from "discord.js";
import {
  ApplicationFlags,
  GatewayCloseCodes,
  GatewayDispatchEvents,
  GatewayIntentBits,
  GatewayOpcodes,
} from "discord.js";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { GatewaySession } from "./session.ts";
import { guildCreate, type World } from "./world.ts";

export interface GatewayOptions {
  readonly heartbeatIntervalMs: number;
  /** ws:// URL the client was told to connect to; also sent as resume_gateway_url. */
  readonly url: () => string;
}

export interface GatewayStats {
  /** Every accepted IDENTIFY payload, in order (token included, so tests can check it). */
  readonly identifies: GatewayIdentifyData[];
  resumes: number;
  /** RESUMEs refused with op 9 (session unknown or invalidated), forcing a fresh IDENTIFY. */
  invalidSessions: number;
  heartbeats: number;
  /** Gateway commands other than heartbeat/identify/resume, e.g. presence updates. */
  readonly otherCommands: Array<{ op: number; d: unknown }>;
}

export interface DropOptions {
  /** false: also forget the sessions, so the client's RESUME gets op 9 and it must IDENTIFY again. */
  resumable?: boolean;
}

interface Connection {
  readonly ws: WebSocket;
  session: GatewaySession | null;
}

const TRACE = ['["discord-standin",{"micros":0}]'];

/** The Discord gateway as seen by one bot application: HELLO, IDENTIFY/READY, heartbeats, RESUME, dispatch. */
export class Gateway {
  readonly stats: GatewayStats = {
    identifies: [],
    resumes: 0,
    invalidSessions: 0,
    heartbeats: 0,
    otherCommands: [],
  };
  private readonly server = new WebSocketServer({ noServer: true });
  private readonly connections = new Set<Connection>();
  private readonly sessions = new Map<string, GatewaySession>();
  private current: GatewaySession | null = null;
  private liveListeners: Array<() => void> = [];

  constructor(
    private readonly world: World,
    private readonly options: GatewayOptions,
  ) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.server.handleUpgrade(req, socket, head, (ws) => this.accept(ws, req));
  }

  /** True while a session exists that a dispatch can go to, even if its socket is momentarily down. */
  hasSession(): boolean {
    return Boolean(this.current && !this.current.invalidated);
  }

  /** Sends a dispatch on the bot's session; it is buffered and replayed on RESUME if the socket is down. */
  dispatch(event: string, data: unknown): void {
    const session = this.current;
    if (!session || session.invalidated) throw new Error("discord-standin: no bot session to dispatch to");
    session.dispatch(event, data);
  }

  isLive(): boolean {
    return this.hasSession() && Boolean(this.current?.live);
  }

  /** Resolves once a session has READY or RESUMED on an open socket. */
  waitForLive(timeoutMs: number): Promise<void> {
    if (this.isLive()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const listener = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.liveListeners = this.liveListeners.filter((entry) => entry !== listener);
        reject(new Error(`discord-standin: no gateway session became ready within ${timeoutMs} ms`));
      }, timeoutMs);
      this.liveListeners.push(listener);
    });
  }

  /** Kills every socket without a close frame, as a network failure would. */
  drop(options: DropOptions = {}): void {
    if (options.resumable === false) {
      for (const session of this.sessions.values()) session.invalidated = true;
      this.sessions.clear();
      this.current = null;
    }
    for (const connection of this.connections) connection.ws.terminate();
  }

  /** Op 7: asks the client to reconnect and resume, as Discord does before moving a session. */
  requestReconnect(): void {
    for (const connection of this.connections)
      connection.ws.send(JSON.stringify({ op: GatewayOpcodes.Reconnect, d: null, s: null, t: null }));
  }

  openConnections(): number {
    return this.connections.size;
  }

  async close(): Promise<void> {
    for (const connection of this.connections) connection.ws.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(ws: WebSocket, req: IncomingMessage): void {
    const connection: Connection = { ws, session: null };
    this.connections.add(connection);
    ws.on("close", (code) => this.onClose(connection, code));
    ws.on("error", () => ws.terminate());
    ws.on("message", (data, isBinary) => this.onMessage(connection, data, isBinary));

    const query = new URL(req.url ?? "/", "ws://standin.invalid").searchParams;
    const supported =
      query.get("v") === "10" && (query.get("encoding") ?? "json") === "json" && !query.has("compress");
    if (!supported) {
      // 4012 is fatal in discord.js, so a misconfigured client fails fast instead of retrying forever.
      ws.close(
        GatewayCloseCodes.InvalidAPIVersion,
        "stand-in supports only v=10, encoding=json, no compress",
      );
      return;
    }
    this.send(ws, {
      op: GatewayOpcodes.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: TRACE },
    });
  }

  private onClose(connection: Connection, code: number): void {
    this.connections.delete(connection);
    const session = connection.session;
    if (!session) return;
    session.detach(connection.ws);
    // Discord invalidates a session whose client closed with 1000/1001; other codes keep it resumable.
    if (code === 1000 || code === 1001) {
      session.invalidated = true;
      this.sessions.delete(session.id);
      if (this.current === session) this.current = null;
    }
  }

  private onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let frame: { op?: unknown; d?: unknown };
    try {
      if (isBinary) throw new Error("binary frames need ETF, which the stand-in does not speak");
      frame = JSON.parse(data.toString());
    } catch {
      connection.ws.close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
      return;
    }
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        this.stats.heartbeats += 1;
        this.send(connection.ws, { op: GatewayOpcodes.HeartbeatAck, d: null });
        return;
      case GatewayOpcodes.Identify:
        this.identify(connection, frame.d as GatewayIdentifyData);
        return;
      case GatewayOpcodes.Resume:
        this.resume(connection, frame.d as GatewayResumeData);
        return;
      case GatewayOpcodes.PresenceUpdate:
      case GatewayOpcodes.VoiceStateUpdate:
      case GatewayOpcodes.RequestGuildMembers:
      case GatewayOpcodes.RequestSoundboardSounds:
        if (!connection.session) {
          connection.ws.close(GatewayCloseCodes.NotAuthenticated, "Not authenticated.");
          return;
        }
        this.stats.otherCommands.push({ op: frame.op, d: frame.d });
        return;
      default:
        connection.ws.close(GatewayCloseCodes.UnknownOpcode, "Unknown opcode.");
    }
  }

  private authenticate(connection: Connection, token: unknown): boolean {
    if (connection.session) {
      connection.ws.close(GatewayCloseCodes.AlreadyAuthenticated, "Already authenticated.");
      return false;
    }
    const bare = typeof token === "string" ? token.replace(/^Bot\s+/i, "") : "";
    if (bare !== this.world.token) {
      connection.ws.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return false;
    }
    return true;
  }

  private identify(connection: Connection, data: GatewayIdentifyData): void {
    if (!this.authenticate(connection, data?.token)) return;
    if (typeof data.intents !== "number") {
      connection.ws.close(GatewayCloseCodes.InvalidIntents, "Invalid intent(s).");
      return;
    }
    if (data.shard && (data.shard[0] !== 0 || data.shard[1] !== 1)) {
      connection.ws.close(GatewayCloseCodes.InvalidShard, "Invalid shard.");
      return;
    }
    this.stats.identifies.push(data);
    const session = new GatewaySession();
    this.sessions.set(session.id, session);
    this.current = session;
    connection.session = session;
    session.attach(connection.ws);
    const ready: GatewayReadyDispatchData & { _trace: string[] } = {
      v: 10,
      user: this.world.botUser,
      guilds: [{ id: this.world.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.options.url(),
      shard: [0, 1],
      application: {
        id: this.world.applicationId,
        flags: ApplicationFlags.GatewayMessageContentLimited,
        flags_new: String(ApplicationFlags.GatewayMessageContentLimited),
      },
      _trace: TRACE,
    };
    session.dispatch(GatewayDispatchEvents.Ready, ready);
    // Guilds arrive as GUILD_CREATE right after READY, and only with the Guilds intent.
    if (data.intents & GatewayIntentBits.Guilds)
      session.dispatch(GatewayDispatchEvents.GuildCreate, guildCreate(this.world));
    this.markLive(session);
  }

  private resume(connection: Connection, data: GatewayResumeData): void {
    if (!this.authenticate(connection, data?.token)) return;
    const session = this.sessions.get(data.session_id);
    const missed = session && !session.invalidated ? session.missedSince(data.seq) : null;
    if (!session || !missed) {
      this.stats.invalidSessions += 1;
      this.send(connection.ws, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    // A half-open old socket loses the session to the one that resumed it.
    if (session.socket && session.socket !== connection.ws) session.socket.terminate();
    connection.session = session;
    session.attach(connection.ws);
    for (const frame of missed) session.send(frame);
    session.dispatch(GatewayDispatchEvents.Resumed, { _trace: TRACE });
    this.stats.resumes += 1;
    this.current = session;
    this.markLive(session);
  }

  private markLive(session: GatewaySession): void {
    session.live = true;
    const listeners = this.liveListeners;
    this.liveListeners = [];
    for (const listener of listeners) listener();
  }

  private send(ws: WebSocket, frame: { op: number; d: unknown }): void {
    ws.send(JSON.stringify({ ...frame, s: null, t: null }));
  }
}
