/**
 * One playlist item as a card: drag handle (also the keyboard handle: Space
 * to lift, arrows to move, Space to drop), picture, name, schedule line, the
 * duration and the on/off switch always in reach; the rest behind "Sửa".
 */
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useState } from 'react';
import type { MediaEntry } from '../../../main/core/api';
import type { PlaylistItem } from '../../../main/core/playlist/schema';
import { useI18n } from '../i18n/I18nProvider';
import { itemName, thumbnailUrl, withField } from '../item-view';
import type { ProblemLookup } from '../problem-fields';
import { scheduleSummary } from '../schedule-summary';
import { ConfirmButton } from './ConfirmButton';
import { ItemEditor } from './ItemEditor';
import { NumberField } from './NumberField';
import { Thumbnail } from './Thumbnail';

/** What a card needs from its list. */
export interface ItemCardProps {
  item: PlaylistItem;
  index: number;
  count: number;
  media: ReadonlyMap<string, MediaEntry>;
  problem: ProblemLookup;
  onChange: (item: PlaylistItem) => void;
  onRemove: () => void;
  onMove: (to: number) => void;
}

/** The card. */
export function ItemCard({ item, index, count, media, problem, onChange, onRemove, onMove }: ItemCardProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const editorId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
  });
  const name = itemName(item, media);
  const enabled = item.enabled !== false;
  // The duration's own problem shows at its input; the rest are listed on the card so none hides in a closed editor.
  const otherProblems = (problem('', true) ?? '')
    .split('; ')
    .filter((line) => line && !line.startsWith('durationS'))
    .join('; ');
  const durationProblem = problem('durationS');

  return (
    <li
      ref={setNodeRef}
      // Only transform and opacity move, so dragging stays on the compositor.
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={`item-card${isDragging ? ' dragging' : ''}${enabled ? '' : ' off'}${otherProblems ? ' has-problem' : ''}`}
      data-testid="playlist-item"
      data-item-id={item.id}
    >
      <div className="item-row">
        <button
          type="button"
          className="drag-handle"
          ref={setActivatorNodeRef}
          {...attributes}
          {...listeners}
          aria-label={t.playlist.dragHandle(name)}
          data-testid="item-drag-handle"
        >
          ⠿
        </button>
        <Thumbnail url={thumbnailUrl(item, media)} label={name} kind={item.type} />
        <div className="item-main">
          <div className="item-name">
            <span className="badge">{t.item.types[item.type]}</span> {name}
          </div>
          <div className="item-facts">
            {index + 1}/{count} · {item.transition ? t.item.transitions[item.transition] : t.item.transitions.default} ·{' '}
            {scheduleSummary(item.schedule, t.schedule)}
          </div>
        </div>
        <NumberField
          className="duration"
          label={item.type === 'video' ? t.item.durationVideo : t.item.duration}
          value={item.durationS}
          onChange={(durationS) => onChange(withField(item, 'durationS', durationS) as PlaylistItem)}
          error={durationProblem}
          testId="item-duration"
        />
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            checked={enabled}
            onChange={(e) => onChange(withField(item, 'enabled', e.target.checked ? undefined : false))}
            data-testid="item-enabled"
          />
          <span>{enabled ? t.item.enabled : t.item.disabled}</span>
        </label>
      </div>
      <div className="item-actions">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={editorId}
          onClick={() => setOpen(!open)}
        >
          {open ? t.item.done : t.item.edit}
        </button>
        <button type="button" className="button" disabled={index === 0} onClick={() => onMove(index - 1)}>
          ↑ {t.playlist.moveUp}
        </button>
        <button type="button" className="button" disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          ↓ {t.playlist.moveDown}
        </button>
        <ConfirmButton label={t.remove} ariaLabel={`${t.remove} ${name}`} onConfirm={onRemove} testId="item-remove" />
      </div>
      {otherProblems && !open && (
        <p className="field-error" role="alert">
          {otherProblems}
        </p>
      )}
      <div id={editorId} hidden={!open}>
        {open && <ItemEditor item={item} onChange={onChange} problem={problem} />}
      </div>
    </li>
  );
}
