'use client';

import { startTransition, useActionState, type FormEvent } from 'react';

/**
 * useActionState for the sign-in forms, submitted from onSubmit instead of through the form's action.
 * React resets a form after an action runs through its `action` prop, which would wipe what the person
 * typed whenever the server answers with an error; dispatching in a transition keeps the fields as they are.
 * The form still gets `action={dispatch}`, so it also posts before the page has hydrated.
 */
export function useFormAction<State>(action: (state: Awaited<State>, form: FormData) => State | Promise<State>, initial: Awaited<State>) {
  const [state, dispatch, pending] = useActionState(action, initial);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  }
  return { state, dispatch, pending, onSubmit };
}
