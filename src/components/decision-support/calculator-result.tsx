import { Badge } from '@/components/ui/badge';
import type { CalculationResult, CalculatorDescription } from './decision-support-api';
import { formatValue } from './decision-support-api';
import type { RequestState } from './use-debounced-request';

interface Props {
  calculator: CalculatorDescription;
  state: RequestState<CalculationResult>;
  missing: string[];
}

function Body({ calculator, state, missing }: Props) {
  if (state.status === 'idle') return <p className="text-muted-foreground">Enter the inputs: the result appears as you type.</p>;
  if (missing.length > 0) return <p className="text-muted-foreground">Still needed: {missing.join(', ')}.</p>;
  if (state.status === 'loading') return <p className="text-muted-foreground">Calculating…</p>;
  if (state.status === 'failed') return <p className="text-destructive">The result could not be fetched. Check your connection and try again.</p>;
  const { answer } = state;
  if (!answer.ok) return <p className="text-destructive">{answer.status === 422 ? 'Some inputs need attention (see the fields).' : answer.message}</p>;
  const result = answer.data;
  return (
    <div className="grid gap-3">
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="text-4xl font-semibold tabular-nums" data-testid="calculator-value">{formatValue(result.value)}</span>
        <span className="text-muted-foreground">{calculator.valueUnit}</span>
      </p>
      {result.category && (
        <p>
          <span className="sr-only">Category: </span>
          <Badge variant="secondary" data-testid="calculator-category">{result.category}</Badge>
        </p>
      )}
      <p className="leading-relaxed">{result.interpretation}</p>
      <p className="text-sm text-muted-foreground">
        <span className="font-medium text-foreground">Source: </span>
        <cite className="not-italic" data-testid="calculator-citation">{result.citation}</cite>
      </p>
    </div>
  );
}

/** The live result. role="status" announces each new answer politely, without stealing focus. */
export function CalculatorResult(props: Props) {
  return (
    <section aria-labelledby="calculator-result-heading" className="grid content-start gap-3 rounded-lg border bg-muted/40 p-5">
      <h3 id="calculator-result-heading" className="text-base font-semibold">Result</h3>
      <div role="status" aria-live="polite" aria-atomic="true">
        <Body {...props} />
      </div>
      <p className="text-xs text-muted-foreground">Decision support only: the clinical decision stays with you.</p>
    </section>
  );
}
