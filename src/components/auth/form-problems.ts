import type { FieldProblem } from './form-alert';
import type { AuthFormState as FormState } from './form-state';

/** The field errors of a failed answer, keyed by field name. */
export function fieldErrorsOf(state: FormState): Record<string, string[] | undefined> {
  return state && !state.ok ? (state.error.fieldErrors ?? {}) : {};
}

/** The error summary's entries, in the order the fields appear on the form. */
export function problemsOf(state: FormState, fields: readonly { name: string; id: string; label: string }[]): FieldProblem[] {
  const errors = fieldErrorsOf(state);
  return fields.flatMap(({ name, id, label }) => (errors[name]?.length ? [{ fieldId: id, label }] : []));
}
