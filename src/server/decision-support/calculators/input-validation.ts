import { z } from 'zod';
import type { FieldErrors } from '@/lib/errors';
import type { CalcValues, CalculatorDefinition, InputSpec } from './calculator-types';

/**
 * Turns a calculator's input specs into validators once, at registry build time (no schema is built
 * per request). Numbers, booleans and enums are strictly typed: "72" is not 72 and "true" is not true.
 * Missing, unknown and out-of-range inputs are all reported at once, each under its own name.
 */
export type ValidationOutcome = { ok: true; values: CalcValues } | { ok: false; fieldErrors: FieldErrors };
export type InputValidator = (raw: Record<string, unknown>) => ValidationOutcome;

const range = (min: number, max: number, unit: string) => `Must be between ${min} and ${max} ${unit}.`;

function numberSchema(spec: { min: number; max: number; unit: string; integer?: boolean }) {
  const base = z.number({ error: `Must be a number in ${spec.unit}.` }).refine(Number.isFinite, 'Must be a finite number.');
  const ranged = base.refine((n) => n >= spec.min && n <= spec.max, range(spec.min, spec.max, spec.unit));
  return spec.integer ? ranged.refine(Number.isInteger, 'Must be a whole number.') : ranged;
}

function schemaOf(spec: InputSpec): z.ZodType {
  switch (spec.kind) {
    case 'number':
      return numberSchema(spec);
    case 'boolean':
      return z.boolean({ error: 'Must be true or false (a JSON boolean).' });
    case 'enum': {
      const allowed = spec.options.map((o) => o.value);
      return z.unknown().refine((x) => allowed.includes(x as string | number), `Must be one of: ${allowed.map((a) => JSON.stringify(a)).join(', ')}.`);
    }
    case 'multi': {
      const allowed = spec.options.map((o) => String(o.value));
      return z
        .array(z.string().refine((x) => allowed.includes(x), `Each item must be one of: ${allowed.join(', ')}.`), { error: 'Must be a list (possibly empty).' })
        .max(allowed.length)
        .refine((list) => new Set(list).size === list.length, 'Each item may appear only once.');
    }
  }
}

interface Field {
  spec: InputSpec;
  schema: z.ZodType;
  alternatives: { name: string; unit: string; schema: z.ZodType; toPrimary: (n: number) => number }[];
}

function fieldOf(spec: InputSpec): Field {
  const alternatives = spec.kind === 'number' ? (spec.alternatives ?? []).map((alt) => ({ ...alt, schema: numberSchema(alt) })) : [];
  return { spec, schema: schemaOf(spec), alternatives };
}

function requiredMessage(spec: InputSpec, field: Field): string {
  if (spec.kind !== 'number') return 'Required.';
  const names = [`${spec.name} (${spec.unit})`, ...field.alternatives.map((a) => `${a.name} (${a.unit})`)];
  return names.length === 1 ? `Required, in ${spec.unit}.` : `Required: give ${names.join(' or ')}.`;
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'Invalid value.';
}

export function inputValidatorFor(definition: CalculatorDefinition): InputValidator {
  const fields = definition.inputs.map(fieldOf);
  const known = new Set(fields.flatMap((f) => [f.spec.name, ...f.alternatives.map((a) => a.name)]));
  return (raw) => {
    // Maps, not object literals: an input named "__proto__" must be reported, not become a prototype.
    const errors = new Map<string, string[]>();
    const values = new Map<string, CalcValues[string]>();
    for (const key of Object.keys(raw)) if (!known.has(key)) errors.set(key, ['Unknown input for this calculator.']);
    for (const field of fields) {
      const given = [field.spec.name, ...field.alternatives.map((a) => a.name)].filter((name) => Object.hasOwn(raw, name) && raw[name] !== undefined && raw[name] !== null);
      if (given.length === 0) {
        errors.set(field.spec.name, [requiredMessage(field.spec, field)]);
        continue;
      }
      if (given.length > 1) {
        for (const name of given.slice(1)) errors.set(name, [`Give only one of ${given.join(', ')}.`]);
        continue;
      }
      const name = given[0]!;
      const alternative = field.alternatives.find((a) => a.name === name);
      const parsed = (alternative?.schema ?? field.schema).safeParse(raw[name]);
      if (!parsed.success) {
        errors.set(name, [firstMessage(parsed.error)]);
        continue;
      }
      values.set(name, parsed.data as CalcValues[string]);
      if (alternative) values.set(field.spec.name, alternative.toPrimary(parsed.data as number));
    }
    const checked: CalcValues = Object.fromEntries(values);
    if (errors.size === 0) {
      const cross = definition.crossCheck?.(checked);
      if (cross) for (const [name, message] of Object.entries(cross)) errors.set(name, [message]);
    }
    return errors.size > 0 ? { ok: false, fieldErrors: Object.fromEntries(errors) as FieldErrors } : { ok: true, values: checked };
  };
}

