/**
 * "Refresh the screens": every screen reloads its page at its next slide
 * change, unseen by the hall (a screen that looks wrong, or after a fix on the
 * host). Answered with how many screens were told.
 */
import { useState } from 'react';
import { API_ROUTES, screensReloadResponseSchema } from '../../../main/core/api';
import { useApi } from '../api/ApiContext';
import { failureText } from '../api/failure';
import { useI18n } from '../i18n/I18nProvider';

/** The panel on the Status page. */
export function RefreshScreensPanel() {
  const api = useApi();
  const { t } = useI18n();
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function refresh() {
    setBusy(true);
    const result = await api.request('POST', API_ROUTES.screensReload, screensReloadResponseSchema, {});
    setBusy(false);
    setNote(
      result.ok
        ? { ok: true, text: t.status.refreshDone(result.value.screens) }
        : { ok: false, text: failureText(result.error) },
    );
  }

  return (
    <section className="panel" aria-labelledby="refresh-screens-title">
      <h2 id="refresh-screens-title">{t.status.refreshTitle}</h2>
      <p className="hint">{t.status.refreshHelp}</p>
      <button
        type="button"
        className="button"
        onClick={() => void refresh()}
        disabled={busy}
        data-testid="refresh-screens"
      >
        {t.status.refreshButton}
      </button>
      {note && (
        <p className={note.ok ? 'ok' : 'field-error'} role="status" data-testid="refresh-screens-note">
          {note.text}
        </p>
      )}
    </section>
  );
}
