import type { PatientProfile } from './demo-types';
import { emailSlug, expandSketches, type PatientSketch } from './patient-sketch';

// Invented children around Bristol, aged 0-17 on `today`; heights and weights near the UK-WHO
// 50th centile for age. Contact details are a parent's, in Ofcom's ranges reserved for drama.
const sketches: PatientSketch[] = [
  { given: 'Oliver', family: 'Hughes', sex: 'male', age: 7, days: 200, problems: ['J45.909'], meds: ['salbutamol-mdi', 'beclometasone-mdi'], allergies: ['dust-mite'], body: [124, 24] },
  { given: 'Amelia', family: 'Okonjo', sex: 'female', age: 3, days: 60, problems: ['L20.9'], meds: ['emollient', 'hydrocortisone-1'], allergies: ['egg'], body: [96, 14.5] },
  { given: 'Aarav', family: 'Patel', sex: 'male', age: 1, days: 150, problems: ['H66.90', 'J06.9'], meds: ['amoxicillin-susp', 'paracetamol-susp'], body: [81, 11] },
  { given: 'Isla', family: 'MacLeod', sex: 'female', age: 10, days: 90, problems: ['F90.9'], meds: ['methylphenidate-mr-18'], body: [139, 32] },
  { given: 'Noah', family: 'Williams', sex: 'male', age: 0, days: 140, problems: ['L21.1'], body: [64, 6.9] },
  { given: 'Zara', family: 'Ahmed', sex: 'female', age: 14, days: 300, problems: ['E10.9'], meds: ['insulin-glargine', 'insulin-aspart'], body: [160, 50] },
  { given: 'Leo', family: 'Kowalski', sex: 'male', age: 5, days: 30, problems: ['K59.00', 'Z91.010'], meds: ['macrogol', 'adrenaline-150'], allergies: ['peanut'], body: [110, 18.5] },
  { given: 'Maisie', family: "O'Connor", sex: 'female', age: 16, days: 170, problems: ['J30.2', 'L70.0'], meds: ['cetirizine-10', 'adapalene-gel'], allergies: ['penicillin'], body: [164, 56] },
  { given: 'Kofi', family: 'Asante', sex: 'male', age: 12, days: 240, problems: ['G40.909'], meds: ['levetiracetam-500'], body: [152, 41] },
  { given: 'Hana', family: 'Novak', sex: 'female', age: 8, days: 10, problems: ['L20.9', 'J45.909'], meds: ['emollient', 'salbutamol-mdi', 'beclometasone-mdi'], allergies: ['cat-dander'], body: [128, 26] },
];

export function harborPatients(): PatientProfile[] {
  return expandSketches('harbor', {
    recordPrefix: 'HBP',
    firstRecordNumber: 41,
    phone: (index) => `07700 900${String(101 + index * 13).padStart(3, '0')}`,
    email: (sketch) => `${emailSlug(sketch.family)}.family@mail.example`,
    streets: ['Ashton Road', 'Gloucester Lane', 'Clifton Vale', 'Harbourside Mews', 'Redland Grove', 'Chandos Road'],
    towns: [
      { city: 'Bristol', postalCode: 'BS8 2PL' },
      { city: 'Bristol', postalCode: 'BS6 6TG' },
      { city: 'Portishead', postalCode: 'BS20 7HD' },
      { city: 'Keynsham', postalCode: 'BS31 1EX' },
      { city: 'Clevedon', postalCode: 'BS21 7RR' },
    ],
  }, sketches);
}
