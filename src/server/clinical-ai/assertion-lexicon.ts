import { informantDeterminers, informantPrefixes, otherPeople, presentItemModifiers, pseudoTriggers, scopeContinuers, terminators } from './assertion-scope-terms';
import { triggerGroups, type Direction, type TriggerCategory } from './assertion-triggers';
import { phraseKeys } from './text-tokens';
import { TokenTrie } from './token-trie';

/** The three assertion dimensions; terminators and scopes are per dimension. */
export const Dim = { negation: 0, temporality: 1, experiencer: 2 } as const;
export type Dim = (typeof Dim)[keyof typeof Dim];

export const dimOf: Record<TriggerCategory, Dim> = {
  negated: Dim.negation,
  possible: Dim.negation,
  historical: Dim.temporality,
  hypothetical: Dim.temporality,
  other: Dim.experiencer,
};

export interface TriggerRule {
  category: TriggerCategory;
  direction: Direction;
  window: number;
  /** The scope ends at a comma as well. */
  clause: boolean;
}

/** Everything a phrase means to the engine; one phrase can be a trigger in both directions. */
export interface LexiconEntry {
  rules: TriggerRule[];
  /** Bit i set: ends scopes of dimension i. */
  terminates: number;
  /** Ends a negation only when no "or"/"nor" follows in the clause (see presentItemModifiers). */
  softNegationEnd: boolean;
  pseudo: boolean;
}

const ALL_DIMS = 0b111;

/** Notes abbreviate "with" ("presents w/ CP", "p/w cough"); every phrase is also known that way. */
function withAbbreviations(phrases: readonly string[]): string[] {
  const out = [...phrases];
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    if (!words.includes('with')) continue;
    out.push(words.map((w) => (w === 'with' ? 'w/' : w)).join(' '));
    if (/^(who )?(presents|presenting|presented) with\b/.test(phrase)) out.push(phrase.replace(/(presents|presenting|presented) with/, 'p/w'));
  }
  return out;
}

function buildTrie(): TokenTrie<LexiconEntry> {
  const entries = new Map<string, { keys: string[]; entry: LexiconEntry }>();
  const entryFor = (phrase: string): LexiconEntry => {
    const keys = phraseKeys(phrase);
    const id = keys.join(' ');
    let slot = entries.get(id);
    if (!slot) {
      slot = { keys, entry: { rules: [], terminates: 0, softNegationEnd: false, pseudo: false } };
      entries.set(id, slot);
    }
    return slot.entry;
  };
  for (const group of triggerGroups) {
    for (const phrase of withAbbreviations(group.phrases)) entryFor(phrase).rules.push({ category: group.category, direction: group.direction, window: group.window, clause: group.clause ?? (group.direction === 'backward' && group.category === 'possible') });
  }
  // "Fatigue has improved and is no longer present": "and is" ends no scope when the outcome follows.
  for (const group of triggerGroups) {
    if (group.category !== 'negated' || group.direction !== 'backward') continue;
    const rule: TriggerRule = { category: group.category, direction: group.direction, window: group.window + 1, clause: group.clause ?? false };
    for (const phrase of group.phrases) if (!phrase.startsWith(':') && !phrase.startsWith('-')) entryFor(`and ${phrase}`).rules.push(rule);
  }
  // "call for any new weakness": "new" names what to watch for here, it does not end the scope.
  for (const group of triggerGroups) {
    if (group.category !== 'hypothetical' || group.direction !== 'forward') continue;
    const rule: TriggerRule = { category: group.category, direction: group.direction, window: group.window, clause: group.clause ?? false };
    for (const phrase of group.phrases) for (const tail of ['new', 'any new']) entryFor(`${phrase} ${tail}`).rules.push(rule);
  }
  for (const person of otherPeople) {
    entryFor(person).rules.push({ category: 'other', direction: 'forward', window: 20, clause: false });
    // "lives with his wife who has dementia": a companion's own condition, not an informant.
    for (const det of informantDeterminers) entryFor(`lives with ${det} ${person}`).rules.push({ category: 'other', direction: 'forward', window: 20, clause: false });
    // "colon cancer in a maternal uncle"
    for (const det of ['', 'a', 'his', 'her', 'their', 'my', 'the', 'both', 'several', 'two']) {
      for (const side of ['', 'maternal', 'paternal']) entryFor(`in ${det} ${side} ${person}`).rules.push({ category: 'other', direction: 'backward', window: 6, clause: false });
    }
  }
  for (const prefix of informantPrefixes) {
    for (const det of informantDeterminers) {
      for (const person of otherPeople) entryFor(`${prefix} ${det} ${person}`).pseudo = true;
    }
  }
  for (const phrase of pseudoTriggers) entryFor(phrase).pseudo = true;
  for (const word of presentItemModifiers) {
    const entry = entryFor(`, ${word}`);
    entry.terminates |= 1 << Dim.negation;
    entry.softNegationEnd = true;
  }
  for (const phrase of terminators.all) entryFor(phrase).terminates |= ALL_DIMS;
  for (const phrase of terminators.negation) entryFor(phrase).terminates |= 1 << Dim.negation;
  for (const phrase of terminators.temporality) entryFor(phrase).terminates |= 1 << Dim.temporality;
  for (const phrase of terminators.experiencer) entryFor(phrase).terminates |= 1 << Dim.experiencer;

  // A longer phrase hides the single word it starts with from the longest match ("now with"
  // hides "now"), so it inherits that word's scope endings.
  for (const { keys, entry } of entries.values()) {
    if (keys.length > 1) entry.terminates |= entries.get(keys[0]!)?.entry.terminates ?? 0;
    // "and presents" ends what "presents" ends.
    if (keys.length > 1 && (keys[0] === 'and' || keys[0] === ',')) entry.terminates |= entries.get(keys[1]!)?.entry.terminates ?? 0;
  }
  // A subject inside a phrase ("family denies that he has had") speaks of that subject again.
  const subjects = new Set(['he', 'she', 'i', 'patient', 'pt']);
  for (const { keys, entry } of entries.values()) {
    if (keys.slice(1).some((k) => subjects.has(k))) entry.terminates |= 1 << Dim.experiencer;
  }
  // Phrases that begin with a terminator's word but end no scope ("found to have", "any new").
  for (const phrase of scopeContinuers) {
    const entry = entryFor(phrase);
    entry.terminates = 0;
    entry.pseudo = true;
  }
  const trie = new TokenTrie<LexiconEntry>();
  for (const { keys, entry } of entries.values()) {
    // A pseudo-trigger only blocks shorter triggers; it never acts itself.
    if (entry.pseudo) entry.rules = [];
    trie.add(keys, entry);
  }
  return trie;
}

/** Compiled once, when the module loads; every analysis reuses it. */
export const assertionTrie: TokenTrie<LexiconEntry> = buildTrie();
