import { WebSocket } from "ws";
import { sessionId } from "./snowflake.ts";

export interface DispatchFrame {
  readonly op: 0;
  readonly t: string;
  readonly s: number;
  readonly d: unknown;
}

// Discord keeps a bounded backlog per session; a resume that asks for more than this must re-identify.
const BACKLOG_LIMIT = 1000;

/** A gateway session: survives its socket so a RESUME can pick up the events it missed. */
export class GatewaySession {
  readonly id = sessionId();
  seq = 0;
  socket: WebSocket | null = null;
  invalidated = false;
  /** True once READY or RESUMED went out on the current socket. */
  live = false;
  private backlog: DispatchFrame[] = [];

  dispatch(t: string, d: unknown): DispatchFrame {
    this.seq += 1;
    const frame: DispatchFrame = { op: 0, t, s: this.seq, d };
    this.backlog.push(frame);
    if (this.backlog.length > BACKLOG_LIMIT) this.backlog = this.backlog.slice(-BACKLOG_LIMIT);
    this.send(frame);
    return frame;
  }

  send(frame: object): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  /** Events after `seq`, or null when the client claims a sequence we never sent or we no longer hold. */
  missedSince(seq: number): DispatchFrame[] | null {
    if (seq > this.seq) return null;
    const oldest = this.backlog[0]?.s ?? this.seq + 1;
    if (seq + 1 < oldest && seq < this.seq) return null;
    return this.backlog.filter((frame) => frame.s > seq);
  }

  attach(socket: WebSocket): void {
    this.socket = socket;
    this.live = false;
  }

  detach(socket: WebSocket): void {
    if (this.socket !== socket) return;
    this.socket = null;
    this.live = false;
  }
}
