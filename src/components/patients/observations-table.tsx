import type { ChartData } from './chart-types';
import { formatDay } from './chart-types';

const HISTORY = 6;

/**
 * Vitals and labs over time as a table (Recharts is not a dependency, and a table reads well with a screen reader):
 * one row per measurement, the latest value first, then the earlier ones.
 */
export function ObservationsTable({ observations }: { observations: ChartData['observations'] }) {
  if (observations.length === 0) return <p className="text-muted-foreground">No vitals or lab results recorded.</p>;
  const byCode = new Map<string, ChartData['observations']>();
  for (const o of observations) byCode.set(o.loincCode, [...(byCode.get(o.loincCode) ?? []), o]);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Vitals and lab results, latest first</caption>
        <thead>
          <tr className="border-b border-border">
            <th scope="col" className="py-2 pr-4 font-medium">Measurement</th>
            <th scope="col" className="py-2 pr-4 font-medium">Latest</th>
            <th scope="col" className="py-2 font-medium">Earlier</th>
          </tr>
        </thead>
        <tbody>
          {[...byCode.values()].map((series) => {
            const [latest, ...earlier] = series;
            if (!latest) return null;
            return (
              <tr key={latest.loincCode} className="border-b border-border align-top last:border-b-0">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {latest.display} <span className="font-mono text-xs text-muted-foreground">{latest.loincCode}</span>
                </th>
                <td className="py-2 pr-4 whitespace-nowrap">
                  <span className="font-medium">{latest.value} {latest.unit}</span>
                  <span className="block text-muted-foreground">{formatDay(latest.effectiveAt)}</span>
                </td>
                <td className="py-2 text-muted-foreground">
                  {earlier.length === 0 ? '—' : earlier.slice(0, HISTORY).map((o) => `${o.value} (${formatDay(o.effectiveAt)})`).join(', ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
