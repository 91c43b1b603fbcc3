/** The operator signs in with the password; after too many wrong ones the form waits, counting down. */
import { useEffect, useState, type FormEvent } from 'react';
import { API_ROUTES, sessionResponseSchema } from '../../../main/core/api';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nProvider';

/** The sign-in form. */
export function SignInPage({ onSignedIn }: { onSignedIn: (csrfToken: string) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waitS, setWaitS] = useState(0);

  // Counts the wait down once a second so the message says how long is left.
  useEffect(() => {
    if (waitS <= 0) return;
    const timer = setTimeout(() => setWaitS((s) => s - 1), 1000);
    return () => clearTimeout(timer);
  }, [waitS]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || waitS > 0 || password === '') return;
    setBusy(true);
    setError(null);
    const result = await api.request('POST', API_ROUTES.session, sessionResponseSchema, { password });
    setBusy(false);
    if (result.ok) return onSignedIn(result.value.csrfToken);
    setPassword('');
    const failure = result.error;
    if (failure.kind === 'rate-limited') setWaitS(failure.retryAfterS);
    else
      setError(
        failure.kind === 'unauthorized'
          ? t.signIn.wrong
          : failure.kind === 'network'
            ? t.networkError
            : failure.message,
      );
  }

  return (
    <form className="gate-card" onSubmit={(e) => void submit(e)} data-testid="sign-in-form" noValidate>
      <h1>{t.signIn.title}</h1>
      <label className="field">
        <span>{t.signIn.password}</span>
        <input
          type="password"
          autoComplete="current-password"
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid="sign-in-password"
          aria-invalid={error !== null}
        />
      </label>
      <div role="alert" className="form-error">
        {waitS > 0 ? t.signIn.tooMany(waitS) : error}
      </div>
      <button type="submit" className="button primary" disabled={busy || waitS > 0} data-testid="sign-in-submit">
        {t.signIn.submit}
      </button>
    </form>
  );
}
