'use client';

import { useState } from 'react';
import { Label } from '@/components/ui/label';
import { CalculatorForm } from './calculator-form';
import type { CalculatorDescription, ChartPrefill } from './decision-support-api';

/** Pick a calculator; its form is rebuilt from scratch (key) so no value leaks from one calculator to another. */
export function CalculatorWorkbench({ calculators, prefill }: { calculators: CalculatorDescription[]; prefill?: ChartPrefill }) {
  const [id, setId] = useState(calculators[0]?.id ?? '');
  const calculator = calculators.find((c) => c.id === id);
  if (!calculator) return <p className="text-muted-foreground">No calculators are available.</p>;
  return (
    <div className="grid gap-6">
      <div className="grid max-w-md gap-2">
        <Label htmlFor="calculator-picker">Calculator</Label>
        <select
          id="calculator-picker"
          className="flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground sm:text-sm"
          value={id}
          onChange={(e) => setId(e.target.value)}
        >
          {calculators.map((c) => (
            <option key={c.id} value={c.id}>{c.title}</option>
          ))}
        </select>
      </div>
      <CalculatorForm key={calculator.id} calculator={calculator} prefill={prefill} />
    </div>
  );
}
