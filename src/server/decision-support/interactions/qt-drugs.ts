import type { DrugClass } from './class-types';

/**
 * ONC pair #21 (QT-prolonging agents + QT-prolonging agents) has no membership in the paper, and the
 * CredibleMeds list Pitt used is not redistributable. This list is keyed in from public-domain FDA
 * prescribing information: each drug's label (DailyMed) warns of QT prolongation or torsades de pointes
 * in its Boxed Warning, Contraindications or Warnings and Precautions.
 */
export const qtLabelSections: Record<string, string> = {
  amiodarone: 'Warnings and Precautions (proarrhythmia, QT prolongation)',
  sotalol: 'Boxed Warning (QT prolongation, torsade de pointes)',
  dofetilide: 'Boxed Warning (QT prolongation, torsade de pointes)',
  dronedarone: 'Warnings and Precautions (QT interval prolongation)',
  ibutilide: 'Boxed Warning (potentially fatal arrhythmias, torsades de pointes)',
  quinidine: 'Warnings (QT prolongation, torsades de pointes)',
  procainamide: 'Warnings (QT prolongation)',
  disopyramide: 'Warnings (QT prolongation)',
  citalopram: 'Warnings and Precautions (QT prolongation and torsade de pointes)',
  escitalopram: 'Warnings and Precautions (QT prolongation, postmarketing torsade de pointes)',
  methadone: 'Boxed Warning (life-threatening QT prolongation)',
  haloperidol: 'Warnings (cardiovascular effects: QT prolongation, torsades de pointes)',
  droperidol: 'Boxed Warning (QT prolongation, torsade de pointes)',
  chlorpromazine: 'Warnings (QT prolongation)',
  thioridazine: 'Boxed Warning (dose-related QTc prolongation)',
  pimozide: 'Contraindications and Warnings (QT prolongation)',
  ziprasidone: 'Warnings and Precautions (QT prolongation)',
  ondansetron: 'Warnings and Precautions (QT prolongation)',
  erythromycin: 'Warnings (QT prolongation, torsades de pointes)',
  clarithromycin: 'Warnings and Precautions (QT prolongation)',
  azithromycin: 'Warnings and Precautions (QT prolongation)',
  levofloxacin: 'Warnings and Precautions (prolongation of the QT interval)',
  moxifloxacin: 'Warnings and Precautions (QT prolongation)',
  hydroxychloroquine: 'Warnings and Precautions (cardiomyopathy, QT prolongation)',
  chloroquine: 'Warnings and Precautions (QT prolongation, torsades de pointes)',
  'arsenic trioxide': 'Boxed Warning (QT prolongation)',
  vandetanib: 'Boxed Warning (QT prolongation, torsades de pointes)',
  nilotinib: 'Boxed Warning (QT prolongation)',
};

export const qtProlongingClass: DrugClass = {
  label: 'QT-prolonging agents',
  members: Object.keys(qtLabelSections),
  source: 'US FDA prescribing information (public domain), DailyMed',
};
