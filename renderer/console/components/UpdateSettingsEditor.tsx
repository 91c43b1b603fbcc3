/**
 * Automatic updates of the player (settings `updates`): the server address
 * (empty: no updates), how often to ask it, when a restart into a new version
 * is allowed, and an optional channel.
 */
import { useId } from 'react';
import type { UpdateSettings } from '../../../main/core/update/update-settings';
import { useI18n } from '../i18n/I18nProvider';
import { withField } from '../item-view';
import type { ProblemLookup } from '../problem-fields';
import { FieldError } from './FieldError';
import { NumberField } from './NumberField';
import { TimeWindowFields } from './TimeWindowFields';

interface UpdateSettingsEditorProps {
  value: UpdateSettings;
  onChange: (value: UpdateSettings) => void;
  /** Problems inside `updates`. */
  problem: ProblemLookup;
}

/** The software-updates panel. */
export function UpdateSettingsEditor({ value, onChange, problem }: UpdateSettingsEditorProps) {
  const { t } = useI18n();
  const id = useId();
  const urlProblem = problem('feedUrl');
  const channelProblem = problem('channel');
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.screen.updatesTitle}</h2>
      <label className="field">
        <span>{t.screen.updatesUrl}</span>
        <input
          type="url"
          inputMode="url"
          placeholder="https://…"
          value={value.feedUrl ?? ''}
          // Trimmed by the server too; an empty box means no update server, which is null in the file.
          onChange={(e) => onChange({ ...value, feedUrl: e.target.value.trim() === '' ? null : e.target.value })}
          aria-invalid={Boolean(urlProblem)}
          aria-describedby={urlProblem ? `${id}-url-error` : `${id}-url-help`}
          data-testid="updates-url"
        />
        <span className="hint" id={`${id}-url-help`}>
          {t.screen.updatesUrlHelp}
        </span>
        <FieldError id={`${id}-url-error`} message={urlProblem} />
      </label>
      <div className="grid-2">
        <NumberField
          label={t.screen.updatesEvery}
          value={value.checkEveryHours}
          onChange={(hours) => onChange({ ...value, checkEveryHours: hours ?? Number.NaN })}
          error={problem('checkEveryHours')}
          integer
          testId="updates-hours"
        />
        <label className="field">
          <span>{t.screen.channel}</span>
          <input
            type="text"
            autoCapitalize="none"
            spellCheck={false}
            value={value.channel ?? ''}
            onChange={(e) => onChange(withField(value, 'channel', e.target.value.trim() || undefined))}
            aria-invalid={Boolean(channelProblem)}
            aria-describedby={channelProblem ? `${id}-channel-error` : `${id}-channel-help`}
            data-testid="updates-channel"
          />
          <span className="hint" id={`${id}-channel-help`}>
            {t.screen.channelHelp}
          </span>
          <FieldError id={`${id}-channel-error`} message={channelProblem} />
        </label>
      </div>
      <fieldset className="field">
        <legend>{t.screen.installWindow}</legend>
        <TimeWindowFields
          value={value.installWindow}
          onChange={(installWindow) => onChange({ ...value, installWindow })}
          labels={{ start: t.screen.installStart, end: t.screen.installEnd, pastMidnight: t.screen.pastMidnight }}
          error={problem('installWindow', true)}
          testIdPrefix="updates-window"
        />
      </fieldset>
      <FieldError id={`${id}-error`} message={problem('')} />
    </section>
  );
}
