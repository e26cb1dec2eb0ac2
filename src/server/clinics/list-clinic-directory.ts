import { clinicDirectoryEntrySchema } from './clinic.schemas';
import { listClinicDirectory as readDirectory } from './clinics.repo';

/**
 * Public on purpose: a patient chooses a clinic before they have any membership.
 * The output schema strips anything the repo might add later.
 */
export async function listClinicDirectory() {
  const rows = await readDirectory();
  return { items: rows.map((row) => clinicDirectoryEntrySchema.parse(row)) };
}
