import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatForViewer } from '@/lib/time-zones';
import type { NoteListItem } from './note-list-types';
import { waitingLabel } from './waiting-label';

const tableClass = 'w-full min-w-[40rem] border-collapse text-left text-sm';
const headClass = 'border-b px-3 py-2 font-medium text-muted-foreground';
const cellClass = 'border-b px-3 py-3 align-middle';

function StatusBadge({ status }: { status: NoteListItem['status'] }) {
  if (status === 'signed') return <Badge variant="success">Signed</Badge>;
  // Machine-drafted text is labelled as such until a clinician signs it (DESIGN.md §6).
  return status === 'edited' ? <Badge variant="secondary">Edited draft</Badge> : <Badge variant="warning">AI-drafted</Badge>;
}

/**
 * The clinician's notes: drafts waiting for a signature (oldest visit first, with how long each has waited) or the
 * ones signed recently. Each row opens the visit screen, where the note is reviewed and signed.
 */
export function NotesTable({ items, kind, timeZone, caption, empty }: { items: readonly NoteListItem[]; kind: 'unsigned' | 'signed'; timeZone: string; caption: string; empty: string }) {
  if (items.length === 0) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass} data-testid={`notes-${kind}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={headClass}>Patient</th>
            <th scope="col" className={headClass}>Visit ({timeZone})</th>
            <th scope="col" className={headClass}>Status</th>
            <th scope="col" className={headClass}>{kind === 'unsigned' ? 'Unsigned for' : 'Signed'}</th>
            <th scope="col" className={headClass}><span className="sr-only">Open</span></th>
          </tr>
        </thead>
        <tbody>
          {items.map((note) => (
            <tr key={note.noteId} data-testid="note-row">
              <th scope="row" className={`${cellClass} font-medium`}>{note.patient.name}</th>
              <td className={cellClass}><time dateTime={note.visitStartsAt}>{note.visitTime}</time></td>
              <td className={cellClass}><StatusBadge status={note.status} /></td>
              <td className={cellClass}>
                {kind === 'unsigned'
                  ? waitingLabel(note.unsignedMinutes ?? 0)
                  : note.signedAt && <time dateTime={note.signedAt}>{formatForViewer(new Date(note.signedAt), timeZone)}</time>}
              </td>
              <td className={cellClass}>
                <Link className="font-medium text-primary underline underline-offset-4" href={note.visitPath}>
                  {kind === 'unsigned' ? 'Review and sign' : 'Open'}<span className="sr-only"> the note for {note.patient.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
