import { describedBy, FieldError, FieldHint } from '@/components/auth/form-field';
import { Label } from '@/components/ui/label';

type SelectFieldProps = {
  id: string;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
  errors?: readonly string[];
};

/** A native select: keyboard and screen-reader behaviour come from the browser, and it posts without script. */
export function SelectField({ id, name, label, options, defaultValue, hint, errors }: SelectFieldProps) {
  const invalid = Boolean(errors && errors.length > 0);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? options[0]?.value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), errors)}
        className="flex h-10 w-full rounded-md border border-input bg-background px-3 py-2 text-base text-foreground aria-invalid:border-destructive sm:text-sm"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError id={id} errors={errors} />
    </div>
  );
}
