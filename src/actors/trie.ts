/**
 * A trie over word keys: the dictionary's aliases (or any items named by a sequence of word keys)
 * by their first word, then their second, and so on. A text is matched at a word by walking it
 * once, as far as its words go in the trie: the items of the nodes passed, deepest first, are
 * the candidates there, longest first, without reading any alias whose words the text does not
 * have (the composed institutions share long prefixes: hundreds of "Bộ Ngoại giao …" aliases).
 */

export interface TrieNode<R> {
  /** The items whose keys end here, in match order (`sortTrie`). */
  items: R[];
  /** The next word key → its node (null for a leaf). */
  next: Map<string, TrieNode<R>> | null;
}

/** Word key → the node of the items starting with it (the trie's first level). */
export type Trie<R> = Map<string, TrieNode<R>>;

/** Adds `item` under `keys` (at least one key). */
export function addToTrie<R>(trie: Trie<R>, keys: readonly string[], item: R): void {
  let node: TrieNode<R> | undefined = trie.get(keys[0]!);
  if (!node) trie.set(keys[0]!, (node = { items: [], next: null }));
  for (let k = 1; k < keys.length; k++) {
    const next: Map<string, TrieNode<R>> = (node.next ??= new Map());
    let child: TrieNode<R> | undefined = next.get(keys[k]!);
    if (!child) next.set(keys[k]!, (child = { items: [], next: null }));
    node = child;
  }
  node.items.push(item);
}

/** Sorts every node's items by `order`. */
export function sortTrie<R>(trie: Trie<R>, order: (a: R, b: R) => number): void {
  const visit = (node: TrieNode<R>): void => {
    node.items.sort(order);
    if (node.next) for (const c of node.next.values()) visit(c);
  };
  for (const n of trie.values()) visit(n);
}

/** Whether every item at `node` and below it satisfies `test`. */
export function everyBelow<R>(node: TrieNode<R>, test: (item: R) => boolean): boolean {
  if (!node.items.every(test)) return false;
  if (node.next) for (const c of node.next.values()) if (!everyBelow(c, test)) return false;
  return true;
}

/**
 * The nodes a walk from `first` passes through: `path[d]` is the node reached after d + 1 keys,
 * `keyAt(d)` the d-th key of the text from the walk's start (null: no more, or not readable),
 * read for d = 1 up to `max - 1`. Writes into `path` (a scratch array) and returns how many nodes.
 * (The recogniser's dictionary pass writes this walk out over its tokens: no closure per word.)
 */
export function walkTrie<R>(first: TrieNode<R>, max: number, keyAt: (d: number) => string | null, path: TrieNode<R>[]): number {
  let len = 0;
  path[len++] = first;
  let node = first;
  for (let d = 1; d < max && node.next; d++) {
    const k = keyAt(d);
    if (k === null) break;
    const c = node.next.get(k);
    if (!c) break;
    path[len++] = node = c;
  }
  return len;
}
