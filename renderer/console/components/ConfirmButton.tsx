/**
 * A destructive button that asks first, in place: no dialog to dismiss and
 * nothing that appears only on hover, so it works the same with a finger.
 */
import { useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';

interface ConfirmButtonProps {
  label: string;
  onConfirm: () => void;
  /** Says what is removed, for screen readers ("Xoá bk1"). */
  ariaLabel?: string;
  testId?: string;
}

/** "Xoá" → "Chắc chắn xoá? Có / Không". */
export function ConfirmButton({ label, onConfirm, ariaLabel, testId }: ConfirmButtonProps) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button danger"
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={t.confirmRemove}>
      <span>{t.confirmRemove}</span>
      <button
        type="button"
        className="button danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        data-testid={testId ? `${testId}-yes` : undefined}
      >
        {t.yes}
      </button>
      <button type="button" className="button" onClick={() => setAsking(false)}>
        {t.no}
      </button>
    </span>
  );
}
