'use client';

import { useState } from 'react';
import { CalculatorField, type FormValue } from './calculator-fields';
import { planRequest } from './calculator-inputs';
import { CalculatorResult } from './calculator-result';
import type { CalculationResult, CalculatorDescription, ChartPrefill } from './decision-support-api';
import { useDebouncedRequest } from './use-debounced-request';

/** Chart values for this calculator's inputs, as form values (numbers and enums as the text a field holds). */
function initialValues(calculator: CalculatorDescription, prefill: ChartPrefill | undefined): Record<string, FormValue> {
  const out: Record<string, FormValue> = {};
  for (const input of calculator.inputs) {
    const value = prefill?.values[input.name];
    if (value === undefined) continue;
    out[input.name] = typeof value === 'number' ? String(value) : value;
  }
  return out;
}

/** A calculator's form, generated from its registry inputs, with the result computed as the clinician types. */
export function CalculatorForm({ calculator, prefill }: { calculator: CalculatorDescription; prefill?: ChartPrefill }) {
  const [values, setValues] = useState<Record<string, FormValue>>(() => initialValues(calculator, prefill));
  const [units, setUnits] = useState<Record<string, string>>({});
  const plan = planRequest(calculator, values, units);
  const state = useDebouncedRequest<CalculationResult>(`/api/v1/decision-support/calculators/${calculator.id}`, plan.inputs ? { inputs: plan.inputs } : null);
  const fieldErrors = state.status === 'done' && !state.answer.ok ? state.answer.fieldErrors : {};
  const errorsFor = (primary: string) => {
    const sent = units[primary] ?? primary;
    return plan.filled.has(sent) ? (fieldErrors[sent] ?? fieldErrors[primary]) : undefined;
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(18rem,24rem)]">
      <form className="grid content-start gap-5 sm:grid-cols-2" onSubmit={(e) => e.preventDefault()} aria-label={calculator.title} noValidate>
        {calculator.inputs.map((input) => (
          <CalculatorField
            key={input.name}
            idPrefix={`calc-${calculator.id}`}
            input={input}
            value={values[input.name]}
            unitName={units[input.name] ?? input.name}
            errors={errorsFor(input.name)}
            source={prefill?.sources[input.name]}
            onChange={(name, value) => setValues((old) => ({ ...old, [name]: value }))}
            onUnitChange={(primary, name) => setUnits((old) => ({ ...old, [primary]: name }))}
          />
        ))}
      </form>
      <CalculatorResult calculator={calculator} state={state} missing={plan.missing} />
    </div>
  );
}
