import type { Role } from '../../../src/config/roles';

/**
 * Who may reach each route and action. A route or action the application serves but this table
 * does not name fails the authorization matrix, and so does an entry for something that no
 * longer exists: new routes must be classified when they are added.
 *
 * - public: everyone, signed in or not.
 * - signed-in: any signed-in person, whatever the active role; anonymous is refused.
 * - a role: only a session whose active role is that one; others get 404, anonymous is refused.
 * - a list of roles: a session whose active role is one of them; others get 404, anonymous is refused.
 */
export type Access = 'public' | 'signed-in' | Role | readonly Role[];

// Demo ids (stable across runs: src/db/seed derives every id from a key) for the samples of clinic-scoped routes.
const RIVERSIDE = '87d3be41-3982-5c34-adf6-6be34d4687f4';
const DR_LEE = 'f22ed5da-727b-5b24-bc83-c826d431eaf7';
const RIVERSIDE_FOLLOW_UP = '7bbec79a-e2ff-5e5b-b332-f939be574f44';
/** patient@riverside.example's first upcoming visit, with Dr. Lee. */
const PATIENT_VISIT = 'dd5df174-bfe6-54cd-b48e-9c51a94ee30f';
const clinicPeople = ['patient', 'clinician', 'clinic_admin'] as const;

/** Priya Raman, RFC-000102 in the demo seed (stableUuid('riverside:RFC-000102:patient')). */
export const RIVERSIDE_OTHER_PATIENT_ID = '7f135d61-45ac-5667-aba3-515926830251';

/** Page templates; `sample` is the concrete path to request for dynamic segments. */
export const pageAccess: Record<string, { access: Access; sample?: string }> = {
  '/': { access: 'public' },
  '/contact': { access: 'public' },
  '/cookies': { access: 'public' },
  '/privacy': { access: 'public' },
  '/terms': { access: 'public' },
  '/sign-in': { access: 'public' },
  '/sign-up': { access: 'public' },
  '/forgot-password': { access: 'public' },
  '/reset-password': { access: 'public' },
  '/verify-email': { access: 'public' },
  '/join': { access: 'public' },
  '/dashboard': { access: 'signed-in' },
  '/settings': { access: 'signed-in' },
  '/settings/privacy': { access: 'signed-in' },
  '/settings/api-tokens': { access: 'signed-in' },
  '/settings/notifications': { access: 'signed-in' },
  '/patient': { access: 'patient' },
  '/patient/appointments': { access: 'patient' },
  '/patient/chart': { access: 'patient' },
  '/patient/payments': { access: 'patient' },
  '/patient/intake': { access: 'patient' },
  '/patient/intake/[appointmentId]': { access: 'patient', sample: `/patient/intake/${PATIENT_VISIT}` },
  '/patient/visits': { access: 'patient' },
  '/patient/messages': { access: 'patient' },
  '/patient/medications': { access: 'patient' },
  '/clinician/messages': { access: 'clinician' },
  '/admin/messages': { access: 'clinic_admin' },
  '/platform/outbox': { access: 'platform_admin' },
  // Joining a clinic as its patient: for anyone signed in, with or without a role yet.
  '/onboarding': { access: 'signed-in' },
  '/clinician/patients': { access: 'clinician' },
  '/clinician/patients/[id]': { access: 'clinician', sample: `/clinician/patients/${RIVERSIDE_OTHER_PATIENT_ID}` },
  '/clinician': { access: 'clinician' },
  '/clinician/calculators': { access: 'clinician' },
  '/admin': { access: 'clinic_admin' },
  '/admin/staff': { access: 'clinic_admin' },
  '/admin/audit': { access: 'clinic_admin' },
  '/admin/ai': { access: 'clinic_admin' },
  '/admin/settings': { access: 'clinic_admin' },
  '/admin/schedules': { access: 'clinic_admin' },
  '/clinician/schedule': { access: 'clinician' },
  // A visit of the clinic: any clinician of the clinic documents it; others 404.
  '/clinician/visits/[appointmentId]': { access: 'clinician', sample: `/clinician/visits/${PATIENT_VISIT}` },
  '/admin/appointments': { access: 'clinic_admin' },
  '/admin/billing': { access: 'clinic_admin' },
  '/platform': { access: 'platform_admin' },
  '/platform/clinics': { access: 'platform_admin' },
  // The signing clinician's drafts and recently signed notes; red-flag alerts of the clinic's intakes.
  '/clinician/notes': { access: 'clinician' },
  '/clinician/alerts': { access: 'clinician' },
  '/platform/plans': { access: 'platform_admin' },
  '/platform/health': { access: 'platform_admin' },
};

/** API templates, per method; `sample` as above. */
export const apiAccess: Record<string, { methods: Record<string, Access>; sample?: string }> = {
  '/api/health': { methods: { GET: 'public' } },
  '/api/v1/clinics': { methods: { GET: 'public' } },
  '/api/v1/me': { methods: { GET: 'signed-in' } },
  '/api/v1/me/active-role': { methods: { POST: 'signed-in' } },
  '/api/v1/me/export': { methods: { GET: 'signed-in' }, sample: '/api/v1/me/export?format=json' },
  '/api/v1/me/consent-receipt': { methods: { GET: 'signed-in' } },
  '/api/v1/me/record-access': { methods: { GET: 'signed-in' } },
  // Background "Download my data": one's own jobs only. A malformed job id answers 422 to anyone signed in.
  '/api/v1/me/exports': { methods: { GET: 'signed-in', POST: 'signed-in' } },
  '/api/v1/me/exports/[id]': { methods: { GET: 'signed-in' }, sample: '/api/v1/me/exports/not-an-id' },
  '/api/v1/me/exports/[id]/download': { methods: { GET: 'signed-in' }, sample: '/api/v1/me/exports/not-an-id/download' },
  '/api/v1/audit/export': { methods: { GET: 'clinic_admin' } },
  // Scheduling: the people of a clinic (patients included) in their active clinic; anyone else gets 404.
  '/api/v1/clinics/[clinicId]/clinicians': { methods: { GET: clinicPeople }, sample: `/api/v1/clinics/${RIVERSIDE}/clinicians` },
  '/api/v1/clinics/[clinicId]/slots': {
    methods: { GET: clinicPeople },
    sample: `/api/v1/clinics/${RIVERSIDE}/slots?clinicianId=${DR_LEE}&visitTypeId=${RIVERSIDE_FOLLOW_UP}&from=2030-01-07&to=2030-01-07`,
  },
  '/api/v1/appointments': { methods: { GET: clinicPeople, POST: clinicPeople }, sample: '/api/v1/appointments?from=2030-01-01&to=2030-01-31' },
  // A clinician's calendar feed: the token in the URL is the credential; a made-up one answers 410 Gone to everyone.
  '/api/v1/clinics/[clinicId]/calendar-feed/[token]': { methods: { GET: 'public' }, sample: `/api/v1/clinics/${RIVERSIDE}/calendar-feed/${'x'.repeat(43)}` },
  '/api/v1/appointments/[id]': { methods: { GET: clinicPeople, PATCH: clinicPeople }, sample: `/api/v1/appointments/${PATIENT_VISIT}` },
  // "The patients you may see": staff search their clinic, a patient gets their own record, others an empty list.
  '/api/v1/patients': { methods: { GET: 'signed-in' }, sample: '/api/v1/patients?query=rivera&limit=5' },
  // A Riverside patient who is not the demo patient: clinicians read the chart, everyone else gets 404.
  '/api/v1/patients/[id]': { methods: { GET: 'clinician' }, sample: `/api/v1/patients/${RIVERSIDE_OTHER_PATIENT_ID}` },
  // Uploads are clinicians' (others 404); the matrix's empty JSON body is refused as 422, not as a denial.
  '/api/v1/patients/[id]/documents': { methods: { POST: 'clinician' }, sample: `/api/v1/patients/${RIVERSIDE_OTHER_PATIENT_ID}/documents` },
  // The demo seed has no documents: a malformed document id answers 422 to whoever may read the chart, 404 to the rest.
  '/api/v1/patients/[id]/documents/[documentId]': { methods: { GET: 'clinician' }, sample: `/api/v1/patients/${RIVERSIDE_OTHER_PATIENT_ID}/documents/not-a-document` },
  // The demo seed has no prescriptions: a malformed id answers 422 to prescribers and to patients (who may print
  // their own), 404 to the rest.
  '/api/v1/prescriptions/[id]/pdf': { methods: { GET: ['clinician', 'patient'] }, sample: '/api/v1/prescriptions/not-a-prescription/pdf' },
  // Bundled ICD-10-CM / LOINC reference data, no patient data.
  '/api/v1/codes': { methods: { GET: 'signed-in' }, sample: '/api/v1/codes?system=icd10cm&query=diab' },
  '/api/v1/audit/events': { methods: { GET: 'clinic_admin' } },
  // Billing: the clinic's own admin only; anyone else (other roles, other clinics) gets 404.
  '/api/v1/clinics/[clinicId]/billing': { methods: { GET: 'clinic_admin' }, sample: `/api/v1/clinics/${RIVERSIDE}/billing` },
  // Stripe's webhook is authenticated by its signature, not a session: an unsigned call gets 400 from anyone.
  '/api/webhooks/stripe': { methods: { POST: 'public' } },
  // Notifications are each person's own; a malformed id answers 422 to anyone signed in.
  '/api/v1/notifications': { methods: { GET: 'signed-in' } },
  '/api/v1/notifications/[id]/read': { methods: { POST: 'signed-in' }, sample: '/api/v1/notifications/not-an-id/read' },
  '/api/v1/notifications/read-all': { methods: { POST: 'signed-in' } },
  // The live stream; once=1 sends one event and ends, so the matrix's request completes.
  '/api/v1/notifications/stream': { methods: { GET: 'signed-in' }, sample: '/api/v1/notifications/stream?once=1' },
  // Secure messaging: a clinic's patients and care team; a malformed conversation id answers 422 to them, 404 to others.
  '/api/v1/messages/threads': { methods: { GET: clinicPeople, POST: clinicPeople } },
  '/api/v1/messages/threads/[id]': { methods: { GET: clinicPeople, PATCH: clinicPeople }, sample: '/api/v1/messages/threads/not-a-thread' },
  '/api/v1/messages/threads/[id]/messages': { methods: { POST: clinicPeople }, sample: '/api/v1/messages/threads/not-a-thread/messages' },
  '/api/v1/messages/threads/[id]/attachments': { methods: { POST: clinicPeople }, sample: '/api/v1/messages/threads/not-a-thread/attachments' },
  '/api/v1/messages/threads/[id]/attachments/[attachmentId]': { methods: { GET: clinicPeople }, sample: '/api/v1/messages/threads/not-a-thread/attachments/not-a-file' },
  '/api/v1/me/notification-preferences': { methods: { GET: 'signed-in', PUT: 'signed-in' } },
  // Cookie consent is everyone's, signed in or not (the banner shows before sign-in).
  '/api/v1/consent': { methods: { GET: 'public', POST: 'public' } },
  '/api/v1/consent/ui-preferences': { methods: { POST: 'public' } },
  '/.well-known/gpc.json': { methods: { GET: 'public' } },
  // Decision support is a clinician's tool (clinic admins do not examine or prescribe); others get 404.
  '/api/v1/decision-support/calculators': { methods: { GET: 'clinician' } },
  '/api/v1/decision-support/calculators/[id]': { methods: { POST: 'clinician' }, sample: '/api/v1/decision-support/calculators/bmi' },
  '/api/v1/decision-support/interactions': { methods: { POST: 'clinician' } },
  // The clinical language engine: clinicians only; the patient intake runs it on the server.
  '/api/v1/clinical-ai/assertion': { methods: { POST: 'clinician' } },
  '/api/v1/clinical-ai/extract': { methods: { POST: 'clinician' } },
  // Drafting a visit's note as the visit screen's "Draft note" does: the clinic's clinicians; others get 404. The
  // matrix's empty body is refused as 422 (the clinician's text is required) before anything is drafted.
  '/api/v1/visits/[appointmentId]/note/draft': { methods: { POST: 'clinician' }, sample: `/api/v1/visits/${PATIENT_VISIT}/note/draft` },
  // Auth.js's own endpoints (csrf, session, sign-in, callbacks, sign-out) are public by nature;
  // their protections (CSRF double submit, throttling, revocation) have their own specs.
  '/api/auth/[...nextauth]': { methods: { GET: 'public', POST: 'public' }, sample: '/api/auth/providers' },
  // A visit's intake: its patient and the clinic's clinicians (not started yet reads as not_started); others 404.
  '/api/v1/visits/[appointmentId]/intake': { methods: { GET: ['patient', 'clinician'] }, sample: `/api/v1/visits/${PATIENT_VISIT}/intake` },
  // A visit's note (the patient: its summary once signed). Whether the demo visit has a note depends on other
  // specs, so the sample is a malformed id: 422 to those who may read notes, 404 to the rest.
  '/api/v1/visits/[appointmentId]/note': { methods: { GET: ['patient', 'clinician'] }, sample: '/api/v1/visits/not-a-visit/note' },
  '/api/v1/notes': { methods: { GET: 'clinician' }, sample: '/api/v1/notes?status=unsigned' },
  '/api/v1/intake-alerts': { methods: { GET: 'clinician' } },
  // The demo seed raises no alerts: a malformed id answers 422 to clinicians, 404 to the rest.
  '/api/v1/intake-alerts/[id]/acknowledge': { methods: { POST: 'clinician' }, sample: '/api/v1/intake-alerts/not-an-alert/acknowledge' },
};

/**
 * Server actions by "file#export". public actions are safe for anyone (signing in, signing up,
 * signing out of nothing); signed-in actions must refuse an anonymous caller.
 */
export const actionAccess: Record<string, 'public' | 'signed-in'> = {
  'src/server/auth/auth.actions.ts#signInWithPasswordAction': 'public',
  'src/server/auth/auth.actions.ts#signInWithGoogleAction': 'public',
  'src/server/auth/auth.actions.ts#signUpAction': 'public',
  'src/server/auth/auth.actions.ts#requestPasswordResetAction': 'public',
  'src/server/auth/auth.actions.ts#resetPasswordAction': 'public',
  'src/server/auth/auth.actions.ts#signOutAction': 'public',
  'src/server/auth/auth.actions.ts#signOutEverywhereAction': 'public',
  'src/app/(public)/verify-email/page.tsx#$$RSC_SERVER_ACTION_0': 'public',
  'src/server/access/access.actions.ts#switchRoleAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#inviteStaffAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#revokeInvitationAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#acceptInvitationAction': 'signed-in',
  'src/server/privacy/account-deletion.actions.ts#requestAccountDeletionAction': 'signed-in',
  'src/server/privacy/account-deletion.actions.ts#cancelAccountDeletionAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#setStaffRolesAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#deactivateStaffAction': 'signed-in',
  'src/server/clinics/staff.actions.ts#reactivateStaffAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#updateClinicSettingsAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#setOpeningHoursAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#saveVisitTypeAction': 'signed-in',
  'src/server/clinics/clinic-settings.actions.ts#deleteVisitTypeAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#setWorkingHoursAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#addScheduleExceptionAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#removeScheduleExceptionAction': 'signed-in',
  'src/server/clinics/schedules.actions.ts#setClinicianVisitTypesAction': 'signed-in',
  'src/server/clinics/platform.actions.ts#createClinicAction': 'signed-in',
  'src/server/access/api-tokens.actions.ts#createApiTokenAction': 'signed-in',
  'src/server/access/api-tokens.actions.ts#revokeApiTokenAction': 'signed-in',
  'src/server/patients/patients.actions.ts#addProblemAction': 'signed-in',
  'src/server/patients/patients.actions.ts#addAllergyAction': 'signed-in',
  'src/server/patients/patients.actions.ts#addMedicationAction': 'signed-in',
  'src/server/patients/patients.actions.ts#recordObservationAction': 'signed-in',
  'src/server/patients/patients.actions.ts#confirmEntryAction': 'signed-in',
  'src/server/patients/patients.actions.ts#setProblemStatusAction': 'signed-in',
  'src/server/patients/patients.actions.ts#setMedicationStatusAction': 'signed-in',
  'src/server/patients/patients.actions.ts#updateContactAction': 'signed-in',
  'src/server/patients/patients.actions.ts#registerPatientAction': 'signed-in',
  'src/server/patients/patients.actions.ts#joinClinicAction': 'signed-in',
  // Joining from an invitation creates the account: the token, not a session, is what authorizes it.
  'src/server/clinics/staff.actions.ts#joinWithPasswordAction': 'public',
  'src/server/scheduling/scheduling.actions.ts#loadSlotsAction': 'signed-in',
  'src/server/encounters/intake.actions.ts#saveIntakeDraftAction': 'signed-in',
  'src/server/encounters/ai.actions.ts#setClinicAiAction': 'signed-in',
  'src/server/encounters/intake.actions.ts#submitIntakeAction': 'signed-in',
  'src/server/encounters/visit.actions.ts#computeScoresAction': 'signed-in',
  'src/server/encounters/visit.actions.ts#recordVitalsAction': 'signed-in',
  'src/server/encounters/visit.actions.ts#draftNoteAction': 'signed-in',
  'src/server/encounters/visit.actions.ts#signNoteAction': 'signed-in',
  'src/server/encounters/visit.actions.ts#addAddendumAction': 'signed-in',
  'src/server/prescribing/prescribing.actions.ts#checkPrescriptionAction': 'signed-in',
  'src/server/prescribing/prescribing.actions.ts#signPrescriptionAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#bookAppointmentAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#changeAppointmentAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#createCalendarFeedAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#revokeCalendarFeedAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#addToWaitlistAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#removeFromWaitlistAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#bookFromWaitlistAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#addTimeOffAction': 'signed-in',
  'src/server/scheduling/scheduling.actions.ts#removeTimeOffAction': 'signed-in',
  'src/server/billing/billing.actions.ts#startCheckoutAction': 'signed-in',
  'src/server/billing/billing.actions.ts#openPortalAction': 'signed-in',
  'src/server/billing/billing.actions.ts#startConnectAction': 'signed-in',
  'src/server/billing/billing.actions.ts#payVisitAction': 'signed-in',
  'src/server/billing/billing.actions.ts#setPaymentSettingsAction': 'signed-in',
  'src/server/dashboards/dashboard.actions.ts#saveDashboardLayoutAction': 'signed-in',
  'src/server/encounters/intake-alerts.actions.ts#acknowledgeIntakeAlertAction': 'signed-in',
};

/** One demo account per role (DESIGN.md §5). */
export const roleAccounts: Record<Role, string> = {
  patient: 'patient@riverside.example',
  clinician: 'dr.lee@riverside.example',
  clinic_admin: 'admin@riverside.example',
  platform_admin: 'platform@clinixai.example',
};
