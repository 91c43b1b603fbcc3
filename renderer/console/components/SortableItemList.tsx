/**
 * A list of item cards that can be reordered by dragging a card's handle
 * (mouse or finger), by the keyboard on the same handle, or with the ↑/↓
 * buttons. Every change goes back to the page as a whole new list.
 */
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { MediaEntry } from '../../../main/core/api';
import type { PlaylistItem } from '../../../main/core/playlist/schema';
import { useI18n } from '../i18n/I18nProvider';
import { itemName } from '../item-view';
import { moveItem, removeItem, replaceItem } from '../playlist-edit';
import { problemLookup, type PlacedProblems } from '../problem-fields';
import { ItemCard } from './ItemCard';

interface SortableItemListProps {
  /** `default` or `pl:<id>`: where the server's problems for these items are filed. */
  list: string;
  items: readonly PlaylistItem[];
  onChange: (items: PlaylistItem[]) => void;
  media: ReadonlyMap<string, MediaEntry>;
  problems: PlacedProblems;
  /** What an empty list says. */
  emptyText?: string;
}

/** The sortable list. */
export function SortableItemList({ list, items, onChange, media, problems, emptyText }: SortableItemListProps) {
  const { t } = useI18n();
  const sensors = useSensors(
    // A few pixels of movement before a drag starts, so a tap on the handle is not a drag.
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const indexOf = (id: string | number) => items.findIndex((item) => item.id === id);
  const nameOf = (id: string | number) => {
    const item = items[indexOf(id)];
    return item ? itemName(item, media) : String(id);
  };

  function dragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    onChange(moveItem(items, indexOf(active.id), indexOf(over.id)));
  }

  if (items.length === 0) return <p className="empty">{emptyText ?? t.playlist.noItemsInList}</p>;

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dragEnd}
      accessibility={{
        announcements: {
          onDragStart: ({ active }) => `${nameOf(active.id)}: ${indexOf(active.id) + 1}/${items.length}`,
          onDragOver: ({ active, over }) =>
            over ? `${nameOf(active.id)} → ${indexOf(over.id) + 1}/${items.length}` : undefined,
          onDragEnd: ({ active, over }) =>
            over ? `${nameOf(active.id)} → ${indexOf(over.id) + 1}/${items.length}` : undefined,
          onDragCancel: ({ active }) => `${nameOf(active.id)}: ${t.cancel}`,
        },
      }}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ol className="item-list">
          {items.map((item, index) => (
            <ItemCard
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              media={media}
              problem={problemLookup(problems, list, item.id)}
              onChange={(next) => onChange(replaceItem(items, item.id, next))}
              onRemove={() => onChange(removeItem(items, item.id))}
              onMove={(to) => onChange(moveItem(items, index, to))}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
