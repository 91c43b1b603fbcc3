/** First start, on the machine itself: the operator chooses the console password (there is never a default). */
import { useState, type FormEvent } from 'react';
import { API_ROUTES, PASSWORD_MIN_LENGTH, sessionResponseSchema } from '../../../main/core/api';
import { useApi } from '../api/ApiContext';
import { failureText } from '../api/failure';
import { useI18n } from '../i18n/I18nProvider';

/** The set-a-password form; signs in when the host accepts it. */
export function SetupPasswordPage({ onSignedIn }: { onSignedIn: (csrfToken: string) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (password.length < PASSWORD_MIN_LENGTH) return setError(t.signIn.tooShort(PASSWORD_MIN_LENGTH));
    if (password !== repeat) return setError(t.signIn.mismatch);
    setBusy(true);
    const result = await api.request('POST', API_ROUTES.setupPassword, sessionResponseSchema, { password });
    setBusy(false);
    if (result.ok) return onSignedIn(result.value.csrfToken);
    setError(result.error.kind === 'network' ? t.networkError : failureText(result.error));
  }

  return (
    <form className="gate-card" onSubmit={(e) => void submit(e)} data-testid="setup-password-form" noValidate>
      <h1>{t.signIn.setupTitle}</h1>
      <p>{t.signIn.setupHelp(PASSWORD_MIN_LENGTH)}</p>
      <label className="field">
        <span>{t.signIn.newPassword}</span>
        <input
          type="password"
          autoComplete="new-password"
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="setup-password"
        />
      </label>
      <label className="field">
        <span>{t.signIn.repeat}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          data-testid="setup-password-repeat"
        />
      </label>
      <div role="alert" className="form-error">
        {error}
      </div>
      <button type="submit" className="button primary" disabled={busy} data-testid="setup-password-submit">
        {t.signIn.setupSubmit}
      </button>
    </form>
  );
}
