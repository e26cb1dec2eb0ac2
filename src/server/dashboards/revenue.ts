import { formatMoney } from '@/server/billing/money';
import type { ClinicRevenue } from './clinic-stats.schemas';

type DayRow = { day: string; currency: string; collectedMinor: number; feesMinor: number; payments: number };
type RefundRow = { currency: string; refundedMinor: number; refunds: number };

/** Per-day collected amounts in the clinic's main currency and totals per currency, formatted for display. */
export function revenueOf(days: string[], rows: DayRow[], refunds: RefundRow[]): ClinicRevenue {
  const currencies = new Map<string, { collected: number; fees: number; payments: number; refunded: number }>();
  for (const row of rows) {
    const entry = currencies.get(row.currency) ?? { collected: 0, fees: 0, payments: 0, refunded: 0 };
    entry.collected += row.collectedMinor;
    entry.fees += row.feesMinor;
    entry.payments += row.payments;
    currencies.set(row.currency, entry);
  }
  for (const row of refunds) {
    const entry = currencies.get(row.currency) ?? { collected: 0, fees: 0, payments: 0, refunded: 0 };
    entry.refunded += row.refundedMinor;
    currencies.set(row.currency, entry);
  }
  const main = [...currencies.entries()].sort((a, b) => b[1].collected - a[1].collected)[0]?.[0] ?? null;
  return {
    currency: main,
    perDay: days.map((day) => {
      const collectedMinor = main ? (rows.find((r) => r.day === day && r.currency === main)?.collectedMinor ?? 0) : 0;
      return { day, amount: main ? collectedMinor / 10 ** digitsOf(main) : 0, collected: main ? formatMoney(collectedMinor, main) : '0' };
    }),
    totals: [...currencies.entries()].map(([currency, t]) => ({
      currency: currency.toUpperCase(),
      payments: t.payments,
      collected: formatMoney(t.collected, currency),
      refunded: formatMoney(t.refunded, currency),
      fees: formatMoney(t.fees, currency),
      net: formatMoney(t.collected - t.refunded - t.fees, currency),
    })),
  };
}

function digitsOf(currency: string): number {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).resolvedOptions().maximumFractionDigits ?? 2;
}
