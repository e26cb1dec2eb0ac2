import { Badge } from '@/components/ui/badge';
import { SourcesDetails } from './sources-details';
import { sectionKeys, sectionTitles, type NoteView } from './visit-types';

/** A signed note, read-only, sources still open to inspection; addenda below it. */
export function SignedNote({ note }: { note: NoteView }) {
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-2">
        <Badge variant="success">Signed</Badge>
        <span className="text-xs text-muted-foreground">
          {note.signedAt && <time dateTime={note.signedAt}>{new Date(note.signedAt).toLocaleString('en-US')}</time>}. Drafted by the {note.draftedBy}; {note.editedByClinician ? 'edited' : 'accepted as drafted'} by the clinician.
        </span>
      </div>
      {sectionKeys.map((key) => (
        <section key={key} aria-labelledby={`signed-${key}`}>
          <h3 id={`signed-${key}`} className="font-semibold">
            {sectionTitles[key]}
          </h3>
          <ul className="grid gap-2">
            {note.sections[key].map((s) => (
              <li key={s.id} className="text-sm">
                <p>{s.text}</p>
                <SourcesDetails sources={s.sources} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {note.addenda.length > 0 && (
        <section aria-labelledby="addenda">
          <h3 id="addenda" className="font-semibold">
            Addenda
          </h3>
          <ul className="grid gap-2">
            {note.addenda.map((a) => (
              <li key={a.id} className="rounded-md border p-2 text-sm">
                <p className="whitespace-pre-wrap">{a.text}</p>
                <p className="text-xs text-muted-foreground">
                  Signed by {a.authorName ?? 'a clinician'}, <time dateTime={a.signedAt}>{new Date(a.signedAt).toLocaleString('en-US')}</time>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
