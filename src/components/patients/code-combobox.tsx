'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { describedBy, FieldError, FieldHint } from '@/components/auth/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { cn } from '@/lib/cn';

type CodeMatch = { code: string; display: string; unit?: string };

type CodeComboboxProps = {
  id: string;
  /** The form field that receives the chosen code. */
  name: string;
  label: string;
  system: 'icd10cm' | 'loinc';
  hint?: string;
  errors?: readonly string[];
  onChoose?: (match: CodeMatch | null) => void;
};

/**
 * Typeahead over a bundled code set (GET /api/v1/codes), following the ARIA combobox pattern: the input owns a
 * listbox, arrow keys move the active option (aria-activedescendant), Enter chooses, Escape closes. The chosen code
 * goes in a hidden field; typing again clears it, so a half-typed name is never submitted as a code.
 */
export function CodeCombobox({ id, name, label, system, hint, errors, onChoose }: CodeComboboxProps) {
  const listId = useId();
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<CodeMatch[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<CodeMatch | null>(null);
  const [loading, setLoading] = useState(false);
  const request = useRef(0);

  useEffect(() => {
    if (chosen || text.trim() === '') return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setLoading(true);
      try {
        const response = await fetch(`/api/v1/codes?system=${system}&query=${encodeURIComponent(text)}`);
        const body = (await response.json()) as { codes?: CodeMatch[] };
        if (ticket !== request.current) return;
        setMatches(body.codes ?? []);
        setActive(-1);
        setOpen(true);
      } finally {
        if (ticket === request.current) setLoading(false);
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [text, system, chosen]);

  function choose(match: CodeMatch) {
    setChosen(match);
    setText(`${match.code} ${match.display}`);
    setOpen(false);
    onChoose?.(match);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' && matches.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % matches.length);
    } else if (event.key === 'ArrowUp' && matches.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? matches.length - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && matches[active]) {
      event.preventDefault();
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const invalid = Boolean(errors && errors.length > 0);
  const optionId = (i: number) => `${listId}-option-${i}`;
  const showList = open && !chosen && text.trim() !== '';
  return (
    <div className="relative grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      {hint && <FieldHint id={id}>{hint}</FieldHint>}
      <Input
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(id, Boolean(hint), errors)}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          if (chosen) {
            setChosen(null);
            onChoose?.(null);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      <input type="hidden" name={name} value={chosen?.code ?? ''} />
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        hidden={!showList}
        className="absolute top-full z-20 mt-1 max-h-72 w-full overflow-auto rounded-md border border-border bg-card p-1 text-card-foreground shadow-md"
      >
        {matches.map((match, i) => (
          <li
            key={match.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(match);
            }}
            className={cn('cursor-pointer rounded-sm px-2 py-1.5 text-sm', i === active && 'bg-accent text-accent-foreground')}
          >
            <span className="font-mono font-medium">{match.code}</span> {match.display}
            {match.unit && <span className="text-muted-foreground"> ({match.unit})</span>}
          </li>
        ))}
        {matches.length === 0 && <li className="px-2 py-1.5 text-sm text-muted-foreground">No matching codes.</li>}
      </ul>
      <p role="status" className="sr-only">
        {loading ? 'Searching…' : showList ? `${matches.length} suggestions. Use the arrow keys to choose.` : chosen ? `Chosen: ${chosen.code} ${chosen.display}` : ''}
      </p>
      <FieldError id={id} errors={errors} />
    </div>
  );
}
