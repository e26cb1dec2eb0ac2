import type { IntakeAnswers } from './intake-types';
import { IntakeField } from './intake-field';

type Props = {
  chart: { medications: string[]; allergies: string[] };
  answers: IntakeAnswers;
  readOnly: boolean;
  onChange: <K extends keyof IntakeAnswers>(key: K, value: IntakeAnswers[K]) => void;
  errors: Record<string, string[]>;
};

/** The medication and allergy lists on record, for the patient to confirm or correct. */
export function IntakeListsConfirm({ chart, answers, readOnly, onChange, errors }: Props) {
  const block = (kind: 'medications' | 'allergies', title: string, items: string[]) => {
    const confirmKey = kind === 'medications' ? 'medicationsConfirmed' : 'allergiesConfirmed';
    const changeKey = kind === 'medications' ? 'medicationChanges' : 'allergyChanges';
    return (
      <fieldset className="grid gap-2 rounded-md border p-3">
        <legend className="px-1 text-sm font-medium">{title}</legend>
        {items.length ? (
          <ul className="list-disc pl-5 text-sm">
            {items.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">None on record.</p>
        )}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" className="size-4" checked={answers[confirmKey]} disabled={readOnly} onChange={(e) => onChange(confirmKey, e.target.checked)} />
          This list is correct
        </label>
        <IntakeField id={`intake-${changeKey}`} label="Changes or additions" value={answers[changeKey]} onChange={(v) => onChange(changeKey, v)} readOnly={readOnly} errors={errors[changeKey]} />
      </fieldset>
    );
  };
  return (
    <>
      {block('medications', 'Your medications on record', chart.medications)}
      {block('allergies', 'Your allergies on record', chart.allergies)}
    </>
  );
}
