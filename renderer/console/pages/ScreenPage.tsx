/**
 * The kiosk's own settings, so nobody has to edit settings.json (issue 5):
 * display hours, the daily refresh and software updates. One save sends the
 * three with PATCH /api/settings; the server's problems land on the fields
 * they name, and nothing is stored until all of them are right.
 */
import { useState } from 'react';
import { API_ROUTES, settingsResponseSchema } from '../../../main/core/api';
import type { Settings } from '../../../main/core/settings';
import { useApi } from '../api/ApiContext';
import { failureText } from '../api/failure';
import { useGet } from '../api/use-get';
import { DisplayHoursEditor } from '../components/DisplayHoursEditor';
import { MaintenanceEditor } from '../components/MaintenanceEditor';
import { UpdateSettingsEditor } from '../components/UpdateSettingsEditor';
import { useI18n } from '../i18n/I18nProvider';
import {
  NO_PROBLEMS,
  placeSettingsProblems,
  problemLookup,
  SETTINGS_LIST,
  type PlacedProblems,
} from '../problem-fields';

/** The settings this page edits; the rest (feed, time zone, …) belong to other pages and are never sent from here. */
const SECTIONS = ['displayPower', 'maintenance', 'updates'] as const;
type ScreenSettings = Pick<Settings, (typeof SECTIONS)[number]>;

function screenPart(settings: Settings): ScreenSettings {
  return { displayPower: settings.displayPower, maintenance: settings.maintenance, updates: settings.updates };
}

/** The Screen page. */
export function ScreenPage() {
  const api = useApi();
  const { t } = useI18n();
  const settings = useGet(API_ROUTES.settings, settingsResponseSchema);
  const [edited, setEdited] = useState<ScreenSettings | null>(null);
  const [placed, setPlaced] = useState<PlacedProblems>(NO_PROBLEMS);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const saved = settings.data ? screenPart(settings.data) : null;
  const current = edited ?? saved;
  if (!current) return <p>{settings.error ? failureText(settings.error) : t.loading}</p>;
  const dirty = edited !== null && JSON.stringify(edited) !== JSON.stringify(saved);
  const set = <K extends keyof ScreenSettings>(key: K, value: ScreenSettings[K]) => {
    setEdited({ ...current, [key]: value });
    setNote(null);
  };
  const problemsOf = (section: keyof ScreenSettings) => problemLookup(placed, SETTINGS_LIST, null, section);

  async function save() {
    if (!current) return;
    setSaving(true);
    const result = await api.request('PATCH', API_ROUTES.settings, settingsResponseSchema, current);
    setSaving(false);
    if (result.ok) {
      settings.setData(result.value);
      setEdited(null);
      setPlaced(NO_PROBLEMS);
      return setNote({ ok: true, text: t.screen.saved });
    }
    const failure = result.error;
    setPlaced(failure.kind === 'invalid' ? placeSettingsProblems(failure.problems, SECTIONS) : NO_PROBLEMS);
    // A refusal that names fields is shown on them; anything else (a disk error) is the whole message.
    const named = failure.kind === 'invalid' && failure.problems.length > 0;
    setNote({ ok: false, text: named ? t.playlist.invalid : failureText(failure) });
  }

  return (
    <>
      <h1 tabIndex={-1}>{t.screen.title}</h1>
      <DisplayHoursEditor
        value={current.displayPower}
        onChange={(v) => set('displayPower', v)}
        problem={problemsOf('displayPower')}
      />
      <MaintenanceEditor
        value={current.maintenance}
        onChange={(v) => set('maintenance', v)}
        problem={problemsOf('maintenance')}
      />
      <UpdateSettingsEditor
        value={current.updates}
        onChange={(v) => set('updates', v)}
        problem={problemsOf('updates')}
      />
      <div className={`save-bar${dirty ? ' dirty' : ''}`}>
        <div className="save-status" role="status" aria-live="polite" data-testid="screen-note">
          {dirty && <strong>● {t.playlist.unsaved}</strong>}
          {note && <span className={note.ok ? 'ok' : 'field-error'}>{note.text}</span>}
          {placed.unplaced.map((p, i) => (
            <span key={i} className="field-error">
              {p.field ? `${p.field}: ` : ''}
              {p.message}
            </span>
          ))}
        </div>
        <div className="save-actions">
          <button
            type="button"
            className="button"
            disabled={!dirty}
            onClick={() => {
              setEdited(null);
              setPlaced(NO_PROBLEMS);
              setNote(null);
            }}
            data-testid="screen-discard"
          >
            {t.playlist.discard}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!dirty || saving}
            onClick={() => void save()}
            data-testid="screen-save"
          >
            {saving ? t.saving : t.save}
          </button>
        </div>
      </div>
    </>
  );
}
