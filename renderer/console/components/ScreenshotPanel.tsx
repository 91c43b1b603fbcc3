/**
 * "What is on the screen right now?": a button that fetches
 * GET /api/screenshot.png into a picture. A host that cannot take one (the
 * plain browser host answers 503 `{ error }`) gets its sentence shown as a
 * calm note, never a broken-image icon.
 */
import { useEffect, useState } from 'react';
import { API_ROUTES } from '../../../main/core/api';
import { useApi } from '../api/ApiContext';
import { failureText } from '../api/failure';
import { useI18n } from '../i18n/I18nProvider';
import { formatTimeVn } from '../vn-date';

type Shot =
  | { state: 'none' }
  | { state: 'loading' }
  | { state: 'shown'; url: string; takenAtMs: number }
  | { state: 'unavailable'; message: string };

/** The screenshot panel; `timeZone` is the screen's, for the time it was taken. */
export function ScreenshotPanel({ timeZone }: { timeZone: string }) {
  const api = useApi();
  const { t } = useI18n();
  const [shot, setShot] = useState<Shot>({ state: 'none' });

  // The picture lives in an object URL; it is let go when replaced or when the page closes.
  const shownUrl = shot.state === 'shown' ? shot.url : null;
  useEffect(() => (shownUrl ? () => URL.revokeObjectURL(shownUrl) : undefined), [shownUrl]);

  async function take() {
    setShot({ state: 'loading' });
    const result = await api.getBlob(API_ROUTES.screenshot);
    setShot(
      result.ok
        ? { state: 'shown', url: URL.createObjectURL(result.value), takenAtMs: Date.now() }
        : { state: 'unavailable', message: failureText(result.error) },
    );
  }

  return (
    <section className="panel" aria-labelledby="screenshot-title">
      <h2 id="screenshot-title">{t.status.screenshotTitle}</h2>
      <button
        type="button"
        className="button"
        onClick={() => void take()}
        disabled={shot.state === 'loading'}
        data-testid="screenshot-button"
      >
        {shot.state === 'loading' ? t.status.screenshotLoading : t.status.screenshot}
      </button>
      {shot.state === 'unavailable' && (
        <p className="warning" role="status" data-testid="screenshot-unavailable">
          {t.status.screenshotUnavailable} {shot.message}
        </p>
      )}
      {shot.state === 'shown' && (
        <figure className="screenshot">
          <img src={shot.url} alt={t.status.screenshotAlt} data-testid="screenshot-image" />
          <figcaption className="hint">{t.status.screenshotTakenAt(formatTimeVn(shot.takenAtMs, timeZone))}</figcaption>
        </figure>
      )}
    </section>
  );
}
