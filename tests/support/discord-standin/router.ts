/** Versionless API paths such as "/interactions/:id/:token/callback" compiled to anchored regexes. */
export function compilePath(pattern: string): RegExp {
  const source = pattern
    .split("/")
    .map((segment) => {
      if (segment === "*") return ".*";
      if (segment.startsWith(":")) return `(?<${segment.slice(1)}>[^/]+)`;
      return segment.replace(/[.*+?^${}()|[\]\\@]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}$`);
}

export interface Route<Handler> {
  readonly method: string;
  readonly regex: RegExp;
  readonly handler: Handler;
}

export type RouteLookup<Handler> =
  | { kind: "found"; route: Route<Handler>; params: Record<string, string> }
  | { kind: "wrong-method" }
  | { kind: "missing" };

export function findRoute<Handler>(
  routes: ReadonlyArray<Route<Handler>>,
  method: string,
  path: string,
): RouteLookup<Handler> {
  let pathMatched = false;
  for (const candidate of routes) {
    const match = candidate.regex.exec(path);
    if (!match) continue;
    pathMatched = true;
    if (candidate.method === method) return { kind: "found", route: candidate, params: { ...match.groups } };
  }
  return pathMatched ? { kind: "wrong-method" } : { kind: "missing" };
}
