import { AppointmentsChart, NewPatientsChart, UtilisationChart } from './admin-charts';
import type { WidgetSlot } from './dashboard-grid';
import { Empty, Figure, WidgetLink } from './widget-parts';

const roleNames: Record<string, string> = { clinician: 'Clinicians', clinic_admin: 'Clinic admins' };

interface ClinicStats {
  totals: { appointments: number; cancelled: number; noShows: number; attended: number; newPatients: number; cancellationRate: number; noShowRate: number };
  perDay: { day: string; total: number; cancelled: number; noShow: number; attended: number; newPatients: number }[];
  utilisation: { clinicianId: string; name: string; bookedMinutes: number; availableMinutes: number; rate: number }[];
  staff: { role: string; active: number; deactivated: number }[];
}

/** The clinic admin's widgets over the chosen range. Revenue and subscription status need billing (not in this build). */
export function adminWidgets(stats: ClinicStats): WidgetSlot[] {
  const t = stats.totals;
  return [
    {
      id: 'kpis',
      label: 'Key figures',
      content: (
        <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
          <Figure label="Appointments" value={t.appointments} />
          <Figure label="Attended" value={t.attended} />
          <Figure label="Cancellation rate" value={`${t.cancellationRate}%`} hint={`${t.cancelled} cancelled`} />
          <Figure label="No-show rate" value={`${t.noShowRate}%`} hint={`${t.noShows} of visits due`} />
          <Figure label="New patients" value={t.newPatients} />
        </div>
      ),
    },
    { id: 'appointments-chart', label: 'Appointments per day', content: <AppointmentsChart perDay={stats.perDay} /> },
    { id: 'utilisation', label: 'Clinician utilisation', content: stats.utilisation.length === 0 ? <Empty>No working hours set yet.</Empty> : <UtilisationChart rows={stats.utilisation} /> },
    { id: 'new-patients', label: 'New patients', content: <NewPatientsChart perDay={stats.perDay} /> },
    {
      id: 'staff',
      label: 'Staff',
      content: (
        <>
          <ul className="flex flex-col gap-1 text-sm">
            {stats.staff.map((row) => (
              <li key={row.role}>
                <span className="font-medium">{roleNames[row.role] ?? row.role}:</span> {row.active} active{row.deactivated > 0 ? `, ${row.deactivated} deactivated` : ''}
              </li>
            ))}
          </ul>
          <WidgetLink href="/admin/staff">Manage staff</WidgetLink>
        </>
      ),
    },
  ];
}
