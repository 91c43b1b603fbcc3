/**
 * When an item or scheduled playlist plays: a date range, weekday toggles and
 * time windows. Empty parts are left out of the file, so "no limits" is the
 * same as no schedule.
 */
import { WEEKDAYS, type Schedule, type TimeWindow, type Weekday } from '../../../main/core/schedule/schedule-schema';
import { useI18n } from '../i18n/I18nProvider';
import { withField } from '../item-view';
import { DateField } from './DateField';

interface ScheduleEditorProps {
  value: Schedule | undefined;
  onChange: (schedule: Schedule | undefined) => void;
  /**
   * The problem of a field inside this schedule (`from`, `days`, '' for the
   * whole); with `nested`, also those under it (`times[0]` gathers `times[0].end`).
   */
  problem: (field: string, nested?: boolean) => string | undefined;
}

/** Drops the schedule entirely once nothing in it limits anything. */
function tidy(schedule: Schedule): Schedule | undefined {
  return Object.keys(schedule).length === 0 ? undefined : schedule;
}

/** The schedule form. */
export function ScheduleEditor({ value, onChange, problem }: ScheduleEditorProps) {
  const { t } = useI18n();
  const schedule: Schedule = value ?? {};
  const set = <K extends keyof Schedule>(key: K, next: Schedule[K] | undefined) =>
    onChange(tidy(withField(schedule, key, next)));

  const days = schedule.days ?? [];
  const toggleDay = (day: Weekday) => {
    // No days listed means every day: the first tap turns that one day off.
    const current: readonly Weekday[] = days.length === 0 ? WEEKDAYS : days;
    const next = current.includes(day) ? current.filter((d) => d !== day) : [...current, day];
    // Keep Monday-first order so the file reads like a calendar.
    const ordered = WEEKDAYS.filter((d) => next.includes(d));
    if (ordered.length === 0) return; // at least one day: "no day at all" is what the enabled switch is for
    set('days', ordered.length === WEEKDAYS.length ? undefined : ordered);
  };

  const times = schedule.times ?? [];
  const setWindow = (index: number, window: TimeWindow) =>
    set(
      'times',
      times.map((w, i) => (i === index ? window : w)),
    );
  const removeWindow = (index: number) => {
    const next = times.filter((_, i) => i !== index);
    set('times', next.length ? next : undefined);
  };

  return (
    <fieldset className="schedule-editor">
      <legend>{t.item.schedule}</legend>
      <div className="row">
        <DateField
          label={t.schedule.fromLabel}
          value={schedule.from}
          onChange={(v) => set('from', v)}
          error={problem('from')}
        />
        <DateField
          label={t.schedule.untilLabel}
          value={schedule.until}
          onChange={(v) => set('until', v)}
          error={problem('until')}
        />
      </div>
      <div className="field">
        <span>{t.schedule.days}</span>
        <div className="day-toggles" role="group" aria-label={t.schedule.days}>
          {WEEKDAYS.map((day, index) => (
            <button
              key={day}
              type="button"
              className="toggle"
              aria-pressed={days.length === 0 || days.includes(day)}
              aria-label={t.schedule.dayName(index)}
              onClick={() => toggleDay(day)}
            >
              {t.schedule.dayShort(index)}
            </button>
          ))}
        </div>
        {days.length === 0 && <span className="hint">{t.schedule.everyDay}</span>}
        {problem('days') && <span className="field-error">{problem('days')}</span>}
      </div>
      <div className="field">
        <span>{t.schedule.times}</span>
        {times.length === 0 && <span className="hint">{t.schedule.allDay}</span>}
        {times.map((window, index) => (
          <div className="row time-window" key={index}>
            <label className="field">
              <span>{t.schedule.start}</span>
              <input
                type="time"
                value={window.start}
                onChange={(e) => setWindow(index, { ...window, start: e.target.value })}
              />
            </label>
            <label className="field">
              <span>{t.schedule.end}</span>
              <input
                type="time"
                value={window.end}
                onChange={(e) => setWindow(index, { ...window, end: e.target.value })}
              />
            </label>
            {window.end < window.start && <span className="hint">{t.schedule.pastMidnight}</span>}
            <button type="button" className="button" onClick={() => removeWindow(index)}>
              {t.remove}
            </button>
            {problem(`times[${index}]`, true) && (
              <span className="field-error">{problem(`times[${index}]`, true)}</span>
            )}
          </div>
        ))}
        {problem('times') && <span className="field-error">{problem('times')}</span>}
        <button
          type="button"
          className="button"
          onClick={() => set('times', [...times, { start: '07:00', end: '11:30' }])}
        >
          {t.schedule.addWindow}
        </button>
      </div>
      {value && (
        <button type="button" className="button" onClick={() => onChange(undefined)}>
          {t.schedule.clear}
        </button>
      )}
      {problem('') && <span className="field-error">{problem('')}</span>}
    </fieldset>
  );
}
