import { Label } from '@/components/ui/label';

type Props = {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  errors?: readonly string[];
  rows?: number;
};

/** One intake question: a labelled text area with its hint and errors, read-only once sent. */
export function IntakeField({ id, label, hint, value, onChange, readOnly, errors, rows = 2 }: Props) {
  const described = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={readOnly}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.value)}
        className="w-full rounded-md border border-input bg-background px-3 py-2 text-base read-only:bg-muted aria-invalid:border-destructive sm:text-sm"
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
