import { medications } from './catalog-medications';
import type { ClinicSpec } from './demo-types';
import { riversidePatients } from './riverside-patients';

/** The primary demo clinic: a US family practice (DESIGN.md section 5 names its accounts). */
export function riversideClinic(): ClinicSpec {
  return {
    key: 'riverside',
    slug: 'riverside',
    name: 'Riverside Family Clinic',
    timeZone: 'America/New_York',
    currency: 'USD',
    country: 'US',
    addressLine: '415 Riverside Avenue, Suite 200',
    city: 'Albany',
    region: 'NY',
    postalCode: '12207',
    phone: '(518) 555-0100',
    staff: [
      { email: 'admin@riverside.example', name: 'Dana Whitfield', role: 'clinic_admin', title: 'Practice Manager' },
      { email: 'dr.lee@riverside.example', name: 'Evelyn Lee', role: 'clinician', title: 'MD, Family Medicine' },
      { email: 'dr.okafor@riverside.example', name: 'Chidi Okafor', role: 'clinician', title: 'MD, Internal Medicine' },
      // One person, two roles in one clinic (DESIGN.md §1): the role switcher has something to switch.
      { email: 'dr.okafor@riverside.example', name: 'Chidi Okafor', role: 'clinic_admin', title: 'Medical director' },
    ],
    // Prices in cents. Buffers give the clinician time to chart and the room to be turned over.
    visitTypes: [
      { kind: 'new', name: 'New patient', durationMinutes: 40, mode: 'in_person', priceMinor: 18_000, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 },
      { kind: 'follow_up', name: 'Follow-up', durationMinutes: 20, mode: 'in_person', priceMinor: 9_500, bufferBeforeMinutes: 0, bufferAfterMinutes: 5 },
      { kind: 'video', name: 'Video consult', durationMinutes: 15, mode: 'video', priceMinor: 6_500, bufferBeforeMinutes: 0, bufferAfterMinutes: 5 },
      { kind: 'annual', name: 'Annual physical', durationMinutes: 45, mode: 'in_person', priceMinor: 22_000, bufferBeforeMinutes: 5, bufferAfterMinutes: 10 },
    ],
    openingHours: [
      { weekday: 1, opensAt: '08:00', closesAt: '17:00' },
      { weekday: 2, opensAt: '08:00', closesAt: '17:00' },
      { weekday: 3, opensAt: '08:00', closesAt: '17:00' },
      { weekday: 4, opensAt: '08:00', closesAt: '17:00' },
      { weekday: 5, opensAt: '08:00', closesAt: '17:00' },
      { weekday: 6, opensAt: '09:00', closesAt: '12:00' },
    ],
    patients: riversidePatients(),
    medicationCatalog: medications,
    reasons: { new: 'New patient visit to establish care', annual: 'Annual physical' },
  };
}
