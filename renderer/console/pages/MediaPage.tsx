/**
 * The media library: upload by dropping or picking a file (with progress, and
 * the server's refusal shown as it is worded), thumbnails with facts, delete
 * with confirmation, and "add to playlist" into the unsaved playlist.
 */
import { useState, type DragEvent } from 'react';
import { API_ROUTES, apiPath, MEDIA_MAX_BYTES, mediaListResponseSchema, type MediaEntry } from '../../../main/core/api';
import { useApi } from '../api/ApiContext';
import { failureText } from '../api/failure';
import { useGet } from '../api/use-get';
import { ConfirmButton } from '../components/ConfirmButton';
import { Thumbnail } from '../components/Thumbnail';
import { formatBytes } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { insertItem, itemFromMedia } from '../playlist-edit';
import type { PlaylistDraft } from '../state/use-playlist-draft';
import { formatInstantVn } from '../vn-date';

/** The Media library page. */
export function MediaPage({ draft }: { draft: PlaylistDraft }) {
  const api = useApi();
  const { t, language } = useI18n();
  const media = useGet(API_ROUTES.media, mediaListResponseSchema);
  const [progress, setProgress] = useState<{ name: string; pct: number } | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [over, setOver] = useState(false);

  async function upload(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      setProgress({ name: file.name, pct: 0 });
      const result = await api.upload(file, (f) => setProgress({ name: file.name, pct: Math.round(f * 100) }));
      setProgress(null);
      if (!result.ok) {
        setNote({ ok: false, text: `${file.name}: ${failureText(result.error)}` });
        break;
      }
      setNote({ ok: true, text: t.media.uploaded(file.name) });
      await media.reload();
    }
  }

  async function remove(entry: MediaEntry) {
    const result = await api.request('DELETE', apiPath('mediaItem', { name: entry.name }), null);
    if (!result.ok) setNote({ ok: false, text: failureText(result.error) });
    await media.reload();
  }

  function addToPlaylist(entry: MediaEntry) {
    draft.edit((p) => ({ ...p, items: insertItem(p.items, itemFromMedia(entry)) }));
    setNote({ ok: true, text: t.media.added(entry.originalName) });
  }

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void upload(event.dataTransfer.files);
  };

  return (
    <>
      <h1 tabIndex={-1}>{t.media.title}</h1>
      <div
        className={`drop-zone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <span>{t.media.drop}</span>{' '}
        <label className="button primary file-button">
          {t.media.pick}
          <input
            type="file"
            accept="image/*,video/mp4,video/webm"
            multiple
            className="visually-hidden"
            onChange={(e) => {
              void upload(e.target.files);
              e.target.value = '';
            }}
            data-testid="media-upload-input"
          />
        </label>
        <p className="hint">
          {t.media.limits(formatBytes(MEDIA_MAX_BYTES.image, language), formatBytes(MEDIA_MAX_BYTES.video, language))}
        </p>
        {progress && (
          <div role="status">
            <progress max={100} value={progress.pct} data-testid="media-upload-progress" />{' '}
            {t.media.uploading(progress.name, progress.pct)}
          </div>
        )}
        {note && (
          <p className={note.ok ? 'ok' : 'field-error'} role={note.ok ? 'status' : 'alert'} data-testid="media-note">
            {note.text}
          </p>
        )}
      </div>
      {media.error && <p className="field-error">{failureText(media.error)}</p>}
      {media.data?.length === 0 && <p className="empty">{t.media.empty}</p>}
      <ul className="media-grid">
        {media.data?.map((entry) => (
          <li key={entry.name} className="media-card" data-testid="media-item" data-media-name={entry.name}>
            <Thumbnail url={entry.kind === 'image' ? entry.url : null} label={entry.originalName} kind={entry.kind} />
            <div className="media-name">{entry.originalName}</div>
            <div className="hint">
              {formatBytes(entry.bytes, language)}
              {entry.width && entry.height ? ` · ${entry.width}×${entry.height}` : ''} ·{' '}
              {formatInstantVn(Date.parse(entry.uploadedAt))}
            </div>
            <div className="media-actions">
              <button
                type="button"
                className="button"
                onClick={() => addToPlaylist(entry)}
                data-testid="media-add-to-playlist"
              >
                + {t.media.addToPlaylist}
              </button>
              <ConfirmButton
                label={t.remove}
                ariaLabel={`${t.remove} ${entry.originalName}`}
                onConfirm={() => void remove(entry)}
                testId="media-delete"
              />
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
