import type { Assertion } from './assertion-engine';
import { phraseKeys, TokenKind, type Token } from './text-tokens';
import { TokenTrie } from './token-trie';

/**
 * Note sections. "Past medical history: Hypertension. Diabetes." or "Family history: Mother
 * with breast cancer. Father with MI." make every sentence of the section historical or another
 * person's, until a blank line or the next heading ("HPI:", "Exam:").
 */
type Section = { temporality?: 'historical'; experiencer?: 'other' };

const headings = new TokenTrie<Section>();
for (const h of ['past medical history', 'pmh', 'pmhx', 'past history', 'medical history', 'past surgical history', 'psh', 'surgical history', 'previous history', 'history']) {
  headings.add(phraseKeys(`${h} :`), { temporality: 'historical' });
}
for (const h of ['family history', 'family hx', 'fh', 'fhx', 'family medical history']) headings.add(phraseKeys(`${h} :`), { experiencer: 'other' });

/** Tracks the section a sentence is in; call once per sentence, in order. */
export class SectionTracker {
  private current: Section = {};

  enter(tokens: readonly Token[], from: number, to: number): void {
    if (from > 0 && tokens[from - 1]?.kind === TokenKind.Break) this.current = {};
    const heading = headings.longestAt(tokens, from, to);
    if (heading) {
      this.current = heading.value;
      return;
    }
    // Any other "Heading:" within the first four words starts a new section.
    for (let k = from; k < Math.min(to, from + 5); k++) {
      if (tokens[k]!.norm === ':' && k > from) {
        this.current = {};
        return;
      }
      if (tokens[k]!.kind !== TokenKind.Word) return;
    }
  }

  /** The assertion with the section's default applied where the sentence itself said nothing. */
  apply<A extends Assertion>(assertion: A): A {
    const out = { ...assertion };
    // An absent finding stays recent under a history heading ("PMH: no diabetes"), as in the engine.
    if (this.current.temporality && out.temporality === 'recent' && out.negation !== 'negated') out.temporality = this.current.temporality;
    if (this.current.experiencer && out.experiencer === 'patient') out.experiencer = this.current.experiencer;
    return out;
  }
}
