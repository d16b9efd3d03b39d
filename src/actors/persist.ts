import type { Corpus } from "../corpus/types.ts";
import { ActorDirectory } from "./directory/directory.ts";
import type { ActorIndex, FactTable } from "./extract.ts";
import type { Actor, ActorKind, SentenceFacts } from "./types.ts";

/**
 * The actor index as columns for the on-disk cache (`src/cache/`): numbers in typed arrays, lists
 * as one array with each owner's start, strings only for names, roles, aliases and dates (the
 * dates and the pronoun links each joined into few strings). Restoring a map of objects per
 * passage took half a second at 10,000 articles; typed arrays come back as fast as memory copies.
 */
export interface SerializedActors {
  names: string[];
  kinds: Uint8Array;
  /** "" when the actor has no role. */
  roles: string[];
  /** Every role of each actor (titles and stated roles), joined by SEP; "" when none. */
  roleLists: string[];
  aliases: string[];
  /** Actor i's aliases are `aliases[aliasStart[i]…aliasStart[i + 1]]`; the same for the lists below. */
  aliasStart: Uint32Array;
  passages: Uint32Array;
  passageStart: Uint32Array;
  viaPronoun: Uint32Array;
  viaStart: Uint32Array;
  /** `byPassage`: passage ids, and the actors (their ids: positions in `names`) each names, holder first. */
  namedIn: Uint32Array;
  namedStart: Uint32Array;
  named: Uint32Array;
  /** `facts`, one row per passage id in `factPassages`; `when` NaN and `holder` (an id) -1 when there is none. */
  factPassages: Uint32Array;
  factKinds: Uint8Array;
  factWhen: Float64Array;
  factHolders: Int32Array;
  dateStart: Uint32Array;
  /** Every fact's dates, joined by SEP. */
  dates: string;
  /** `links`: passage ids and, for each, its list of names in `linkLists` (names joined by SEP). */
  linkPassages: Uint32Array;
  linkList: Uint32Array;
  linkLists: string[];
}

const KINDS: readonly ActorKind[] = ["person", "organization", "country"];
const FACT_KINDS: ReadonlyArray<SentenceFacts["kind"]> = ["position", "event"];
const SEP = "\u0000";

/** Lists of numbers as one typed array and each list's start (one more start than lists: the end). */
function concat(lists: ReadonlyArray<readonly number[]>): { values: Uint32Array; starts: Uint32Array } {
  const starts = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => {
    starts[i + 1] = (starts[i] as number) + list.length;
  });
  const values = new Uint32Array(starts[lists.length] as number);
  lists.forEach((list, i) => {
    values.set(list, starts[i] as number);
  });
  return { values, starts };
}

const slice = (values: Uint32Array, starts: Uint32Array, i: number): number[] =>
  Array.from(values.subarray(starts[i] as number, starts[i + 1] as number));

export function serializeActors(index: ActorIndex, corpus: Corpus): SerializedActors {
  const { actors } = index;
  // `byPassage` and `holder` hold ids, which are positions in `actors`: stored as they are.
  actors.forEach((a, i) => {
    if (a.id !== i) throw new Error(`Actor ${a.name} has id ${a.id} at position ${i}`);
  });
  const aliasStart = new Uint32Array(actors.length + 1);
  actors.forEach((a, i) => {
    aliasStart[i + 1] = (aliasStart[i] as number) + a.aliases.length;
  });
  const passages = concat(actors.map((a) => a.passages));
  const via = concat(actors.map((a) => a.viaPronoun));

  const namedIn: number[] = [];
  const namedLists: number[][] = [];
  const factPassages: number[] = [];
  const factKinds: number[] = [];
  const factWhen: number[] = [];
  const factHolders: number[] = [];
  const dateLists: string[][] = [];
  const linkPassages: number[] = [];
  const linkList: number[] = [];
  const listIds = new Map<string, number>();
  for (const passage of corpus.passages) {
    const named = index.byPassage.get(passage.id);
    if (named) {
      namedIn.push(passage.id);
      namedLists.push(named);
    }
    const fact = index.facts.get(passage.id);
    if (fact) {
      factPassages.push(passage.id);
      factKinds.push(FACT_KINDS.indexOf(fact.kind));
      factWhen.push(fact.when ?? Number.NaN);
      factHolders.push(fact.holder ?? -1);
      dateLists.push(fact.dates);
    }
    const linked = index.links(passage);
    if (linked.length > 0) {
      // Every sentence pointing to one actor has the same list: each distinct list is kept once.
      const key = linked.join(SEP);
      let id = listIds.get(key);
      if (id === undefined) {
        id = listIds.size;
        listIds.set(key, id);
      }
      linkPassages.push(passage.id);
      linkList.push(id);
    }
  }
  const named = concat(namedLists);
  const dateStart = new Uint32Array(dateLists.length + 1);
  dateLists.forEach((d, i) => {
    dateStart[i + 1] = (dateStart[i] as number) + d.length;
  });
  return {
    names: actors.map((a) => a.name),
    kinds: Uint8Array.from(actors, (a) => KINDS.indexOf(a.kind)),
    roles: actors.map((a) => a.role ?? ""),
    roleLists: actors.map((a) => (a.roles ?? []).join(SEP)),
    aliases: actors.flatMap((a) => a.aliases),
    aliasStart,
    passages: passages.values,
    passageStart: passages.starts,
    viaPronoun: via.values,
    viaStart: via.starts,
    namedIn: Uint32Array.from(namedIn),
    namedStart: named.starts,
    named: named.values,
    factPassages: Uint32Array.from(factPassages),
    factKinds: Uint8Array.from(factKinds),
    factWhen: Float64Array.from(factWhen),
    factHolders: Int32Array.from(factHolders),
    dateStart,
    dates: dateLists.flat().join(SEP),
    linkPassages: Uint32Array.from(linkPassages),
    linkList: Uint32Array.from(linkList),
    linkLists: [...listIds.keys()],
  };
}

export function restoreActors(data: SerializedActors): ActorIndex {
  const actors: Actor[] = data.names.map((name, i) => {
    const actor: Actor = {
      id: i,
      name,
      aliases: data.aliases.slice(data.aliasStart[i], data.aliasStart[i + 1]),
      kind: KINDS[data.kinds[i] as number] as ActorKind,
      passages: slice(data.passages, data.passageStart, i),
      viaPronoun: slice(data.viaPronoun, data.viaStart, i),
    };
    const role = data.roles[i];
    if (role) actor.role = role;
    const roles = data.roleLists[i];
    if (roles) actor.roles = roles.split(SEP);
    return actor;
  });
  const facts = new ColumnFacts(data);
  const links = rowsByPassage(data.linkPassages);
  const lists: Array<string[] | undefined> = [];
  let byPassage: Map<number, number[]> | undefined;
  return {
    actors,
    directory: new ActorDirectory(actors),
    facts,
    // No reply reads it: it is made only when asked for.
    get byPassage() {
      byPassage ??= new Map(
        Array.from(data.namedIn, (id, row) => [id, slice(data.named, data.namedStart, row)]),
      );
      return byPassage;
    },
    links: (passage) => {
      const row = links[passage.id] ?? -1;
      if (row < 0) return [];
      const list = data.linkList[row] as number;
      lists[list] ??= (data.linkLists[list] as string).split(SEP);
      return lists[list] as string[];
    },
  };
}

/** Passage id → row, -1 where the passage has none. */
function rowsByPassage(ids: Uint32Array): Int32Array {
  let max = -1;
  for (const id of ids) if (id > max) max = id;
  const rows = new Int32Array(max + 1).fill(-1);
  ids.forEach((id, row) => {
    rows[id] = row;
  });
  return rows;
}

/** The facts as stored, each made an object the first time it is asked for. */
class ColumnFacts implements FactTable {
  private readonly rows: Int32Array;
  private readonly made: Array<SentenceFacts | undefined> = [];
  private dates: string[] | undefined;

  constructor(private readonly data: SerializedActors) {
    this.rows = rowsByPassage(data.factPassages);
  }

  get(passageId: number): SentenceFacts | undefined {
    const row = this.rows[passageId] ?? -1;
    if (row < 0) return undefined;
    let fact = this.made[row];
    if (!fact) {
      const { data } = this;
      this.dates ??= data.dates === "" ? [] : data.dates.split(SEP);
      fact = {
        kind: FACT_KINDS[data.factKinds[row] as number] as SentenceFacts["kind"],
        dates: this.dates.slice(data.dateStart[row], data.dateStart[row + 1]),
      };
      const holder = data.factHolders[row] as number;
      if (holder >= 0) fact.holder = holder;
      const when = data.factWhen[row] as number;
      if (!Number.isNaN(when)) fact.when = when;
      this.made[row] = fact;
    }
    return fact;
  }
}
