/**
 * The two times of one window (on at / off at, from / until), a note when it
 * runs into the next morning, and the window's problem from the server
 * (`must not start and end at the same time`) under both.
 */
import { useId, type ReactNode } from 'react';
import type { TimeWindow } from '../../../main/core/schedule/schedule-schema';
import { runsPastMidnight } from '../display-hours';
import { FieldError } from './FieldError';
import { TimeField } from './TimeField';

interface TimeWindowFieldsProps {
  value: TimeWindow;
  onChange: (window: TimeWindow) => void;
  labels: { start: string; end: string; pastMidnight: string };
  /** Prefixes each input's spoken name where many windows share a page ("Thứ Hai, khung giờ 1"). */
  spokenName?: string | undefined;
  /** Problems of the window as a whole and of anything inside it, joined. */
  error?: string | undefined;
  /** `data-testid`s are `${testIdPrefix}-start` and `${testIdPrefix}-end`. */
  testIdPrefix: string;
  /** Controls placed after the times (a remove button). */
  children?: ReactNode;
}

/** One time window. */
export function TimeWindowFields({
  value,
  onChange,
  labels,
  spokenName,
  error,
  testIdPrefix,
  children,
}: TimeWindowFieldsProps) {
  const errorId = `${useId()}-window-error`;
  const spoken = (label: string) => (spokenName ? `${spokenName}: ${label}` : undefined);
  return (
    <div className="time-window-fields">
      <div className="row time-window">
        <TimeField
          label={labels.start}
          value={value.start}
          onChange={(start) => onChange({ ...value, start })}
          ariaLabel={spoken(labels.start)}
          groupErrorId={error ? errorId : undefined}
          testId={`${testIdPrefix}-start`}
        />
        <TimeField
          label={labels.end}
          value={value.end}
          onChange={(end) => onChange({ ...value, end })}
          ariaLabel={spoken(labels.end)}
          groupErrorId={error ? errorId : undefined}
          testId={`${testIdPrefix}-end`}
        />
        {children}
      </div>
      {runsPastMidnight(value) && <span className="hint">{labels.pastMidnight}</span>}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
