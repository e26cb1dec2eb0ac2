'use client';

import { CircleAlert } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { cn } from '@/lib/cn';

/** A field to fix: the summary links to it by its label; the message itself sits next to the field. */
export type FieldProblem = { fieldId: string; label: string };

type FormAlertProps = {
  title: string;
  message?: string;
  /** Fields with errors, listed as links to them (an error summary). */
  problems?: readonly FieldProblem[];
  /** Changes whenever a new answer arrives, so a repeated error takes focus again. */
  focusKey?: unknown;
  children?: React.ReactNode;
  className?: string;
};

/**
 * An error that appears in answer to something the person did. role="alert" announces it, and focus moves
 * to it so keyboard and screen-reader users land on the explanation instead of searching for it.
 */
export function FormAlert({ title, message, problems, focusKey, children, className }: FormAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <Alert ref={ref} role="alert" tabIndex={-1} variant="destructive" className={cn('focus-visible:outline-offset-2', className)}>
      <CircleAlert aria-hidden="true" />
      <AlertTitle>{title}</AlertTitle>
      {(message || (problems && problems.length > 0) || children) && (
        <AlertDescription className="text-foreground">
          {message && <p>{message}</p>}
          {problems && problems.length > 0 && (
            <ul className="list-disc pl-5">
              {problems.map((problem) => (
                <li key={problem.fieldId}>
                  <a href={`#${problem.fieldId}`} className="text-destructive underline hover:no-underline">
                    {problem.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
          {children}
        </AlertDescription>
      )}
    </Alert>
  );
}
