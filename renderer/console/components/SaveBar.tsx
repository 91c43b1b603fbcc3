/**
 * The bar that says whether the playlist has unsaved changes and holds save,
 * discard and undo. It sticks to the bottom of the page so "save" is always
 * in reach on a tablet.
 */
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { PlaylistDraft } from '../state/use-playlist-draft';

/** The save bar of a page that edits the playlist document. */
export function SaveBar({ draft }: { draft: PlaylistDraft }) {
  const { t } = useI18n();
  const [confirmUndo, setConfirmUndo] = useState(false);
  const { outcome } = draft;
  const message =
    outcome?.kind === 'saved'
      ? t.playlist.saved
      : outcome?.kind === 'undone'
        ? t.playlist.undone
        : outcome?.kind === 'invalid'
          ? t.playlist.invalid
          : outcome?.kind === 'failed'
            ? outcome.message
            : null;
  const bad = outcome?.kind === 'invalid' || outcome?.kind === 'failed';

  return (
    <div className={`save-bar${draft.dirty ? ' dirty' : ''}`} data-testid="save-bar">
      <div className="save-status" role="status" aria-live="polite">
        {draft.dirty && <strong data-testid="unsaved-marker">● {t.playlist.unsaved}</strong>}
        {message && <span className={bad ? 'field-error' : 'ok'}>{message}</span>}
        {draft.problems.unplaced.map((p, i) => (
          <span key={i} className="field-error">
            {p.field ? `${p.field}: ` : ''}
            {p.message}
          </span>
        ))}
      </div>
      {draft.conflict && (
        <div className="conflict" role="alert">
          {t.playlist.conflict}{' '}
          <button type="button" className="button" onClick={() => void draft.reload()}>
            {t.playlist.reload}
          </button>
        </div>
      )}
      <div className="save-actions">
        {confirmUndo ? (
          <span className="confirm" role="group">
            <span>{t.playlist.undoConfirm}</span>
            <button
              type="button"
              className="button danger"
              autoFocus
              onClick={() => {
                setConfirmUndo(false);
                void draft.undo();
              }}
              data-testid="undo-confirm"
            >
              {t.yes}
            </button>
            <button type="button" className="button" onClick={() => setConfirmUndo(false)}>
              {t.no}
            </button>
          </span>
        ) : (
          <button type="button" className="button" onClick={() => setConfirmUndo(true)} data-testid="undo-playlist">
            ↶ {t.playlist.undo}
          </button>
        )}
        <button
          type="button"
          className="button"
          disabled={!draft.dirty}
          onClick={draft.discard}
          data-testid="discard-playlist"
        >
          {t.playlist.discard}
        </button>
        <button
          type="button"
          className="button primary"
          disabled={!draft.dirty || draft.saving}
          onClick={() => void draft.save()}
          data-testid="save-playlist"
        >
          {draft.saving ? t.saving : t.save}
        </button>
      </div>
    </div>
  );
}
