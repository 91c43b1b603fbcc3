/**
 * The soak's operator: signs in to the host's API as the console does and
 * makes the changes an operator makes (settings, announcements, "refresh the
 * feed now"). Every answer other than 2xx throws, naming the request.
 */
import { apiPath, CSRF_HEADER, SESSION_COOKIE } from '../../main/core/api/routes';

/** The operator password the soak sets on its fresh data dir. */
export const SOAK_PASSWORD = 'Đợt chạy thử bảy ngày của Pano';

export interface Operator {
  patchSettings(patch: object): Promise<void>;
  putAnnouncement(announcement: object): Promise<void>;
  removeAnnouncement(id: string): Promise<void>;
  refreshFeed(): Promise<void>;
}

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response;
}

/** Sets the operator password on a host that has none (from this machine, as the first-start page does). */
export async function setUpPassword(baseUrl: string): Promise<void> {
  await expectOk(
    await fetch(`${baseUrl}${apiPath('setupPassword')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ password: SOAK_PASSWORD }),
    }),
    'POST /api/setup-password',
  );
}

/** Signs in (a new session: a restarted host may have forgotten the last one). */
export async function signIn(baseUrl: string): Promise<Operator> {
  const response = await expectOk(
    await fetch(`${baseUrl}${apiPath('session')}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl },
      body: JSON.stringify({ password: SOAK_PASSWORD }),
    }),
    'POST /api/session',
  );
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
  if (!cookie) throw new Error('POST /api/session set no session cookie');
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const send = async (method: string, path: string, body?: object) =>
    void (await expectOk(
      await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          origin: baseUrl,
          [CSRF_HEADER]: csrfToken,
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      }),
      `${method} ${path}`,
    ));
  return {
    patchSettings: (patch) => send('PATCH', apiPath('settings'), patch),
    putAnnouncement: (announcement) => send('POST', apiPath('announcements'), { announcement }),
    removeAnnouncement: (id) => send('DELETE', apiPath('announcement', { id })),
    refreshFeed: () => send('POST', apiPath('feedRefresh')),
  };
}
