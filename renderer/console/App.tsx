/** The console: finds out whether this tab has a session, then shows sign-in, first password, or the pages. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { API_ROUTES, sessionResponseSchema } from '../../main/core/api';
import { ApiProvider } from './api/ApiContext';
import { ApiClient } from './api/client';
import { ConsoleShell } from './components/ConsoleShell';
import { LanguageSwitch } from './components/LanguageSwitch';
import { useI18n } from './i18n/I18nProvider';
import { SetupPasswordPage } from './pages/SetupPasswordPage';
import { SignInPage } from './pages/SignInPage';

type SessionState =
  | { state: 'checking' }
  | { state: 'unreachable' }
  | { state: 'signed-out'; setupAvailable: boolean }
  | { state: 'signed-in' };

/** The whole console. */
export function App() {
  const { t } = useI18n();
  const [session, setSession] = useState<SessionState>({ state: 'checking' });
  const client = useMemo(
    () =>
      new ApiClient({
        onSignedOut: (f) =>
          setSession({ state: 'signed-out', setupAvailable: f.kind === 'unauthorized' && f.setupAvailable }),
      }),
    [],
  );

  const check = useCallback(async () => {
    const result = await client.request('GET', API_ROUTES.session, sessionResponseSchema);
    if (result.ok && result.value.csrfToken) {
      client.setCsrfToken(result.value.csrfToken);
      return setSession({ state: 'signed-in' });
    }
    if (!result.ok && result.error.kind === 'network') return setSession({ state: 'unreachable' });
    const setupAvailable = !result.ok && result.error.kind === 'unauthorized' && result.error.setupAvailable;
    setSession({ state: 'signed-out', setupAvailable });
  }, [client]);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- asks the host once; the answer arrives later
    void check();
  }, [check]);

  const signedIn = useCallback(
    (csrfToken: string) => {
      client.setCsrfToken(csrfToken);
      setSession({ state: 'signed-in' });
    },
    [client],
  );

  const signOut = useCallback(async () => {
    await client.request('DELETE', API_ROUTES.session, null);
    client.setCsrfToken(null);
    setSession({ state: 'signed-out', setupAvailable: false });
  }, [client]);

  return (
    <ApiProvider client={client}>
      {session.state === 'signed-in' ? (
        <ConsoleShell onSignOut={() => void signOut()} />
      ) : (
        <main className="gate">
          <div className="gate-language">
            <LanguageSwitch />
          </div>
          {session.state === 'checking' && <p className="gate-card">{t.loading}</p>}
          {session.state === 'unreachable' && (
            <div className="gate-card" role="alert">
              <p>{t.networkError}</p>
              <button type="button" className="button" onClick={() => void check()}>
                {t.retry}
              </button>
            </div>
          )}
          {session.state === 'signed-out' &&
            (session.setupAvailable ? (
              <SetupPasswordPage onSignedIn={signedIn} />
            ) : (
              <SignInPage onSignedIn={signedIn} />
            ))}
        </main>
      )}
    </ApiProvider>
  );
}
