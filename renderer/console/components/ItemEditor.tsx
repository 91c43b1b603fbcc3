/** The less common settings of one item, opened from its card: transition, fit, type-specific fields, schedule. */
import { useId } from 'react';
import { NEWS_COUNT_MAX, type PlaylistItem } from '../../../main/core/playlist/schema';
import { IMAGE_FITS, TRANSITION_KINDS } from '../../../main/core/player-state';
import { useI18n } from '../i18n/I18nProvider';
import { withField } from '../item-view';
import type { ProblemLookup } from '../problem-fields';
import { FieldError } from './FieldError';
import { NumberField } from './NumberField';
import { ScheduleEditor } from './ScheduleEditor';

interface ItemEditorProps {
  item: PlaylistItem;
  onChange: (item: PlaylistItem) => void;
  problem: ProblemLookup;
}

/** A labelled text input or textarea bound to one string field. */
function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  multiline?: boolean;
  type?: string;
}) {
  const id = useId();
  const common = {
    value: props.value,
    'aria-invalid': Boolean(props.error),
    'aria-describedby': props.error ? `${id}-error` : undefined,
  };
  return (
    <label className="field">
      <span>{props.label}</span>
      {props.multiline ? (
        <textarea rows={4} {...common} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input type={props.type ?? 'text'} {...common} onChange={(e) => props.onChange(e.target.value)} />
      )}
      <FieldError id={`${id}-error`} message={props.error} />
    </label>
  );
}

/** The item's detail form. */
export function ItemEditor({ item, onChange, problem }: ItemEditorProps) {
  const { t } = useI18n();
  const transitionId = useId();
  const fitId = useId();
  return (
    <div className="item-editor">
      <div className="row">
        <label className="field">
          <span>{t.item.transition}</span>
          <select
            id={transitionId}
            value={item.transition ?? ''}
            onChange={(e) =>
              onChange(withField(item, 'transition', (e.target.value || undefined) as PlaylistItem['transition']))
            }
          >
            <option value="">{t.item.transitions.default}</option>
            {TRANSITION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.item.transitions[kind]}
              </option>
            ))}
          </select>
        </label>
        {(item.type === 'image' || item.type === 'video') && (
          <label className="field">
            <span>{t.item.fit}</span>
            <select
              id={fitId}
              value={item.fit ?? 'auto'}
              onChange={(e) =>
                onChange(
                  withField(
                    item,
                    'fit',
                    e.target.value === 'auto' ? undefined : (e.target.value as 'cover' | 'contain'),
                  ),
                )
              }
            >
              {IMAGE_FITS.map((fit) => (
                <option key={fit} value={fit}>
                  {t.item.fits[fit]}
                </option>
              ))}
            </select>
          </label>
        )}
        {item.type === 'video' && (
          <label className="field check">
            <input
              type="checkbox"
              checked={item.muted ?? true}
              onChange={(e) => onChange(withField(item, 'muted', e.target.checked ? undefined : false))}
            />
            <span>{t.item.muted}</span>
          </label>
        )}
        {item.type === 'news' && (
          <NumberField
            label={`${t.item.count} (1–${NEWS_COUNT_MAX})`}
            integer
            value={item.count ?? 3}
            onChange={(count) => onChange(withField(item, 'count', count))}
            error={problem('count')}
          />
        )}
      </div>
      {(item.type === 'countdown' || item.type === 'text') && (
        <TextField
          label={t.item.title}
          value={item.title}
          onChange={(title) => onChange({ ...item, title })}
          error={problem('title')}
        />
      )}
      {item.type === 'countdown' && (
        <>
          <TextField
            label={t.item.targetAt}
            type="datetime-local"
            value={item.targetAt}
            onChange={(targetAt) => onChange({ ...item, targetAt })}
            error={problem('targetAt')}
          />
          <TextField
            label={t.item.doneText}
            value={item.doneText ?? ''}
            onChange={(text) => onChange(withField(item, 'doneText', text || undefined))}
            error={problem('doneText')}
          />
        </>
      )}
      {item.type === 'text' && (
        <TextField
          label={t.item.body}
          multiline
          value={item.body ?? ''}
          onChange={(body) => onChange(withField(item, 'body', body || undefined))}
          error={problem('body')}
        />
      )}
      <ScheduleEditor
        value={item.schedule}
        onChange={(schedule) => onChange(withField(item, 'schedule', schedule))}
        problem={(field, nested) => problem(field ? `schedule.${field}` : 'schedule', nested)}
      />
    </div>
  );
}
