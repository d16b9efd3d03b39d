import { nlp } from "./nlp.ts";
import type { ActorKind } from "./types.ts";

/** A name the entity recogniser found, as written, with what it is. */
export interface NamedEntity {
  text: string;
  kind: ActorKind | "place";
  /** compromise tagged it as a country. */
  country: boolean;
}

/**
 * Named entities of a text with compromise (people, organisations, places), cleaned of
 * trailing punctuation and possessives. Chosen over wink-nlp's lite English model, whose
 * entity recogniser finds dates and numbers but no people or organisations.
 */
export function namedEntities(text: string): NamedEntity[] {
  const doc = nlp(text);
  const out: NamedEntity[] = [];
  const push = (raw: string, kind: NamedEntity["kind"], country = false) => {
    const clean = cleanName(raw);
    if (clean) out.push({ text: clean, kind, country });
  };
  for (const t of doc.people().out("array") as string[]) push(t, "person");
  for (const t of doc.organizations().out("array") as string[]) push(t, "organization");
  for (const t of doc.match("#Country+").out("array") as string[]) push(t, "country", true);
  for (const t of doc.places().out("array") as string[]) push(t, "place");
  return out;
}

/** "Rafael Grossi," → "Rafael Grossi"; "Trump’s" → "Trump"; "The Harbor City Council" → "Harbor City Council". */
export function cleanName(raw: string): string {
  let name = raw
    .trim()
    .replace(/^[“"‘'(]+/u, "")
    .replace(/[”"’'),;:!?]+$/u, "")
    .replace(/[’']s$/u, "")
    .replace(/^(?:the|a|an)\s+/iu, "")
    .trim();
  // Keep the dot of an initialism ("U.S."), drop a sentence's full stop ("Tehran.").
  if (name.endsWith(".") && !/(?:^|[\s.])\p{L}\.$/u.test(name)) name = name.slice(0, -1);
  return name.replace(/[,;:]+$/u, "").trim();
}
