// The server's own shapes: type-only imports are erased, so no server code reaches the browser.
export type { PrescriptionAlert, PrescriptionCheck, PrescriptionView } from '@/server/prescribing/prescription.schemas';

export const routeOptions = ['oral', 'sublingual', 'topical', 'inhaled', 'intranasal', 'ophthalmic', 'otic', 'rectal', 'vaginal', 'transdermal', 'subcutaneous', 'intramuscular', 'intravenous'] as const;
