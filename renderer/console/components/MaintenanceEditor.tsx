/** The daily refresh (settings `maintenance`): off, or the time of day it happens. */
import { DEFAULT_MAINTENANCE_SETTINGS, type MaintenanceSettings } from '../../../main/core/kiosk/maintenance-policy';
import { useI18n } from '../i18n/I18nProvider';
import type { ProblemLookup } from '../problem-fields';
import { TimeField } from './TimeField';

interface MaintenanceEditorProps {
  value: MaintenanceSettings;
  onChange: (value: MaintenanceSettings) => void;
  /** Problems inside `maintenance`. */
  problem: ProblemLookup;
}

/** The daily-refresh panel. */
export function MaintenanceEditor({ value, onChange, problem }: MaintenanceEditorProps) {
  const { t } = useI18n();
  const on = value.reloadAt !== null;
  return (
    <section className="panel" aria-labelledby="maintenance-title">
      <h2 id="maintenance-title">{t.screen.maintenanceTitle}</h2>
      <label className="switch">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => onChange({ reloadAt: e.target.checked ? DEFAULT_MAINTENANCE_SETTINGS.reloadAt : null })}
          data-testid="maintenance-enabled"
        />
        <span>{t.screen.maintenanceEnabled}</span>
      </label>
      {on && (
        <div className="row">
          <TimeField
            label={t.screen.maintenanceTime}
            value={value.reloadAt ?? ''}
            onChange={(reloadAt) => onChange({ reloadAt })}
            error={problem('reloadAt', true)}
            testId="maintenance-time"
          />
        </div>
      )}
      <p className="hint">{t.screen.maintenanceHelp}</p>
    </section>
  );
}
