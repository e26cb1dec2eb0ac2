'use client';

import { describedBy, FieldError, FieldHint } from '@/components/auth/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { InputDescription } from './decision-support-api';

export type FormValue = string | boolean | string[];

interface FieldProps {
  idPrefix: string;
  input: InputDescription;
  value: FormValue | undefined;
  unitName: string;
  errors?: string[];
  /** Where a pre-filled value came from in the chart. */
  source?: string;
  onChange: (name: string, value: FormValue) => void;
  onUnitChange: (primary: string, unitName: string) => void;
}

const selectClass = 'flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground aria-invalid:border-destructive sm:text-sm';

const fromChart = (source: string | undefined) => (source ? ` · from the chart: ${source}` : '');

function NumberField({ idPrefix, input, value, unitName, errors, source, onChange, onUnitChange }: FieldProps) {
  const id = `${idPrefix}-${input.name}`;
  const units = [{ name: input.name, unit: input.unit ?? '', min: input.min, max: input.max }, ...(input.alternatives ?? [])];
  const active = units.find((u) => u.name === unitName) ?? units[0]!;
  const invalid = Boolean(errors?.length);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{units.length > 1 ? input.label : `${input.label} (${active.unit})`}</Label>
      <FieldHint id={id}>{`${active.min}–${active.max} ${active.unit}${fromChart(source)}`}</FieldHint>
      <div className="flex gap-2">
        <Input
          id={id}
          type="number"
          inputMode="decimal"
          step="any"
          min={active.min}
          max={active.max}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(input.name, e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(id, true, errors)}
        />
        {units.length > 1 && (
          <select aria-label={`${input.label} unit`} className={`${selectClass} w-28`} value={active.name} onChange={(e) => onUnitChange(input.name, e.target.value)}>
            {units.map((u) => (
              <option key={u.name} value={u.name}>{u.unit}</option>
            ))}
          </select>
        )}
      </div>
      <FieldError id={id} errors={errors} />
    </div>
  );
}

function EnumField({ idPrefix, input, value, errors, source, onChange }: FieldProps) {
  const id = `${idPrefix}-${input.name}`;
  const invalid = Boolean(errors?.length);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{input.label}</Label>
      {source && <FieldHint id={id}>{`From the chart: ${source}`}</FieldHint>}
      <select id={id} className={selectClass} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(input.name, e.target.value)} aria-invalid={invalid || undefined} aria-describedby={describedBy(id, Boolean(source), errors)}>
        <option value="">Choose…</option>
        {(input.allowedValues ?? []).map((v, i) => (
          <option key={String(v)} value={String(v)}>{input.optionLabels?.[i] ?? String(v)}</option>
        ))}
      </select>
      <FieldError id={id} errors={errors} />
    </div>
  );
}

function BooleanField({ idPrefix, input, value, source, onChange }: FieldProps) {
  const id = `${idPrefix}-${input.name}`;
  return (
    <div className="flex items-start gap-3 sm:col-span-2">
      <input id={id} type="checkbox" className="mt-0.5 size-5 shrink-0 accent-primary" checked={value === true} onChange={(e) => onChange(input.name, e.target.checked)} aria-describedby={source ? `${id}-hint` : undefined} />
      <div className="grid gap-1">
        <Label htmlFor={id} className="leading-snug">{input.label}</Label>
        {source && <FieldHint id={id}>{`From the chart: ${source}`}</FieldHint>}
      </div>
    </div>
  );
}

function ArrayField({ idPrefix, input, value, errors, onChange }: FieldProps) {
  const chosen = Array.isArray(value) ? value : [];
  const toggle = (option: string, on: boolean) => onChange(input.name, on ? [...chosen, option] : chosen.filter((c) => c !== option));
  return (
    <fieldset className="grid gap-2 sm:col-span-2">
      <legend className="mb-1 text-sm font-medium">{input.label}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {(input.allowedValues ?? []).map((v, i) => {
          const id = `${idPrefix}-${input.name}-${String(v)}`;
          return (
            <div key={String(v)} className="flex items-center gap-3">
              <input id={id} type="checkbox" className="size-5 accent-primary" checked={chosen.includes(String(v))} onChange={(e) => toggle(String(v), e.target.checked)} />
              <Label htmlFor={id}>{input.optionLabels?.[i] ?? String(v)}</Label>
            </div>
          );
        })}
      </div>
      <FieldError id={`${idPrefix}-${input.name}`} errors={errors} />
    </fieldset>
  );
}

/** One form control per registry input: the form is generated, never hand-written per calculator. */
export function CalculatorField(props: FieldProps) {
  switch (props.input.type) {
    case 'number':
      return <NumberField {...props} />;
    case 'enum':
      return <EnumField {...props} />;
    case 'boolean':
      return <BooleanField {...props} />;
    case 'array':
      return <ArrayField {...props} />;
  }
}
