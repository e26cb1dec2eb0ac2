'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

type PerDay = { day: string; total: number; cancelled: number; noShow: number; attended: number; newPatients: number }[];
type Utilisation = { clinicianId: string; name: string; bookedMinutes: number; availableMinutes: number; rate: number }[];

const short = (iso: string) => iso.slice(5);
// Colours from the design tokens, distinguishable without colour too: the legend and the table name each series.
const colours = { attended: 'var(--color-primary)', other: 'var(--color-muted-foreground)', cancelled: 'var(--color-destructive)', noShow: '#b45309' };

function TableFallback({ caption, head, rows }: { caption: string; head: string[]; rows: (string | number)[][] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">Show as a table</summary>
      <table className="mt-2 w-full">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left">{head.map((h) => <th key={h} scope="col" className="py-1 font-medium">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={String(row[0])} className="border-t">{row.map((cell, i) => (i === 0 ? <th key={i} scope="row" className="py-1 text-left font-normal">{cell}</th> : <td key={i} className="py-1">{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function AppointmentsChart({ perDay }: { perDay: PerDay }) {
  const data = perDay.map((d) => ({ day: short(d.day), Attended: d.attended, 'Booked / other': d.total - d.attended - d.cancelled - d.noShow, Cancelled: d.cancelled, 'No-show': d.noShow }));
  return (
    <>
      <div role="img" aria-label={`Appointments per day, ${perDay.reduce((s, d) => s + d.total, 0)} in total; the table below has the figures.`} className="h-64 w-full" data-chart="appointments">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip />
            <Legend />
            <Bar dataKey="Attended" stackId="a" fill={colours.attended} />
            <Bar dataKey="Booked / other" stackId="a" fill={colours.other} />
            <Bar dataKey="Cancelled" stackId="a" fill={colours.cancelled} />
            <Bar dataKey="No-show" stackId="a" fill={colours.noShow} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableFallback caption="Appointments per day" head={['Day', 'Total', 'Attended', 'Cancelled', 'No-show']} rows={perDay.map((d) => [d.day, d.total, d.attended, d.cancelled, d.noShow])} />
    </>
  );
}

export function NewPatientsChart({ perDay }: { perDay: PerDay }) {
  const data = perDay.map((d) => ({ day: short(d.day), 'New patients': d.newPatients }));
  return (
    <>
      <div role="img" aria-label={`New patients per day, ${perDay.reduce((s, d) => s + d.newPatients, 0)} in total; the table below has the figures.`} className="h-48 w-full" data-chart="new-patients">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, left: -16, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" fontSize={12} />
            <YAxis allowDecimals={false} fontSize={12} />
            <Tooltip />
            <Bar dataKey="New patients" fill={colours.attended} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableFallback caption="New patients per day" head={['Day', 'New patients']} rows={perDay.map((d) => [d.day, d.newPatients])} />
    </>
  );
}

export function UtilisationChart({ rows }: { rows: Utilisation }) {
  const data = rows.map((r) => ({ name: r.name, 'Booked %': r.rate }));
  return (
    <>
      <div role="img" aria-label="Share of working time booked per clinician; the table below has the figures." className="w-full" style={{ height: Math.max(120, rows.length * 44 + 40) }} data-chart="utilisation">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, left: 8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} unit="%" fontSize={12} />
            <YAxis type="category" dataKey="name" width={110} fontSize={12} />
            <Tooltip />
            <Bar dataKey="Booked %" fill={colours.attended} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableFallback caption="Clinician utilisation" head={['Clinician', 'Booked (h)', 'Working (h)', 'Booked %']} rows={rows.map((r) => [r.name, (r.bookedMinutes / 60).toFixed(1), (r.availableMinutes / 60).toFixed(1), `${r.rate}%`])} />
    </>
  );
}

export function RevenueChart({ perDay, currency }: { perDay: { day: string; amount: number; collected: string }[]; currency: string }) {
  const data = perDay.map((d) => ({ day: short(d.day), [`Collected (${currency})`]: d.amount }));
  return (
    <>
      <div role="img" aria-label={`Visit payments collected per day in ${currency}; the table below has the figures.`} className="h-48 w-full" data-chart="revenue">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 8, right: 8, left: -8, bottom: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" fontSize={12} />
            <YAxis fontSize={12} />
            <Tooltip />
            <Bar dataKey={`Collected (${currency})`} fill={colours.attended} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <TableFallback caption="Visit payments collected per day" head={['Day', 'Collected']} rows={perDay.map((d) => [d.day, d.collected])} />
    </>
  );
}
