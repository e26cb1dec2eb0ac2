/** Severity: a 0-10 score ("7/10", "8 out of 10", "pain score 6") or a word (mild, moderate, severe). */
export type SeverityLevel = 'none' | 'mild' | 'moderate' | 'severe';

export interface Severity {
  text: string;
  start: number;
  end: number;
  level: SeverityLevel;
  /** On the 0-10 numeric rating scale, when a number was given. */
  score?: number;
  /** A score above 10 is kept and flagged, never clipped. */
  flag?: 'implausible';
}

const SCORE = /\b(\d{1,2}(?:\.\d)?)\s*(?:\/|out of|of)\s*10\b(?![\/\d]|\.\d)|\b(?:pain score|pain scale|pain level|severity|nrs|vas)\s*(?:of|is|was|:|=)?\s*(\d{1,2}(?:\.\d)?)\b/gi;
const WORDS = /\b(mild|mildly|slight|slightly|minimal|minor|moderate|moderately|severe|severely|excruciating|unbearable|intense|agonizing|agonising|terrible|worst)\b/gi;

const LEVEL_OF_WORD: Record<string, SeverityLevel> = {
  mild: 'mild', mildly: 'mild', slight: 'mild', slightly: 'mild', minimal: 'mild', minor: 'mild',
  moderate: 'moderate', moderately: 'moderate',
  severe: 'severe', severely: 'severe', excruciating: 'severe', unbearable: 'severe', intense: 'severe',
  agonizing: 'severe', agonising: 'severe', terrible: 'severe', worst: 'severe',
};

/** Numeric rating scale bands as commonly used in primary care (1-3 mild, 4-6 moderate, 7-10 severe). */
export function levelOfScore(score: number): SeverityLevel {
  if (score <= 0) return 'none';
  if (score < 4) return 'mild';
  if (score < 7) return 'moderate';
  return 'severe';
}

export function extractSeverities(text: string): Severity[] {
  const out: Severity[] = [];
  SCORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SCORE.exec(text)) !== null) {
    const score = Number(m[1] ?? m[2]);
    const s: Severity = { text: m[0], start: m.index, end: m.index + m[0].length, level: levelOfScore(score), score };
    if (score > 10) s.flag = 'implausible';
    out.push(s);
  }
  WORDS.lastIndex = 0;
  while ((m = WORDS.exec(text)) !== null) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, level: LEVEL_OF_WORD[m[1]!.toLowerCase()] ?? 'moderate' });
  }
  return out.sort((a, b) => a.start - b.start);
}
