/** A textarea edited one entry per line, handing the form the list (blank lines kept while typing). */
import { useId, useState } from 'react';
import { linesToList } from '../text-lines';
import { FieldError } from './FieldError';

interface LinesFieldProps {
  label: string;
  value: readonly string[];
  onChange: (list: string[]) => void;
  error?: string | undefined;
  testId?: string;
}

/** The labelled textarea. */
export function LinesField({ label, value, onChange, error, testId }: LinesFieldProps) {
  const id = useId();
  const joined = value.join('\n');
  const [text, setText] = useState(joined);
  const [lastJoined, setLastJoined] = useState(joined);
  if (joined !== lastJoined) {
    setLastJoined(joined);
    if (linesToList(text).join('\n') !== joined) setText(joined);
  }
  return (
    <label className="field">
      <span>{label}</span>
      <textarea
        rows={4}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(linesToList(e.target.value));
        }}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        data-testid={testId}
      />
      <FieldError id={`${id}-error`} message={error} />
    </label>
  );
}
