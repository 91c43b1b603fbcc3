/**
 * What plays over the next 7 days, one row per day of the screen's calendar:
 * a bar for the eye, and the same segments as text for everyone.
 */
import { API_ROUTES, schedulePreviewResponseSchema } from '../../../main/core/api';
import { failureText } from '../api/failure';
import { useGet } from '../api/use-get';
import { useI18n } from '../i18n/I18nProvider';
import { previewDays } from '../preview-days';
import type { PlaylistDraft } from '../state/use-playlist-draft';
import { formatDayVn, formatTimeVn } from '../vn-date';

const PREVIEW_DAYS = 7;

/** The Schedule preview page. */
export function SchedulePreviewPage({ draft }: { draft: PlaylistDraft }) {
  const { t, language } = useI18n();
  const preview = useGet(`${API_ROUTES.schedulePreview}?days=${PREVIEW_DAYS}`, schedulePreviewResponseSchema);
  // Names from the saved playlist: the preview is computed from what is saved, not from the draft.
  const scheduled = draft.loaded?.playlist.playlists ?? [];
  const rotationName = (id: string | null) =>
    id === null ? t.preview.defaultList : (scheduled.find((p) => p.id === id)?.name ?? id);
  const rotationIndex = (id: string | null) => (id === null ? 0 : 1 + (scheduled.findIndex((p) => p.id === id) % 5));

  if (preview.error?.kind === 'not-available') {
    return (
      <>
        <h1 tabIndex={-1}>{t.preview.scheduleTitle}</h1>
        <p className="panel" data-testid="schedule-not-available">
          {t.preview.notAvailable}
        </p>
      </>
    );
  }
  const data = preview.data;
  const days = data ? previewDays(data.segments, data.timezone, PREVIEW_DAYS + 1) : [];
  const weekday = (ms: number) =>
    new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
      weekday: 'long',
      timeZone: data?.timezone,
    }).format(ms);

  return (
    <>
      <h1 tabIndex={-1}>{t.preview.scheduleTitle}</h1>
      {preview.error && <p className="field-error">{failureText(preview.error)}</p>}
      {!data && !preview.error && <p>{t.loading}</p>}
      {data && <p className="hint">{data.timezone}</p>}
      <ol className="timeline" data-testid="schedule-preview">
        {days.map((day) => (
          <li key={day.startMs} className="timeline-day">
            <h2>
              {weekday(day.startMs)} {formatDayVn(day.startMs, data?.timezone)}
            </h2>
            <div className="timeline-bar" aria-hidden="true">
              {day.pieces.map((piece) => (
                <span
                  key={piece.startMs}
                  className={`timeline-piece rotation-${rotationIndex(piece.rotationId)}${piece.announcementIds.length ? ' announced' : ''}`}
                  // Position on the day's bar is data, not animation.
                  style={{
                    left: `${piece.fromFraction * 100}%`,
                    width: `${(piece.toFraction - piece.fromFraction) * 100}%`,
                  }}
                  title={rotationName(piece.rotationId)}
                />
              ))}
            </div>
            <ul className="timeline-list">
              {day.pieces.map((piece) => (
                <li key={piece.startMs}>
                  {formatTimeVn(piece.startMs, data?.timezone)}–{formatTimeVn(piece.endMs, data?.timezone)} ·{' '}
                  <strong>{rotationName(piece.rotationId)}</strong> · {t.preview.items(piece.itemIds.length)}
                  {piece.itemIds.length > 0 && <span className="hint"> ({piece.itemIds.join(', ')})</span>}
                  {piece.announcementIds.length > 0 && <em> · {t.preview.withAnnouncement}</em>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
