/**
 * The chart as the screens receive it (src/server/patients/chart.schemas.ts is the source; restated because components
 * do not import server modules, and the pages' type check keeps the two in step).
 */
export type Verification = 'confirmed' | 'unconfirmed';

export type ChartData = {
  patient: {
    id: string;
    mrn: string;
    name: string;
    birthDate: string;
    sexAtBirth: string;
    email: string | null;
    phone: string | null;
    addressLine: string | null;
    city: string | null;
    postalCode: string | null;
  };
  problems: { id: string; code: string; display: string; status: 'active' | 'resolved'; onsetDate: string | null; verification: Verification }[];
  allergies: { id: string; substance: string; reaction: string; severity: 'mild' | 'moderate' | 'severe'; verification: Verification }[];
  medications: { id: string; genericName: string; dose: string; route: string; frequency: string; status: 'active' | 'stopped'; startedOn: string | null; verification: Verification }[];
  observations: { id: string; loincCode: string; display: string; value: number; unit: string; effectiveAt: string }[];
  documents: { id: string; title: string; fileName: string; contentType: string; sizeBytes: number; uploadedAt: string }[];
  visits: { id: string; startsAt: string; endsAt: string; status: string; visitType: string; mode: 'in_person' | 'video'; clinicianName: string | null; reason: string | null }[];
  viewer: { kind: 'staff' | 'patient'; canWrite: boolean };
};

/** Dates are shown as stored (birth dates, onset) or in the viewer's locale and zone (instants), never shifted. */
export const formatInstant = (iso: string) => new Date(iso).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' });
export const formatDay = (iso: string) => new Date(iso).toLocaleDateString('en-US', { dateStyle: 'medium' });
