/** Durations and onsets: "for 3 days", "x2 weeks", "since Monday", "2 weeks ago", "a 3-day history". */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Duration {
  text: string;
  start: number;
  end: number;
  value?: number;
  unit?: DurationUnit;
  /** ISO 8601 duration when value and unit are known (P3D, PT2H). */
  iso?: string;
  /** The anchor of "since ..." as written ("Monday", "yesterday"). */
  since?: string;
  /** "ago": an onset in the past rather than a length. */
  ago?: boolean;
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, fourteen: 14, few: 3, 'a few': 3, several: 3, 'a couple of': 2, 'couple of': 2, couple: 2, half: 0.5,
};
const NUM = String.raw`(\d+(?:\.\d+)?|a couple of|couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|few|several|half an?)`;
const UNIT = String.raw`(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y)`;
const ANCHOR = String.raw`(yesterday|last night|this morning|this afternoon|this evening|last week|last weekend|last month|last year|childhood|birth|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|(?:\d{1,2}[\/.-]\d{1,2}(?:[\/.-]\d{2,4})?)|(?:19|20)\d{2})`;

const LENGTH = new RegExp(String.raw`\b(?:for|x|×|over|during|lasting|in)\s*(?:the\s+)?(?:(past|last|previous)\s+)?${NUM}?\s*[- ]?${UNIT}\b`, 'gi');
const AGO = new RegExp(String.raw`\b${NUM}\s*[- ]?${UNIT}\s+ago\b`, 'gi');
const SINCE = new RegExp(String.raw`\b(?:since|started|began|starting|beginning)\s+(?:on\s+|last\s+)?${ANCHOR}\b`, 'gi');
const HISTORY = new RegExp(String.raw`\b${NUM}\s*[- ]\s*${UNIT}\s+(?:history|hx)\b`, 'gi');

function unitOf(raw: string): DurationUnit {
  const u = raw.toLowerCase();
  if (u.startsWith('mi')) return 'minute';
  if (u.startsWith('h')) return 'hour';
  if (u.startsWith('d')) return 'day';
  if (u.startsWith('w')) return 'week';
  if (u.startsWith('mo') || u.startsWith('mth')) return 'month';
  return 'year';
}

function numberOf(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const lower = raw.toLowerCase();
  if (lower.startsWith('half')) return 0.5;
  return /^\d/.test(lower) ? Number(lower) : WORD_NUMBERS[lower];
}

const ISO: Record<DurationUnit, string> = { minute: 'M', hour: 'H', day: 'D', week: 'W', month: 'M', year: 'Y' };

function isoOf(value: number, unit: DurationUnit): string | undefined {
  if (!Number.isInteger(value)) return undefined;
  return unit === 'minute' || unit === 'hour' ? `PT${value}${ISO[unit]}` : `P${value}${ISO[unit]}`;
}

function measured(m: RegExpExecArray, numRaw: string | undefined, unitRaw: string, ago: boolean, defaultOne: boolean): Duration | null {
  const value = numberOf(numRaw) ?? (defaultOne ? 1 : undefined);
  if (value === undefined) return null;
  const unit = unitOf(unitRaw);
  const d: Duration = { text: m[0], start: m.index, end: m.index + m[0].length, value, unit };
  const iso = isoOf(value, unit);
  if (iso) d.iso = iso;
  if (ago) d.ago = true;
  return d;
}

function* each(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) yield m;
}

export function extractDurations(text: string): Duration[] {
  const out: Duration[] = [];
  for (const m of each(LENGTH, text)) {
    // "in 3 days" is a length only after "in the past/last"; "for the past week" means one week.
    if (/^in\b/i.test(m[0]) && !m[1]) continue;
    const d = measured(m, m[2], m[3] ?? '', false, Boolean(m[1]));
    if (d) out.push(d);
  }
  for (const m of each(AGO, text)) {
    const d = measured(m, m[1], m[2] ?? '', true, false);
    if (d) out.push(d);
  }
  for (const m of each(HISTORY, text)) {
    const d = measured(m, m[1], m[2] ?? '', false, false);
    if (d) out.push(d);
  }
  for (const m of each(SINCE, text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, since: m[1] ?? '' });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((d, i) => !out.slice(0, i).some((k) => d.start < k.end && k.start < d.end));
}
