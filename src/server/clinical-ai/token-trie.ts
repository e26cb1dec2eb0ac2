import { TokenKind, type Token } from './text-tokens';

interface TrieNode<V> {
  next: Map<string, TrieNode<V>> | null;
  value: V | undefined;
}

export interface TrieMatch<V> {
  /** Index of the first token after the match. */
  end: number;
  value: V;
}

/**
 * A trie over normalized tokens, built once at module load. Lookup is the longest phrase that
 * starts at a token, so "no evidence of" wins over "no" and "shortness of breath" over "breath".
 * Number tokens also match the wildcards `#num` (any number) and `#year` (1900-2099).
 */
export class TokenTrie<V> {
  private readonly root: TrieNode<V> = { next: null, value: undefined };

  /** Adds a phrase; the first value given for a phrase is kept (data files list the preferred one first). */
  add(keys: readonly string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, value: undefined };
        node.next.set(key, child);
      }
      node = child;
    }
    node.value ??= value;
  }

  longestAt(tokens: readonly Token[], start: number, limit = tokens.length): TrieMatch<V> | null {
    let best: TrieMatch<V> | null = null;
    this.walk(this.root, tokens, start, limit, (end, value) => {
      if (!best || end > best.end) best = { end, value };
    });
    return best;
  }

  private walk(node: TrieNode<V>, tokens: readonly Token[], i: number, limit: number, found: (end: number, value: V) => void): void {
    if (!node.next || i >= limit) return;
    const token = tokens[i];
    if (!token || token.kind === TokenKind.Break) return;
    const exact = node.next.get(token.norm);
    if (exact) this.visit(exact, tokens, i + 1, limit, found);
    if (token.kind === TokenKind.Number || NUMBER_WORDS.has(token.norm)) {
      const num = node.next.get('#num');
      if (num) this.visit(num, tokens, i + 1, limit, found);
      if (isYear(token.norm)) {
        const year = node.next.get('#year');
        if (year) this.visit(year, tokens, i + 1, limit, found);
      }
    }
  }

  private visit(node: TrieNode<V>, tokens: readonly Token[], next: number, limit: number, found: (end: number, value: V) => void): void {
    if (node.value !== undefined) found(next, node.value);
    this.walk(node, tokens, next, limit, found);
  }
}

const NUMBER_WORDS = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen',
  'twenty', 'thirty', 'forty', 'fifty', 'few', 'several', 'many', 'couple',
]);

function isYear(s: string): boolean {
  return s.length === 4 && (s.startsWith('19') || s.startsWith('20'));
}
