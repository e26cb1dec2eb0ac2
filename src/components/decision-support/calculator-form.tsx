'use client';

import { useState } from 'react';
import { CalculatorField, type FormValue } from './calculator-fields';
import { planRequest } from './calculator-inputs';
import { CalculatorResult } from './calculator-result';
import type { CalculationResult, CalculatorDescription } from './decision-support-api';
import { useDebouncedRequest } from './use-debounced-request';

/** A calculator's form, generated from its registry inputs, with the result computed as the clinician types. */
export function CalculatorForm({ calculator }: { calculator: CalculatorDescription }) {
  const [values, setValues] = useState<Record<string, FormValue>>({});
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
            onChange={(name, value) => setValues((old) => ({ ...old, [name]: value }))}
            onUnitChange={(primary, name) => setUnits((old) => ({ ...old, [primary]: name }))}
          />
        ))}
      </form>
      <CalculatorResult calculator={calculator} state={state} missing={plan.missing} />
    </div>
  );
}
