import type { PatientProfile } from './demo-types';
import { emailSlug, expandSketches, type PatientSketch } from './patient-sketch';

export const RIVERSIDE_PATIENT_EMAIL = 'patient@riverside.example';

// Invented adults around Albany, NY. Every drug is explained by a problem, no one takes a
// drug they are allergic to, and BMI agrees with the problem list (obesity only where BMI >= 30).
// Clinician 0 is Dr. Lee, 1 is Dr. Okafor.
const sketches: PatientSketch[] = [
  { given: 'Jordan', family: 'Rivera', sex: 'female', age: 42, days: 137, problems: ['E11.9', 'I10', 'E78.5'], meds: ['metformin-1000', 'lisinopril-10', 'atorvastatin-20'], allergies: ['penicillin'], body: [165, 78, -3], clinician: 0, userEmail: RIVERSIDE_PATIENT_EMAIL },
  { given: 'Priya', family: 'Raman', sex: 'female', age: 34, days: 40, problems: ['J45.909', 'J30.9'], meds: ['albuterol-mdi', 'fluticasone-mdi', 'cetirizine-10'], allergies: ['aspirin'], body: [160, 57], clinician: 1 },
  { given: 'Marcus', family: 'Bennett', sex: 'male', age: 58, days: 300, problems: ['I10', 'E78.5', 'F17.210'], meds: ['amlodipine-5', 'atorvastatin-40', 'nicotine-patch-21'], body: [180, 92, 1] },
  { given: 'Elena', family: 'Vasquez', sex: 'female', age: 47, days: 12, problems: ['E03.9', 'F41.1'], meds: ['levothyroxine-88', 'sertraline-50'], allergies: ['sulfonamide'], body: [163, 66], clinician: 1 },
  { given: 'Wei', family: 'Chen', sex: 'male', age: 63, days: 210, problems: ['E11.9', 'I10', 'N40.1'], meds: ['metformin-1000', 'amlodipine-10', 'tamsulosin-0.4'], allergies: ['lisinopril'], body: [172, 74] },
  { given: 'Fatima', family: 'Al-Sayed', sex: 'female', age: 29, days: 95, problems: ['D50.9', 'K21.9'], meds: ['ferrous-sulfate-325', 'famotidine-20'], body: [158, 55], clinician: 1 },
  { given: 'Daniel', family: "O'Brien", sex: 'male', age: 41, days: 250, problems: ['M54.50'], meds: ['ibuprofen-400', 'cyclobenzaprine-5'], allergies: ['codeine'], body: [183, 88] },
  { given: 'Grace', family: 'Kim', sex: 'female', age: 71, days: 160, problems: ['M81.0', 'I10', 'M17.11', 'E55.9'], meds: ['alendronate-70', 'hctz-12.5', 'acetaminophen-1000', 'cholecalciferol-2000'], body: [154, 52], clinician: 1 },
  { given: 'Luis', family: 'Hernández', sex: 'male', age: 52, days: 30, problems: ['E11.9', 'E78.5', 'E66.9'], meds: ['metformin-1000', 'empagliflozin-10', 'rosuvastatin-10'], body: [175, 104, -4] },
  { given: 'Aisha', family: 'Johnson', sex: 'female', age: 38, days: 180, problems: ['G43.909', 'F32.A'], meds: ['sumatriptan-50', 'escitalopram-10'], allergies: ['latex'], body: [170, 68], clinician: 1 },
  { given: 'Tomasz', family: 'Nowak', sex: 'male', age: 67, days: 75, problems: ['I48.91', 'I10'], meds: ['apixaban-5', 'metoprolol-succinate-50', 'lisinopril-20'], body: [178, 86] },
  { given: 'Rachel', family: 'Goldberg', sex: 'female', age: 24, days: 330, problems: ['F41.1', 'G47.00', 'N39.0'], meds: ['buspirone-10', 'nitrofurantoin-100'], allergies: ['sulfonamide'], body: [167, 61], clinician: 1 },
  { given: 'Kwame', family: 'Mensah', sex: 'male', age: 45, days: 5, problems: ['I10', 'E78.5'], meds: ['lisinopril-20', 'atorvastatin-20'], allergies: ['shellfish'], body: [185, 90] },
  { given: 'Sofia', family: 'Rossi', sex: 'female', age: 33, days: 220, problems: ['E28.2', 'E55.9'], meds: ['metformin-500', 'cholecalciferol-2000'], body: [164, 79], clinician: 1 },
  { given: 'Robert', family: 'Fitzgerald', sex: 'male', age: 76, days: 120, problems: ['J44.9', 'I25.10', 'E78.5'], meds: ['tiotropium-18', 'albuterol-mdi-copd', 'aspirin-81', 'atorvastatin-80', 'metoprolol-succinate-25'], allergies: ['contrast'], body: [176, 79] },
  { given: 'Mei Lin', family: 'Tan', sex: 'female', age: 55, days: 60, problems: ['E03.9', 'E78.5'], meds: ['levothyroxine-50', 'simvastatin-20'], body: [157, 60], clinician: 1 },
  { given: 'Jamal', family: 'Washington', sex: 'male', age: 36, days: 150, problems: ['J30.9', 'K21.9', 'Z91.010'], meds: ['fluticasone-nasal', 'omeprazole-20', 'epinephrine-0.3'], allergies: ['peanut'], body: [188, 95] },
  { given: 'Olga', family: 'Petrova', sex: 'female', age: 61, days: 280, problems: ['E11.9', 'I10', 'N18.30'], meds: ['linagliptin-5', 'losartan-50'], allergies: ['codeine'], body: [162, 77], clinician: 1 },
  { given: 'Ahmed', family: 'Hassan', sex: 'male', age: 49, days: 190, problems: ['K21.9', 'M54.50', 'F17.210'], meds: ['pantoprazole-40', 'acetaminophen-1000-back', 'nicotine-patch-21'], body: [174, 82] },
  { given: 'Lucy', family: 'Nguyen', sex: 'female', age: 19, days: 45, problems: ['L70.0', 'J45.909'], meds: ['tretinoin-cream', 'albuterol-mdi'], allergies: ['cat-dander'], body: [161, 54], clinician: 1 },
  { given: 'Carlos', family: 'Mendoza', sex: 'male', age: 31, days: 100, problems: ['S93.401A', 'J30.9'], meds: ['ibuprofen-ankle', 'fluticasone-nasal'], allergies: ['bee-venom'], body: [177, 80] },
  { given: 'Nora', family: 'Lindqvist', sex: 'female', age: 83, days: 20, problems: ['I50.9', 'I10'], meds: ['furosemide-40', 'carvedilol-6.25', 'potassium-chloride-20', 'lisinopril-10'], allergies: ['penicillin'], body: [158, 63], clinician: 1 },
  { given: 'Ethan', family: 'Brooks', sex: 'male', age: 27, days: 260, problems: ['F90.9', 'F41.1'], meds: ['methylphenidate-er-36', 'sertraline-50'], body: [181, 76] },
  { given: 'Isabela', family: 'Costa', sex: 'female', age: 44, days: 85, problems: ['E66.9', 'R73.03'], allergies: ['amoxicillin'], body: [166, 92, -2], clinician: 1 },
  { given: 'Yusuf', family: 'Demir', sex: 'male', age: 58, days: 340, problems: ['I25.10', 'Z95.5', 'I10', 'E78.5'], meds: ['aspirin-81', 'clopidogrel-75', 'atorvastatin-80', 'metoprolol-succinate-25', 'amlodipine-5'], body: [173, 85] },
  { given: 'Chloe', family: 'Dubois', sex: 'female', age: 22, days: 130, problems: ['N94.6', 'J06.9'], meds: ['naproxen-500'], allergies: ['amoxicillin'], body: [168, 59], clinician: 1 },
];

export function riversidePatients(): PatientProfile[] {
  return expandSketches('riverside', {
    recordPrefix: 'RFC',
    firstRecordNumber: 101,
    // 555-0100 through 555-0199 is the range reserved for fiction; 0100 is the clinic itself.
    phone: (index) => `(518) 555-01${String(index + 1).padStart(2, '0')}`,
    email: (sketch) => `${emailSlug(sketch.given)}.${emailSlug(sketch.family)}@mail.example`,
    streets: ['Maple Street', 'Hudson Avenue', 'Willow Lane', 'Ridge Road', 'Orchard Way', 'Lark Drive', 'Elm Court', 'Quail Street', 'Birch Hill Road'],
    towns: [
      { city: 'Albany', postalCode: '12203' },
      { city: 'Troy', postalCode: '12180' },
      { city: 'Schenectady', postalCode: '12305' },
      { city: 'Delmar', postalCode: '12054' },
      { city: 'Latham', postalCode: '12110' },
      { city: 'Cohoes', postalCode: '12047' },
    ],
  }, sketches);
}
