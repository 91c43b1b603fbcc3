/**
 * Display hours (settings `displayPower`): the switch, the on-windows of each
 * weekday, a helper that copies Monday to every day, and the hours in plain
 * words so the operator can check them at a glance before saving.
 */
import type { DisplayPowerSettings } from '../../../main/core/kiosk/display-power-policy';
import { WEEKDAYS } from '../../../main/core/schedule/schedule-schema';
import {
  addWindow,
  copyMondayToAllDays,
  displayHoursSummary,
  removeWindow,
  setWindow,
  type WeekHours,
} from '../display-hours';
import { useI18n } from '../i18n/I18nProvider';
import type { ProblemLookup } from '../problem-fields';
import { DayHoursFields } from './DayHoursFields';
import { FieldError } from './FieldError';

interface DisplayHoursEditorProps {
  value: DisplayPowerSettings;
  onChange: (value: DisplayPowerSettings) => void;
  /** Problems inside `displayPower`. */
  problem: ProblemLookup;
}

/** The display-hours panel. */
export function DisplayHoursEditor({ value, onChange, problem }: DisplayHoursEditorProps) {
  const { t } = useI18n();
  const setWeek = (on: WeekHours) => onChange({ ...value, on });
  const summary = displayHoursSummary(value, t.screen);
  return (
    <section className="panel" aria-labelledby="display-hours-title">
      <h2 id="display-hours-title">{t.screen.hoursTitle}</h2>
      <label className="switch">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.target.checked })}
          data-testid="power-enabled"
        />
        <span>{t.screen.hoursEnabled}</span>
      </label>
      <p className="hint">{t.screen.hoursHelp}</p>
      <div className="power-summary" aria-live="polite">
        <h3>{t.screen.summary}</h3>
        <ul data-testid="power-summary">
          {summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <FieldError id="power-on-error" message={problem('on') ?? problem('')} />
      {value.enabled && (
        <>
          <button
            type="button"
            className="button"
            onClick={() => setWeek(copyMondayToAllDays(value.on))}
            data-testid="power-copy-monday"
          >
            {t.screen.copyMonday}
          </button>
          <div className="day-hours-list">
            {WEEKDAYS.map((day, index) => (
              <DayHoursFields
                key={day}
                day={day}
                dayName={t.screen.dayFullName(index)}
                windows={value.on[day]}
                onChange={(i, window) => setWeek(setWindow(value.on, day, i, window))}
                onAdd={() => setWeek(addWindow(value.on, day))}
                onRemove={(i) => setWeek(removeWindow(value.on, day, i))}
                problem={problem}
              />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
