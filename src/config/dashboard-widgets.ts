/**
 * The widgets each role's dashboard offers, in their default order. Ids are stable: saved layouts name them, a
 * saved layout ignores ids no longer here and gets new ones appended (src/lib/dashboard-layout.ts).
 */
export const dashboardWidgets = {
  patient: [
    { id: 'next-visit', label: 'Next visit' },
    { id: 'messages', label: 'Messages' },
    { id: 'visits', label: 'Latest visit summaries' },
    { id: 'medications', label: 'Medications and allergies' },
    { id: 'payments', label: 'Payments due' },
  ],
  clinician: [
    { id: 'red-flags', label: 'Patients with red flags' },
    { id: 'today', label: 'Today’s schedule' },
    { id: 'unsigned-notes', label: 'Notes to sign' },
    { id: 'inbox', label: 'Inbox' },
    { id: 'week', label: 'This week' },
  ],
  clinic_admin: [
    { id: 'kpis', label: 'Key figures' },
    { id: 'appointments-chart', label: 'Appointments per day' },
    { id: 'utilisation', label: 'Clinician utilisation' },
    { id: 'new-patients', label: 'New patients' },
    { id: 'staff', label: 'Staff' },
    { id: 'revenue', label: 'Revenue' },
    { id: 'subscription', label: 'Subscription' },
  ],
} as const;

export type DashboardRole = keyof typeof dashboardWidgets;
export const dashboardRoles = Object.keys(dashboardWidgets) as DashboardRole[];
export type WidgetInfo = { id: string; label: string };
