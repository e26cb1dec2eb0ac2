/** Restated from src/server/privacy/export-jobs.ts (components do not import server modules). */
export interface ExportJob {
  id: string;
  format: 'json' | 'fhir' | string;
  status: 'queued' | 'running' | 'ready' | 'failed';
  progress: number;
  step: string | null;
  fileName: string | null;
  expiresAt: string | null;
  downloadUrl: string | null;
}

async function readJob(response: Response): Promise<ExportJob> {
  if (!response.ok) throw new Error(`export request failed (${response.status})`);
  return (await response.json()) as ExportJob;
}

export async function startExport(format: 'json' | 'fhir'): Promise<ExportJob> {
  return readJob(
    await fetch('/api/v1/me/exports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format }),
      credentials: 'same-origin',
      cache: 'no-store',
    }),
  );
}

export async function exportStatus(id: string): Promise<ExportJob> {
  return readJob(await fetch(`/api/v1/me/exports/${encodeURIComponent(id)}`, { credentials: 'same-origin', cache: 'no-store' }));
}
