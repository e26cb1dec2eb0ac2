'use client';

import { Download, LoaderCircle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { exportStatus, startExport, type ExportJob } from './export-api';

const POLL_MS = 800;
const formatLabel = { json: 'JSON', fhir: 'FHIR R4' } as const;

/**
 * "Download my data", prepared on the server in the background (a large record takes a while): the page shows
 * the progress step by step, announced politely to screen readers, then offers the file. Leaving the page does
 * not stop the work; coming back shows the last export.
 */
export function ExportPanel({ latest }: { latest: ExportJob | null }) {
  const [job, setJob] = useState<ExportJob | null>(latest);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const busy = job?.status === 'queued' || job?.status === 'running';

  useEffect(() => {
    if (!busy || !job) return;
    timer.current = window.setTimeout(() => {
      exportStatus(job.id).then(setJob, () => setProblem('We could not check on your export. Reload the page to see it.'));
    }, POLL_MS);
    return () => window.clearTimeout(timer.current);
  }, [busy, job]);

  async function prepare(format: 'json' | 'fhir') {
    setProblem(null);
    // The previous file's link goes at once: it must never be mistaken for the one being prepared.
    setJob(null);
    try {
      setJob(await startExport(format));
    } catch {
      setProblem('Your export could not be started. Please try again.');
    }
  }

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap gap-3">
        {(['json', 'fhir'] as const).map((format) => (
          <Button key={format} variant="outline" aria-disabled={busy || undefined} onClick={() => !busy && void prepare(format)}>
            <Download aria-hidden="true" />
            Download as {formatLabel[format]}
          </Button>
        ))}
      </div>
      <div aria-live="polite" className="grid gap-3">
        {busy && job && <ExportProgress job={job} />}
        {job?.status === 'ready' && job.downloadUrl && (
          <div className="flex flex-wrap items-center gap-3">
            <p>Your {formatLabel[job.format as 'json' | 'fhir'] ?? job.format} file is ready. It is kept for 24 hours.</p>
            <Button asChild>
              <a href={job.downloadUrl} download>
                <Download aria-hidden="true" />
                Save {job.fileName}
              </a>
            </Button>
          </div>
        )}
        {job?.status === 'failed' && <p className="text-destructive">Preparing your export failed. Please try again.</p>}
      </div>
      {problem && (
        <Alert variant="destructive" role="alert">
          <AlertTitle>Export</AlertTitle>
          <AlertDescription>{problem}</AlertDescription>
        </Alert>
      )}
    </div>
  );
}

function ExportProgress({ job }: { job: ExportJob }) {
  return (
    <div className="grid max-w-md gap-2">
      <div className="flex items-center gap-2 text-sm">
        <LoaderCircle aria-hidden="true" className="size-4 motion-safe:animate-spin" />
        <span>{job.status === 'queued' ? 'Waiting to start…' : `Preparing your data: ${job.step ?? 'starting'}…`}</span>
      </div>
      <div role="progressbar" aria-label="Preparing your data" aria-valuemin={0} aria-valuemax={100} aria-valuenow={job.progress} className="h-2 overflow-hidden rounded-full bg-secondary">
        <div className="h-full bg-primary transition-[width] motion-reduce:transition-none" style={{ width: `${job.progress}%` }} />
      </div>
    </div>
  );
}
