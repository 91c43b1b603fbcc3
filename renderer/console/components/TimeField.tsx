/**
 * A labelled HH:MM input. The browser's time picker hands back 24-hour
 * `HH:MM` whatever it shows, which is the settings' own format; an emptied
 * box is passed on as '' so the server names the field instead of it being
 * dropped silently.
 */
import { useId } from 'react';
import { FieldError } from './FieldError';

interface TimeFieldProps {
  label: string;
  value: string;
  onChange: (time: string) => void;
  /** The field's own problem, shown under it. */
  error?: string | undefined;
  /** The id of a shown problem of the group the field belongs to (its time window): it marks this field too. */
  groupErrorId?: string | undefined;
  /** The name a screen reader reads when the visible label alone is ambiguous ("Thứ Hai, khung giờ 1: Bật lúc"). */
  ariaLabel?: string | undefined;
  testId?: string;
}

/** A time-of-day field. */
export function TimeField({ label, value, onChange, error, groupErrorId, ariaLabel, testId }: TimeFieldProps) {
  const id = useId();
  const described = [error ? `${id}-error` : null, groupErrorId].filter(Boolean).join(' ');
  return (
    <label className="field time-field">
      <span>{label}</span>
      <input
        type="time"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-label={ariaLabel}
        aria-invalid={Boolean(error) || Boolean(groupErrorId)}
        aria-describedby={described || undefined}
        data-testid={testId}
      />
      <FieldError id={`${id}-error`} message={error} />
    </label>
  );
}
