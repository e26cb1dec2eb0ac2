'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** New accounts per UTC day, with the figures as a table for screen readers and keyboard users. */
export function SignupsChart({ perDay }: { perDay: { day: string; count: number }[] }) {
  const data = perDay.map((d) => ({ day: d.day.slice(5), 'New accounts': d.count }));
  return (
    <>
      <div role="img" aria-label={`New accounts per day, ${perDay.reduce((s, d) => s + d.count, 0)} in the last 30 days; the table below has the figures.`} className="h-56 w-full" data-chart="signups">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip />
            <Bar dataKey="New accounts" fill="var(--color-primary)" />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">Show as a table</summary>
        <table className="mt-2 w-full">
          <caption className="sr-only">New accounts per day</caption>
          <thead>
            <tr className="text-left"><th scope="col" className="py-1 font-medium">Day (UTC)</th><th scope="col" className="py-1 font-medium">New accounts</th></tr>
          </thead>
          <tbody>
            {perDay.map((d) => (
              <tr key={d.day} className="border-t"><th scope="row" className="py-1 text-left font-normal">{d.day}</th><td className="py-1">{d.count}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
