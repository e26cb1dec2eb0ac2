/**
 * Vital signs written in free text ("BP 150/95", "blood pressure 150 over 95", "T 101.2F",
 * "pulse 112", "SpO2 94%"). Every value is kept; one outside what a living patient can show
 * is flagged as implausible, never dropped or silently accepted. Patterns are compiled once.
 */
export type VitalKind = 'blood_pressure' | 'temperature' | 'heart_rate' | 'respiratory_rate' | 'oxygen_saturation' | 'weight' | 'height';

export interface Vital {
  kind: VitalKind;
  text: string;
  start: number;
  end: number;
  /** In the canonical unit: °C, /min, %, kg, cm. Absent for blood pressure. */
  value?: number;
  systolic?: number;
  diastolic?: number;
  unit: string;
  /** What was written, when it was converted (101.2 °F). */
  original?: { value: number; unit: string };
  plausible: boolean;
  flag?: 'implausible';
}

const SEP = String.raw`\s*(?:(?:is|was|were|of|at|reading|measured|today|now|:|=|-|~)\s*)*`;
const NUM = String.raw`(\d{1,4}(?:\.\d+)?)`;

const BP = new RegExp(String.raw`\b(?:bp|b\/p|blood pressure|blood pressures|nibp|abp)${SEP}(\d{2,3})\s*(?:\/|over)\s*(\d{2,3})(?:\s*mm\s*hg)?|\b(\d{2,3})\s*\/\s*(\d{2,3})\s*mm\s*hg\b`, 'gi');
const TEMP = new RegExp(String.raw`\b(?:temperature|temp|tmax|t|fever|febrile)(?:\s+(?:of|to|up to|as high as))?${SEP}(\d{2,3}(?:\.\d+)?)\s*(?:°|º|degrees?|deg)?\s*(c|f|celsius|fahrenheit|centigrade)?\b`, 'gi');
const HR = new RegExp(String.raw`\b(?:heart rate|hr|pulse rate|pulse|heart beat|heartbeat)${SEP}${NUM}\s*(?:bpm|beats per minute|beats\/min|\/min|per minute)?|\b(\d{2,4})\s*bpm\b`, 'gi');
const RR = new RegExp(String.raw`\b(?:respiratory rate|respiration rate|resp rate|respirations|resp|rr|breathing rate)${SEP}${NUM}(?:\s*(?:\/min|breaths per minute|per minute))?`, 'gi');
const SPO2 = new RegExp(String.raw`\b(?:spo2|sp02|sao2|o2 sats?|o2 saturation|oxygen saturation|oxygen sats?|oxygen level|sats|sat|pulse ox(?:imetry)?|pox)${SEP}${NUM}\s*%?`, 'gi');
const WEIGHT = new RegExp(String.raw`\b(?:weight|wt|weighs|weighing|weighed)${SEP}${NUM}\s*(kg|kgs|kilograms?|kilos?|lbs?|pounds?|st|stone)\b`, 'gi');
const HEIGHT = new RegExp(String.raw`\b(?:height|ht)${SEP}(?:(\d(?:\.\d+)?)\s*m\b|(\d{2,3}(?:\.\d+)?)\s*cm\b|(\d)\s*(?:'|ft|feet|foot)\s*(\d{1,2})?\s*(?:"|''|in\b|inches\b)?)|\b(\d)\s*(?:'|ft|feet|foot)\s*(\d{1,2})\s*(?:"|''|in\b|inches\b)?\s*tall\b`, 'gi');

const round1 = (x: number) => Math.round(x * 10) / 10;
const within = (x: number, lo: number, hi: number) => x >= lo && x <= hi;

function vital(match: RegExpExecArray, kind: VitalKind, fields: Omit<Vital, 'kind' | 'text' | 'start' | 'end' | 'flag'>): Vital {
  const v: Vital = { kind, text: match[0].trim(), start: match.index, end: match.index + match[0].trimEnd().length, ...fields };
  if (!v.plausible) v.flag = 'implausible';
  return v;
}

function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function bloodPressures(text: string): Vital[] {
  const out: Vital[] = [];
  for (const m of matches(BP, text)) {
    const systolic = Number(m[1] ?? m[3]);
    const diastolic = Number(m[2] ?? m[4]);
    const plausible = within(systolic, 50, 300) && within(diastolic, 20, 200) && systolic > diastolic;
    out.push(vital(m, 'blood_pressure', { systolic, diastolic, unit: 'mmHg', plausible }));
  }
  return out;
}

function temperatures(text: string): Vital[] {
  const out: Vital[] = [];
  for (const m of matches(TEMP, text)) {
    const written = Number(m[1]);
    const unitWord = (m[2] ?? '').toLowerCase();
    // Without a unit, a value a Celsius thermometer cannot show is read as Fahrenheit.
    const fahrenheit = unitWord.startsWith('f') || (unitWord === '' && written >= 80);
    const celsius = fahrenheit ? round1(((written - 32) * 5) / 9) : written;
    const fields = { value: celsius, unit: '°C', plausible: within(celsius, 25, 45) };
    out.push(vital(m, 'temperature', fahrenheit ? { ...fields, original: { value: written, unit: '°F' } } : fields));
  }
  return out;
}

function simple(text: string, re: RegExp, kind: VitalKind, unit: string, lo: number, hi: number): Vital[] {
  const out: Vital[] = [];
  for (const m of matches(re, text)) {
    const value = Number(m[1] ?? m[2]);
    out.push(vital(m, kind, { value, unit, plausible: within(value, lo, hi) }));
  }
  return out;
}

function weights(text: string): Vital[] {
  const out: Vital[] = [];
  for (const m of matches(WEIGHT, text)) {
    const written = Number(m[1]);
    const unit = (m[2] ?? '').toLowerCase();
    const factor = unit.startsWith('lb') || unit.startsWith('pound') ? 0.45359237 : unit === 'st' || unit === 'stone' ? 6.35029318 : 1;
    const kg = round1(written * factor);
    const fields = { value: kg, unit: 'kg', plausible: within(kg, 0.3, 400) };
    out.push(vital(m, 'weight', factor === 1 ? fields : { ...fields, original: { value: written, unit: unit.startsWith('s') ? 'st' : 'lb' } }));
  }
  return out;
}

function heights(text: string): Vital[] {
  const out: Vital[] = [];
  for (const m of matches(HEIGHT, text)) {
    let cm: number;
    let original: Vital['original'];
    if (m[1] !== undefined) cm = Number(m[1]) * 100;
    else if (m[2] !== undefined) cm = Number(m[2]);
    else {
      const feet = Number(m[3] ?? m[5]);
      const inches = Number(m[4] ?? m[6] ?? 0);
      cm = (feet * 12 + inches) * 2.54;
      original = { value: feet * 12 + inches, unit: 'in' };
    }
    const fields = { value: round1(cm), unit: 'cm', plausible: within(cm, 30, 250) };
    out.push(vital(m, 'height', original ? { ...fields, original } : fields));
  }
  return out;
}

/** All vitals in the text, in reading order; overlapping readings keep the earlier, longer one. */
export function extractVitals(text: string): Vital[] {
  const all = [
    ...bloodPressures(text),
    ...temperatures(text),
    ...simple(text, HR, 'heart_rate', '/min', 20, 250),
    ...simple(text, RR, 'respiratory_rate', '/min', 4, 70),
    ...simple(text, SPO2, 'oxygen_saturation', '%', 50, 100),
    ...weights(text),
    ...heights(text),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Vital[] = [];
  for (const v of all) if (!kept.some((k) => v.start < k.end && k.start < v.end)) kept.push(v);
  return kept;
}
