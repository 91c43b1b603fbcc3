/**
 * Scheduled playlists: each a name, a priority, a schedule and its own items,
 * edited with the same cards as the default list.
 */
import type { MediaEntry } from '../../../main/core/api';
import type { ScheduledPlaylist } from '../../../main/core/playlist/schema';
import { useI18n } from '../i18n/I18nProvider';
import { withField } from '../item-view';
import { insertItem, removeItem, replaceItem, uniqueId } from '../playlist-edit';
import { problemLookup, type PlacedProblems } from '../problem-fields';
import { scheduleSummary } from '../schedule-summary';
import { AddItemPanel } from './AddItemPanel';
import { ConfirmButton } from './ConfirmButton';
import { NumberField } from './NumberField';
import { ScheduleEditor } from './ScheduleEditor';
import { SortableItemList } from './SortableItemList';

interface ScheduledPlaylistsProps {
  playlists: readonly ScheduledPlaylist[];
  onChange: (playlists: ScheduledPlaylist[] | undefined) => void;
  media: readonly MediaEntry[];
  mediaByName: ReadonlyMap<string, MediaEntry>;
  problems: PlacedProblems;
}

/** The section of scheduled playlists. */
export function ScheduledPlaylists({ playlists, onChange, media, mediaByName, problems }: ScheduledPlaylistsProps) {
  const { t } = useI18n();
  const update = (id: string, next: ScheduledPlaylist) => onChange(replaceItem(playlists, id, next));
  const remove = (id: string) => {
    const next = removeItem(playlists, id);
    onChange(next.length ? next : undefined);
  };
  const add = () => {
    const id = uniqueId(
      'lich-rieng',
      playlists.map((p) => p.id),
    );
    // Weekday mornings as a start: an empty schedule would take over the screen at all hours.
    onChange([
      ...playlists,
      {
        id,
        name: id,
        priority: 10,
        schedule: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: [{ start: '07:00', end: '11:30' }] },
        items: [],
      },
    ]);
  };

  return (
    <section className="panel" aria-labelledby="scheduled-heading">
      <h2 id="scheduled-heading">{t.playlist.scheduled}</h2>
      <p className="hint">{t.playlist.scheduledHelp}</p>
      {playlists.map((playlist) => {
        const list = `pl:${playlist.id}`;
        const problem = problemLookup(problems, list, null);
        return (
          <article
            key={playlist.id}
            className="scheduled"
            data-testid="scheduled-playlist"
            data-playlist-id={playlist.id}
          >
            <h3>
              {playlist.name || playlist.id} · {scheduleSummary(playlist.schedule, t.schedule)}
            </h3>
            <div className="row">
              <label className="field">
                <span>{t.playlist.scheduledName}</span>
                <input
                  type="text"
                  value={playlist.name ?? ''}
                  onChange={(e) => update(playlist.id, withField(playlist, 'name', e.target.value || undefined))}
                />
              </label>
              <NumberField
                label={t.playlist.priority}
                integer
                value={playlist.priority}
                onChange={(priority) => update(playlist.id, { ...playlist, priority: priority ?? Number.NaN })}
                error={problem('priority')}
              />
            </div>
            <ScheduleEditor
              value={playlist.schedule}
              onChange={(schedule) => update(playlist.id, { ...playlist, schedule: schedule ?? {} })}
              problem={(field, nested) => problem(field ? `schedule.${field}` : 'schedule', nested)}
            />
            <SortableItemList
              list={list}
              items={playlist.items}
              onChange={(items) => update(playlist.id, { ...playlist, items })}
              media={mediaByName}
              problems={problems}
            />
            <AddItemPanel
              media={media}
              onAdd={(item) => update(playlist.id, { ...playlist, items: insertItem(playlist.items, item) })}
            />
            <ConfirmButton
              label={t.remove}
              ariaLabel={`${t.remove} ${playlist.name ?? playlist.id}`}
              onConfirm={() => remove(playlist.id)}
            />
          </article>
        );
      })}
      <button type="button" className="button" onClick={add} data-testid="add-scheduled-playlist">
        + {t.playlist.addScheduled}
      </button>
    </section>
  );
}
