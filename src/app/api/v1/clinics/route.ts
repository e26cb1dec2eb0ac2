import { listClinicDirectory } from '@/server/clinics/list-clinic-directory';
import { handleJson } from '@/server/platform/json-route';

export const dynamic = 'force-dynamic';

export function GET() {
  return handleJson('/api/v1/clinics', listClinicDirectory);
}
