import { ukPaediatricMedications } from './catalog-medications-uk';
import type { ClinicSpec } from './demo-types';
import { harborPatients } from './harbor-patients';

/** The second demo clinic: a UK children's practice, so isolation between clinics can be seen and tested. */
export function harborClinic(): ClinicSpec {
  return {
    key: 'harbor',
    slug: 'harbor',
    name: 'Harbor Pediatrics',
    timeZone: 'Europe/London',
    currency: 'GBP',
    country: 'GB',
    addressLine: '22 Quayside Walk',
    city: 'Bristol',
    region: 'England',
    postalCode: 'BS1 4RN',
    // 01632 960xxx is Ofcom's range reserved for drama.
    phone: '01632 960000',
    staff: [
      { email: 'admin@harbor.example', name: 'Fiona Marsh', role: 'clinic_admin', title: 'Practice Manager' },
      { email: 'dr.shah@harbor.example', name: 'Anjali Shah', role: 'clinician', title: 'MBBS, MRCPCH, Consultant Paediatrician' },
    ],
    // Prices in pence.
    visitTypes: [
      { kind: 'new', name: 'New patient assessment', durationMinutes: 40, mode: 'in_person', priceMinor: 12_000, bufferBeforeMinutes: 0, bufferAfterMinutes: 10 },
      { kind: 'follow_up', name: 'Follow-up', durationMinutes: 20, mode: 'in_person', priceMinor: 6_500, bufferBeforeMinutes: 0, bufferAfterMinutes: 10 },
      { kind: 'video', name: 'Video consultation', durationMinutes: 15, mode: 'video', priceMinor: 4_500, bufferBeforeMinutes: 0, bufferAfterMinutes: 5 },
      { kind: 'annual', name: 'Well-child review', durationMinutes: 30, mode: 'in_person', priceMinor: 8_000, bufferBeforeMinutes: 0, bufferAfterMinutes: 10 },
    ],
    // Closed at weekends; an earlier close on Fridays.
    openingHours: [
      { weekday: 1, opensAt: '08:30', closesAt: '18:00' },
      { weekday: 2, opensAt: '08:30', closesAt: '18:00' },
      { weekday: 3, opensAt: '08:30', closesAt: '18:00' },
      { weekday: 4, opensAt: '08:30', closesAt: '18:00' },
      { weekday: 5, opensAt: '08:30', closesAt: '16:30' },
    ],
    patients: harborPatients(),
    medicationCatalog: ukPaediatricMedications,
    reasons: { new: 'New patient assessment', annual: 'Well-child review' },
  };
}
