/**
 * A date written the Vietnamese way (31/05/2023) for a field stored as
 * 2023-05-31. A browser's date picker would show the browser's own format,
 * which on an English Windows is month first — the mistake this avoids.
 */
import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { isoDateToVn, vnDateToIso } from '../vn-date';
import { FieldError } from './FieldError';

interface DateFieldProps {
  label: string;
  value: string | undefined;
  onChange: (iso: string | undefined) => void;
  error?: string | undefined;
  testId?: string;
}

/** A labelled dd/mm/yyyy input; the stored value changes only when the text is a real day (or empty). */
export function DateField({ label, value, onChange, error, testId }: DateFieldProps) {
  const { t } = useI18n();
  const id = useId();
  const shown = value ? isoDateToVn(value) : '';
  const [text, setText] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    if (vnDateToIso(text) !== (value ?? null)) setText(shown);
  }
  const bad = text.trim() !== '' && vnDateToIso(text) === null;
  const message = bad ? t.schedule.badDate : error;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder={t.schedule.datePlaceholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') onChange(undefined);
          else {
            const iso = vnDateToIso(e.target.value);
            if (iso) onChange(iso);
          }
        }}
        aria-invalid={Boolean(message)}
        aria-describedby={message ? `${id}-error` : undefined}
        data-testid={testId}
      />
      <FieldError id={`${id}-error`} message={message} />
    </label>
  );
}
