// Navigation of the signed-in area, one table per role. It is plain data (icon names, not components)
// so it can be read on the server and passed to client components, and so the permission table can be
// checked against it later.

import type { Role } from './roles';


/** The lucide icons the navigation may use; src/components/layout/nav-icon.tsx maps each name to its component. */
export type NavIconName =
  | 'LayoutDashboard'
  | 'Mail'
  | 'CalendarDays'
  | 'ClipboardList'
  | 'FileText'
  | 'Pill'
  | 'MessageSquare'
  | 'CreditCard'
  | 'ShieldCheck'
  | 'Users'
  | 'FileSignature'
  | 'Calculator'
  | 'UserCog'
  | 'Clock'
  | 'Stethoscope'
  | 'ScrollText'
  | 'ChartColumn'
  | 'Building2'
  | 'Layers'
  | 'Activity'
  | 'HeartPulse';

export type NavItem = { label: string; href: string; icon: NavIconName };

export type RoleNavigation = {
  /** How the role is named to the person holding it (header badge, future role switcher). */
  label: string;
  /** The role's dashboard: the first page after sign-in and the target of the product name link. */
  home: string;
  items: readonly NavItem[];
};

export const navigation: Record<Role, RoleNavigation> = {
  patient: {
    label: 'Patient',
    home: '/patient',
    items: [
      { label: 'Overview', href: '/patient', icon: 'LayoutDashboard' },
      { label: 'My record', href: '/patient/chart', icon: 'HeartPulse' },
      { label: 'Appointments', href: '/patient/appointments', icon: 'CalendarDays' },
      { label: 'Pre-visit intake', href: '/patient/intake', icon: 'ClipboardList' },
      { label: 'Visit summaries', href: '/patient/visits', icon: 'FileText' },
      { label: 'Medications & allergies', href: '/patient/medications', icon: 'Pill' },
      { label: 'Messages', href: '/patient/messages', icon: 'MessageSquare' },
      { label: 'Payments', href: '/patient/payments', icon: 'CreditCard' },
      { label: 'Privacy', href: '/settings/privacy', icon: 'ShieldCheck' },
    ],
  },
  clinician: {
    label: 'Clinician',
    home: '/clinician',
    items: [
      { label: 'Today', href: '/clinician', icon: 'LayoutDashboard' },
      { label: 'Schedule', href: '/clinician/schedule', icon: 'CalendarDays' },
      { label: 'Patients', href: '/clinician/patients', icon: 'Users' },
      { label: 'Notes to sign', href: '/clinician/notes', icon: 'FileSignature' },
      { label: 'Intake alerts', href: '/clinician/alerts', icon: 'ClipboardList' },
      { label: 'Messages', href: '/clinician/messages', icon: 'MessageSquare' },
      { label: 'Decision support', href: '/clinician/calculators', icon: 'Calculator' },
    ],
  },
  clinic_admin: {
    label: 'Clinic admin',
    home: '/admin',
    items: [
      { label: 'Overview', href: '/admin', icon: 'LayoutDashboard' },
      { label: 'Appointments', href: '/admin/appointments', icon: 'CalendarDays' },
      { label: 'Staff & roles', href: '/admin/staff', icon: 'UserCog' },
      { label: 'Clinic settings', href: '/admin/settings', icon: 'Stethoscope' },
      { label: 'AI drafting', href: '/admin/ai', icon: 'Activity' },
      { label: 'Schedules', href: '/admin/schedules', icon: 'Clock' },
      { label: 'Subscription & payments', href: '/admin/billing', icon: 'CreditCard' },
      { label: 'Audit log', href: '/admin/audit', icon: 'ScrollText' },
      { label: 'Messages', href: '/admin/messages', icon: 'MessageSquare' },
    ],
  },
  platform_admin: {
    label: 'Platform admin',
    home: '/platform',
    items: [
      { label: 'Overview', href: '/platform', icon: 'LayoutDashboard' },
      { label: 'Clinics', href: '/platform/clinics', icon: 'Building2' },
      { label: 'Mail outbox', href: '/platform/outbox', icon: 'Mail' },
      { label: 'Plans', href: '/platform/plans', icon: 'Layers' },
      { label: 'Health', href: '/platform/health', icon: 'Activity' },
    ],
  },
};

/** Links shown in every footer, public and signed-in; the policies must be one click away from any page. */
export const policyLinks: readonly { label: string; href: string }[] = [
  { label: 'Privacy', href: '/privacy' },
  { label: 'Terms', href: '/terms' },
  { label: 'Cookies', href: '/cookies' },
  { label: 'Contact', href: '/contact' },
];

/** The public site's header navigation. */
export const publicNavigation: readonly { label: string; href: string }[] = [
  { label: 'How it works', href: '/#how-it-works' },
  { label: 'Privacy', href: '/privacy' },
  { label: 'Contact', href: '/contact' },
];
