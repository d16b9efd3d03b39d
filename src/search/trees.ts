/**
 * Boosted regression trees, as `npm run train` writes them: each tree is its split nodes in
 * breadth-first order (feature, threshold) and its leaves; a candidate's score is the sum of the
 * leaves it reaches. A tree lets the data say "a date matters only for a when-question" or
 * "coverage counts only once the names are there" without a person writing the rule.
 */
export interface Tree {
  /** Feature index of each split node (complete binary tree, breadth-first). */
  feature: number[];
  /** Go left when the feature is ≤ the threshold. */
  threshold: number[];
  /** One value per leaf, left to right: 2 ** depth of them. */
  leaf: number[];
}

export interface Forest {
  features: string[];
  trees: Tree[];
}

/** The value of the leaf the feature vector reaches in one tree. */
export function treeLeaf(tree: Tree, x: Float64Array): number {
  const splits = tree.feature.length;
  let node = 0;
  while (node < splits) {
    const f = tree.feature[node] as number;
    node = 2 * node + ((x[f] as number) <= (tree.threshold[node] as number) ? 1 : 2);
  }
  return tree.leaf[node - splits] as number;
}

/** Sum of the leaves the feature vector reaches, one per tree. */
export function forestScore(forest: Forest, x: Float64Array): number {
  let sum = 0;
  for (const tree of forest.trees) sum += treeLeaf(tree, x);
  return sum;
}

/**
 * The forest as flat typed arrays, for scoring many candidates: every tree's nodes and leaves side
 * by side. The same leaves are added in the same order as `forestScore`, so the sum is the same to the
 * last bit; reading numbers from typed arrays instead of each tree's own arrays took a third of the time.
 */
export function compileForest(forest: Forest): (x: Float64Array) => number {
  // Trees of one size (as `npm run train` writes them); any other forest is scored tree by tree.
  const splits = forest.trees[0]?.feature.length ?? 0;
  const leaves = splits + 1;
  const sameSize = (t: Tree) =>
    t.feature.length === splits && t.threshold.length === splits && t.leaf.length === leaves;
  if (!forest.trees.every(sameSize)) {
    return (x) => forestScore(forest, x);
  }
  const feature = Int32Array.from(forest.trees.flatMap((t) => t.feature));
  const threshold = Float64Array.from(forest.trees.flatMap((t) => t.threshold));
  const leaf = Float64Array.from(forest.trees.flatMap((t) => t.leaf));
  const count = forest.trees.length;
  return (x) => {
    let sum = 0;
    for (let t = 0; t < count; t++) {
      const first = t * splits;
      let node = 0;
      while (node < splits) {
        const at = first + node;
        node = 2 * node + ((x[feature[at] as number] as number) <= (threshold[at] as number) ? 1 : 2);
      }
      sum += leaf[t * leaves + node - splits] as number;
    }
    return sum;
  };
}
