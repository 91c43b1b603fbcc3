/** The default playlist as cards, the scheduled playlists below it, and the save bar. */
import { useMemo } from 'react';
import { API_ROUTES, mediaListResponseSchema, type MediaEntry } from '../../../main/core/api';
import { failureText } from '../api/failure';
import { useGet } from '../api/use-get';
import { AddItemPanel } from '../components/AddItemPanel';
import { SaveBar } from '../components/SaveBar';
import { ScheduledPlaylists } from '../components/ScheduledPlaylists';
import { SortableItemList } from '../components/SortableItemList';
import { useI18n } from '../i18n/I18nProvider';
import { withField } from '../item-view';
import { insertItem } from '../playlist-edit';
import type { PlaylistDraft } from '../state/use-playlist-draft';

/** The Playlist page. */
export function PlaylistPage({ draft }: { draft: PlaylistDraft }) {
  const { t } = useI18n();
  const media = useGet(API_ROUTES.media, mediaListResponseSchema);
  const mediaList = useMemo(() => media.data ?? [], [media.data]);
  const mediaByName = useMemo(() => new Map<string, MediaEntry>(mediaList.map((m) => [m.name, m])), [mediaList]);
  const playlist = draft.draft;

  return (
    <>
      <h1 tabIndex={-1}>{t.playlist.title}</h1>
      {draft.loadError && (
        <p className="field-error" role="alert">
          {failureText(draft.loadError)}{' '}
          <button type="button" className="button" onClick={() => void draft.reload()}>
            {t.retry}
          </button>
        </p>
      )}
      {!playlist && !draft.loadError && <p>{t.loading}</p>}
      {draft.loaded?.problem && (
        <p className="warning" role="status">
          {t.playlist.fileProblem} {draft.loaded.problem}
        </p>
      )}
      {playlist && (
        <>
          <section className="panel" aria-labelledby="default-heading">
            <h2 id="default-heading">{t.playlist.defaultList}</h2>
            <SortableItemList
              list="default"
              items={playlist.items}
              onChange={(items) => draft.edit((p) => ({ ...p, items }))}
              media={mediaByName}
              problems={draft.problems}
              emptyText={t.playlist.empty}
            />
            <AddItemPanel
              media={mediaList}
              onAdd={(item) => draft.edit((p) => ({ ...p, items: insertItem(p.items, item) }))}
            />
          </section>
          <ScheduledPlaylists
            playlists={playlist.playlists ?? []}
            onChange={(playlists) => draft.edit((p) => withField(p, 'playlists', playlists))}
            media={mediaList}
            mediaByName={mediaByName}
            problems={draft.problems}
          />
          <SaveBar draft={draft} />
        </>
      )}
    </>
  );
}
