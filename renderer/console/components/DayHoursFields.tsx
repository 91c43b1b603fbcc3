/** One weekday of the display hours: its on-windows, each removable, and a button to add one. */
import type { TimeWindow, Weekday } from '../../../main/core/schedule/schedule-schema';
import { useI18n } from '../i18n/I18nProvider';
import type { ProblemLookup } from '../problem-fields';
import { FieldError } from './FieldError';
import { TimeWindowFields } from './TimeWindowFields';

interface DayHoursFieldsProps {
  day: Weekday;
  /** The day's name, written out ("Thứ Hai"). */
  dayName: string;
  windows: readonly TimeWindow[];
  onChange: (index: number, window: TimeWindow) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** Problems inside `displayPower` (`on.mon[0]`, `on.mon`). */
  problem: ProblemLookup;
}

/** The windows of one day. */
export function DayHoursFields({ day, dayName, windows, onChange, onAdd, onRemove, problem }: DayHoursFieldsProps) {
  const { t } = useI18n();
  return (
    <fieldset className="day-hours" data-testid={`power-day-${day}`}>
      <legend>{dayName}</legend>
      {windows.length === 0 && <p className="hint">{t.screen.noWindows}</p>}
      {windows.map((window, index) => (
        <TimeWindowFields
          key={index}
          value={window}
          onChange={(next) => onChange(index, next)}
          labels={{ start: t.screen.start, end: t.screen.end, pastMidnight: t.screen.pastMidnight }}
          spokenName={t.screen.windowLabel(dayName, index + 1)}
          error={problem(`on.${day}[${index}]`, true)}
          testIdPrefix={`power-${day}-${index}`}
        >
          <button
            type="button"
            className="button"
            onClick={() => onRemove(index)}
            aria-label={t.screen.removeWindow(dayName, index + 1)}
            data-testid={`power-${day}-${index}-remove`}
          >
            {t.remove}
          </button>
        </TimeWindowFields>
      ))}
      <FieldError id={`power-${day}-error`} message={problem(`on.${day}`)} />
      <button type="button" className="button" onClick={onAdd} data-testid={`power-${day}-add`}>
        + {t.screen.addWindow}
      </button>
    </fieldset>
  );
}
