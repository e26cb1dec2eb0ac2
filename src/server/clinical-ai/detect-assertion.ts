import { analyzeSentence, assertSentence, assertSpan, type Assertion } from './assertion-engine';
import { locateTarget } from './locate-target';
import { tokenize } from './text-tokens';

/**
 * NegEx/ConText assertion of one target in one sentence (CALCULATORS.md, "Assertion
 * detection"). A target that is not in the sentence is judged on the sentence's own triggers,
 * so a client always gets an answer rather than an error for a near-miss spelling.
 */
export function detectAssertion(sentence: string, target: string): Assertion {
  const tokens = tokenize(sentence);
  const ctx = analyzeSentence(sentence, tokens);
  const span = locateTarget(tokens, tokenize(target));
  return span ? assertSpan(ctx, span.start, span.end) : assertSentence(ctx);
}
