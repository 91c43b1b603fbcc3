/** Adds an item to a list: a library file, featured news, a countdown or a text card. */
import { useState } from 'react';
import type { MediaEntry } from '../../../main/core/api';
import type { PlaylistItem } from '../../../main/core/playlist/schema';
import { useI18n } from '../i18n/I18nProvider';
import { itemFromMedia, newItem, type NewItemKind } from '../playlist-edit';
import { toLocalInputValue } from '../vn-date';
import { Thumbnail } from './Thumbnail';

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** The add buttons, and the library picker when it is open. */
export function AddItemPanel({ media, onAdd }: { media: readonly MediaEntry[]; onAdd: (item: PlaylistItem) => void }) {
  const { t } = useI18n();
  const [picking, setPicking] = useState(false);
  const add = (kind: NewItemKind) =>
    // A countdown starts a week ahead at 08:00; the operator sets the real moment next.
    onAdd(
      newItem(kind, { title: t.playlist.newTitle }, `${toLocalInputValue(Date.now() + WEEK_MS).slice(0, 10)}T08:00`),
    );

  return (
    <div className="add-panel">
      <span className="add-label">{t.playlist.add}:</span>
      <button
        type="button"
        className="button"
        aria-expanded={picking}
        onClick={() => setPicking(!picking)}
        data-testid="add-from-library"
      >
        {t.playlist.addFromLibrary}
      </button>
      <button type="button" className="button" onClick={() => add('news')} data-testid="add-news">
        {t.playlist.addNews}
      </button>
      <button type="button" className="button" onClick={() => add('countdown')} data-testid="add-countdown">
        {t.playlist.addCountdown}
      </button>
      <button type="button" className="button" onClick={() => add('text')} data-testid="add-text">
        {t.playlist.addText}
      </button>
      {picking && (
        <div className="media-picker" role="group" aria-label={t.media.pickTitle}>
          {media.length === 0 && <p className="empty">{t.media.empty}</p>}
          {media.map((entry) => (
            <button
              key={entry.name}
              type="button"
              className="picker-choice"
              onClick={() => {
                onAdd(itemFromMedia(entry));
                setPicking(false);
              }}
              data-testid="media-pick"
              data-media-name={entry.name}
            >
              <Thumbnail url={entry.kind === 'image' ? entry.url : null} label={entry.originalName} kind={entry.kind} />
              <span>{entry.originalName}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
