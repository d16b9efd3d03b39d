import type { ActorKind } from "../types.ts";

/** A name the entity recogniser (`entities.ts`) found, as written, with what it is. */
export interface NamedEntity {
  text: string;
  kind: ActorKind | "place";
  /** compromise tagged it as a country. */
  country: boolean;
}

/**
 * "Millions of Crestway Bank customers", "Members of the Harbour Union", "Shares of Halcyon Seaways
 * fell": how many of a body's, or what of it, not its name. ("Friends of Lake Mirrow" is a group's name.)
 */
const PART_OF =
  /^(?:Millions|Thousands|Hundreds|Dozens|Scores|Tens|Most|Many|Some|All|Half|Few|Several|Members|Customers|Clients|Users|Shareholders|Residents|Shares|Sales|Supporters|Fans|Organisers|Organizers|Staff|Employees|Workers|Officials|Investors)\s+of\s+(?:the\s+)?/u;

/** "Rafael Grossi," → "Rafael Grossi"; "Trump’s" → "Trump"; "The Harbor City Council" → "Harbor City Council". */
export function cleanName(raw: string): string {
  let name = raw
    .trim()
    .replace(/^[“"‘'(]+/u, "")
    .replace(/[”"’'),;:!?]+$/u, "")
    .replace(/[’']s$/u, "")
    .replace(/^(?:the|a|an)\s+/iu, "")
    .replace(PART_OF, "")
    .trim();
  // Keep the dot of an initialism ("U.S."), drop a sentence's full stop ("Tehran.").
  if (name.endsWith(".") && !/(?:^|[\s.])\p{L}\.$/u.test(name)) name = name.slice(0, -1);
  return name.replace(/[,;:]+$/u, "").trim();
}
