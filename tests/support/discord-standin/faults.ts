import { compilePath } from "./router.ts";

export type Fault =
  | {
      status: 429;
      /** Seconds, as in Discord's Retry-After header; fractions are kept so tests stay fast. */
      retryAfter: number;
      global?: boolean;
      times?: number;
    }
  | { status: 500 | 502 | 503 | 504; times?: number };

/**
 * "POST /interactions/:id/:token/callback", "/webhooks/*" (any method) or a RegExp tested against
 * "METHOD /path". Paths are versionless; a leading "/api/v10" is tolerated.
 */
export type RoutePattern = string | RegExp;

interface PendingFault {
  readonly matches: (method: string, path: string) => boolean;
  readonly fault: Fault;
  remaining: number;
}

function matcher(pattern: RoutePattern): PendingFault["matches"] {
  if (pattern instanceof RegExp) return (method, path) => pattern.test(`${method} ${path}`);
  const spaced = /^([A-Z]+)\s+(\S+)$/.exec(pattern.trim());
  const wantedMethod = spaced?.[1];
  const path = (spaced?.[2] ?? pattern.trim()).replace(/^\/api\/v\d+/, "");
  const regex = compilePath(path);
  return (method, actual) => (wantedMethod === undefined || wantedMethod === method) && regex.test(actual);
}

export class FaultInjector {
  private pending: PendingFault[] = [];

  add(pattern: RoutePattern, fault: Fault): void {
    this.pending.push({ matches: matcher(pattern), fault, remaining: fault.times ?? 1 });
  }

  /** Consumes and returns the first armed fault for this request, if any. */
  take(method: string, path: string): Fault | undefined {
    const hit = this.pending.find((entry) => entry.matches(method, path));
    if (!hit) return undefined;
    hit.remaining -= 1;
    if (hit.remaining <= 0) this.pending = this.pending.filter((entry) => entry !== hit);
    return hit.fault;
  }

  clear(): void {
    this.pending = [];
  }
}

export function faultResponse(fault: Fault): { headers: Record<string, string>; body: unknown } {
  if (fault.status !== 429) {
    return { headers: {}, body: { message: `${fault.status}: Server Error`, code: 0 } };
  }
  const global = fault.global ?? false;
  const headers: Record<string, string> = {
    "retry-after": String(fault.retryAfter),
    "x-ratelimit-scope": global ? "global" : "user",
  };
  if (global) headers["x-ratelimit-global"] = "true";
  else {
    headers["x-ratelimit-limit"] = "5";
    headers["x-ratelimit-remaining"] = "0";
    headers["x-ratelimit-reset-after"] = String(fault.retryAfter);
    headers["x-ratelimit-reset"] = String(Date.now() / 1000 + fault.retryAfter);
  }
  return {
    headers,
    body: { message: "You are being rate limited.", retry_after: fault.retryAfter, global, code: 0 },
  };
}
