/**
 * A number input that keeps what the operator types while it is not a number
 * yet ("1," on the way to "1,5"), and hands the form a number, or undefined
 * when empty. A comma counts as the decimal mark, as Vietnamese writes it.
 */
import { useId, useState } from 'react';
import { FieldError } from './FieldError';

/** Parses "12", "1,5", "1.5"; null for anything else. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d*\.?\d+$/.test(trimmed)) return null;
  return Number(trimmed);
}

interface NumberFieldProps {
  label: string;
  value: number | null | undefined;
  onChange: (value: number | undefined) => void;
  error?: string | undefined;
  testId?: string;
  /** Whole numbers only (priority, count). */
  integer?: boolean;
  className?: string;
}

/** A labelled number input. */
export function NumberField({ label, value, onChange, error, testId, integer, className }: NumberFieldProps) {
  const id = useId();
  const shown = value === undefined || value === null ? '' : String(value);
  const [text, setText] = useState(shown);
  // Keeps the box in step when the value changes from outside (undo, reload), without a render-time effect.
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    const typed = parseNumber(text);
    const same = typed === (value ?? null) || (Number.isNaN(value) && typed === null);
    if (!same) setText(shown);
  }
  const typedBad = text.trim() !== '' && parseNumber(text) === null;
  return (
    <label className={`field ${className ?? ''}`}>
      <span>{label}</span>
      <input
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const parsed = parseNumber(e.target.value);
          // Something that is not a number is sent on as NaN so the schema names the field, never silently dropped.
          onChange(e.target.value.trim() === '' ? undefined : (parsed ?? Number.NaN));
        }}
        aria-invalid={Boolean(error) || typedBad}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
      />
      <FieldError id={`${id}-error`} message={error} />
    </label>
  );
}
