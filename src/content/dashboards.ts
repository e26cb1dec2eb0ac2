// What each role's dashboard will hold, written for the person who opens it. Until sign-in exists the
// dashboards show these explanations instead of data, so no one sees patient information.
import type { NavIconName } from '@/config/navigation';
import type { Role } from '@/config/roles';

export type DashboardPanel = { title: string; icon: NavIconName; description: string; empty: string };

export type DashboardContent = { title: string; description: string; notice: string; panels: readonly DashboardPanel[] };

export const dashboards: Record<Role, DashboardContent> = {
  patient: {
    title: 'Your health overview',
    description: 'Your visits, what was discussed and your conversations with your care team, in one place.',
    notice: 'Sign in to see your own information. Until then this page shows what will appear here, and no health information.',
    panels: [
      { title: 'Upcoming visits', icon: 'CalendarDays', description: 'The visits you have booked: date, time, clinician and visit type, with a way to reschedule or cancel.', empty: 'No visits to show.' },
      { title: 'Pre-visit intake', icon: 'ClipboardList', description: 'A short guided questionnaire before each visit, so your clinician has your answers ready when you arrive.', empty: 'No intake to complete.' },
      { title: 'Visit summaries', icon: 'FileText', description: 'A plain-language summary of each visit, from the note your clinician reviewed and signed.', empty: 'No summaries to show.' },
      { title: 'Medications and allergies', icon: 'Pill', description: 'The medications your clinic has prescribed and the allergies on your record.', empty: 'Nothing recorded to show.' },
      { title: 'Messages', icon: 'MessageSquare', description: 'Conversations with your care team. Not for emergencies.', empty: 'No messages.' },
      { title: 'Privacy', icon: 'ShieldCheck', description: 'Download your data, see who viewed your record, change your cookie choices or delete your account.', empty: 'Available once you are signed in.' },
    ],
  },
  clinician: {
    title: 'Today',
    description: 'Your schedule for the day, with each patient’s chart prepared before the visit.',
    notice: 'Sign in with your clinic account to see your schedule. No patient information is shown on this page until then.',
    panels: [
      { title: "Today's schedule", icon: 'CalendarDays', description: 'Your visits for today in your clinic’s time zone, with the status of each patient’s intake.', empty: 'No visits to show.' },
      { title: 'Prepared charts', icon: 'ClipboardList', description: 'Intake answers already structured, with red flags surfaced first and emergency guidance where it applies.', empty: 'No charts to show.' },
      { title: 'Notes to sign', icon: 'FileSignature', description: 'AI-drafted SOAP notes, every sentence linked to its source, waiting for you to review, edit and sign.', empty: 'No drafts waiting.' },
      { title: 'Messages', icon: 'MessageSquare', description: 'Messages from your patients and your colleagues.', empty: 'No messages.' },
      { title: 'Decision support', icon: 'Calculator', description: 'Drug–drug and drug–allergy checks while prescribing, and validated risk calculators that cite their sources.', empty: 'Opens from a patient’s chart.' },
    ],
  },
  clinic_admin: {
    title: 'Clinic overview',
    description: 'Staff, schedules, payments and oversight for your clinic.',
    notice: 'Sign in as your clinic’s administrator to manage it. Nothing about your clinic is shown on this page until then.',
    panels: [
      { title: 'Staff and roles', icon: 'UserCog', description: 'Invite staff, give them roles (clinician, clinic admin) and remove access when they leave.', empty: 'No staff to show.' },
      { title: 'Opening hours and visit types', icon: 'Clock', description: 'When the clinic is open, which visits patients can book, their length and their price.', empty: 'Nothing set up to show.' },
      { title: 'Subscription and payments', icon: 'CreditCard', description: 'Your ClinixAI plan and the payments patients have made, managed through Stripe.', empty: 'No payments to show.' },
      { title: 'Audit log', icon: 'ScrollText', description: 'Every access to a patient record: who, in which role, what, when and whether it was allowed.', empty: 'No entries to show.' },
      { title: 'Statistics', icon: 'ChartColumn', description: 'Visits, intake completion and turnaround, as totals that contain no patient details.', empty: 'No figures to show.' },
    ],
  },
  platform_admin: {
    title: 'Platform overview',
    description: 'The clinics on this installation, their plans and the installation’s health.',
    notice: 'Sign in as a platform administrator to operate this installation. Platform administration never shows patient records.',
    panels: [
      { title: 'Clinics', icon: 'Building2', description: 'The clinics on this installation, their administrators and their status.', empty: 'No clinics to show.' },
      { title: 'Plans', icon: 'Layers', description: 'The subscription plans clinics can choose, and what each includes.', empty: 'No plans to show.' },
      { title: 'System health', icon: 'Activity', description: 'Database, version, background jobs and email delivery at a glance.', empty: 'No status to show.' },
    ],
  },
};
