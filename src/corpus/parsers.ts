import { createRequire } from "node:module";
import type * as yamlType from "yaml";

const require = createRequire(import.meta.url);
let yamlModule: typeof yamlType | undefined;

/**
 * yaml, loaded on first use: it takes a noticeable part of a start to load, and a start from the
 * persisted index parses no article and no glossary.
 */
export function yaml(): typeof yamlType {
  yamlModule ??= require("yaml") as typeof yamlType;
  return yamlModule;
}
