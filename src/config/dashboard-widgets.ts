/** The widgets each role's dashboard offers, in their default order. Ids are stable: saved layouts name them. */
export const dashboardWidgets = {
  patient: [
    { id: 'next-visit', label: 'Next visit' },
    { id: 'messages', label: 'Messages' },
    { id: 'visits', label: 'Latest visits' },
    { id: 'medications', label: 'Medications and allergies' },
  ],
  clinician: [
    { id: 'today', label: 'Today’s schedule' },
    { id: 'inbox', label: 'Inbox' },
    { id: 'week', label: 'This week' },
  ],
  clinic_admin: [
    { id: 'kpis', label: 'Key figures' },
    { id: 'appointments-chart', label: 'Appointments per day' },
    { id: 'utilisation', label: 'Clinician utilisation' },
    { id: 'new-patients', label: 'New patients' },
    { id: 'staff', label: 'Staff' },
  ],
} as const;

export type DashboardRole = keyof typeof dashboardWidgets;
export const dashboardRoles = Object.keys(dashboardWidgets) as DashboardRole[];
export type WidgetInfo = { id: string; label: string };
