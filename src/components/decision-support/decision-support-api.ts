// The server's own shapes: type-only imports are erased, so no server code reaches the browser.
export type { CalculationResult, CalculatorDescription, InputDescription } from '@/server/decision-support/calculator.schemas';

export type Severity = 'contraindicated' | 'major' | 'moderate' | 'minor';

export interface MedicationCheck {
  interactions: { drugs: [string, string]; severity: Severity; oncHighPriority: boolean; interruptive: boolean; classPair: string; effect: string; management: string; citation: string }[];
  allergyConflicts: { drug: string; allergen: string; crossReactivity: boolean; message: string; citation: string }[];
  unknownDrugs: string[];
  medications: { input: string; ingredients: string[] }[];
  duplicateTherapy: { drugs: [string, string]; class: string; message: string; citation: string }[];
  unknownAllergens: string[];
  allergyNotes: { allergen: string; note: string }[];
}

/** Values from a patient's chart, keyed by calculator input name, with where each came from. */
export interface ChartPrefill {
  values: Record<string, number | string | boolean | string[]>;
  sources: Record<string, string>;
  medications: string[];
  allergies: string[];
}

export type ApiAnswer<T> = { ok: true; data: T } | { ok: false; status: number; message: string; fieldErrors: Record<string, string[]> };

export async function postJson<T>(path: string, body: unknown, signal: AbortSignal): Promise<ApiAnswer<T>> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
    signal,
  });
  const json = (await response.json().catch(() => null)) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } } | null;
  if (response.ok) return { ok: true, data: json as T };
  return { ok: false, status: response.status, message: json?.error?.message ?? 'The request failed.', fieldErrors: json?.error?.fieldErrors ?? {} };
}

/** Display precision: scores as they are, small values with up to two decimals, larger ones with one (31.0). */
export function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) < 10 ? String(Number(value.toFixed(2))) : value.toFixed(1);
}
