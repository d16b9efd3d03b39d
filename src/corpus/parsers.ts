import { createRequire } from "node:module";
import type matterType from "gray-matter";
import type * as yamlType from "yaml";

const require = createRequire(import.meta.url);
let matterModule: typeof matterType | undefined;
let yamlModule: typeof yamlType | undefined;

/**
 * gray-matter and yaml, loaded on first use: together they take a few hundred milliseconds to
 * load, and a start from the persisted index parses no article and no glossary.
 */
export function matter(): typeof matterType {
  matterModule ??= require("gray-matter") as typeof matterType;
  return matterModule;
}

export function yaml(): typeof yamlType {
  yamlModule ??= require("yaml") as typeof yamlType;
  return yamlModule;
}
