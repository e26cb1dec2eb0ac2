import { FileText } from 'lucide-react';
import type { ChartData } from './chart-types';
import { formatInstant } from './chart-types';

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export function DocumentsList({ patientId, documents }: { patientId: string; documents: ChartData['documents'] }) {
  if (documents.length === 0) return <p className="text-muted-foreground">No documents attached.</p>;
  return (
    <ul aria-label="Documents" className="flex flex-col">
      {documents.map((d) => (
        <li key={d.id} className="flex items-center gap-3 border-b border-border py-2 last:border-b-0">
          <FileText aria-hidden="true" className="size-5 shrink-0 text-muted-foreground" />
          <div className="flex flex-col">
            {/* A download, not a page: the route answers with an attachment. */}
            <a href={`/api/v1/patients/${patientId}/documents/${d.id}`} download className="font-medium text-primary underline hover:no-underline">
              {d.title}
            </a>
            <span className="text-sm text-muted-foreground">
              {d.fileName} · {size(d.sizeBytes)} · {formatInstant(d.uploadedAt)}
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
