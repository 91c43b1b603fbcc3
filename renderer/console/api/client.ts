/**
 * The console's one way to the API: same-origin cookies, the CSRF header on
 * every change, answers checked against the shared zod schemas, and every
 * failure turned into an {@link ApiFailure}. A 401 on a signed-in call tells
 * the app to show the sign-in page.
 */
import type { z } from 'zod';
import { CSRF_HEADER, MEDIA_UPLOAD_FIELD, mediaEntrySchema, type MediaEntry } from '../../../main/core/api';
import { failureFromResponse, type ApiFailure, type ApiResult } from './failure';

/** How the client reaches the network and tells the app about a lost session. */
export interface ApiClientOptions {
  fetch?: typeof fetch;
  /** Called when a call made with a session answers 401 (the session ended). */
  onSignedOut?: (failure: ApiFailure) => void;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A body-less answer (204), for calls that only need to know it worked. */
export const NO_CONTENT = null;

/** The API client of one console tab. */
export class ApiClient {
  private csrfToken: string | null = null;
  private readonly fetcher: typeof fetch;

  constructor(private readonly options: ApiClientOptions = {}) {
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** Remembers the token from POST/GET /api/session; null after signing out. */
  setCsrfToken(token: string | null): void {
    this.csrfToken = token;
  }

  /** True once a session token is known. */
  get signedIn(): boolean {
    return this.csrfToken !== null;
  }

  /**
   * One call. `schema` checks the answer (null: the answer is not read);
   * `body` is sent as JSON.
   */
  async request<T>(method: Method, path: string, schema: z.ZodType<T> | null, body?: unknown): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET' && this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    let response: Response;
    try {
      response = await this.fetcher(path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      return { ok: false, error: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
    }
    return this.read(response.status, await readJson(response), schema);
  }

  /**
   * GETs a picture or file (a screenshot) as bytes; a refusal is read like
   * any other, so a 503 `{ error }` becomes a message rather than a broken image.
   */
  async getBlob(path: string): Promise<ApiResult<Blob>> {
    let response: Response;
    try {
      response = await this.fetcher(path, { method: 'GET', credentials: 'same-origin', cache: 'no-store' });
    } catch (error) {
      return { ok: false, error: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
    }
    if (!response.ok) return this.read<Blob>(response.status, await readJson(response), null);
    try {
      return { ok: true, value: await response.blob() };
    } catch (error) {
      return { ok: false, error: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
    }
  }

  /** Uploads one file as multipart with progress (0–1), which fetch cannot report; answers the new entry. */
  upload(file: File, onProgress: (fraction: number) => void): Promise<ApiResult<MediaEntry>> {
    return new Promise((resolve) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', '/api/media');
      xhr.setRequestHeader('accept', 'application/json');
      if (this.csrfToken) xhr.setRequestHeader(CSRF_HEADER, this.csrfToken);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      xhr.onerror = () => resolve({ ok: false, error: { kind: 'network', message: 'upload interrupted' } });
      xhr.onload = () => resolve(this.read(xhr.status, parseJson(xhr.responseText), mediaEntrySchema));
      const form = new FormData();
      form.append(MEDIA_UPLOAD_FIELD, file, file.name);
      xhr.send(form);
    });
  }

  private read<T>(status: number, json: unknown, schema: z.ZodType<T> | null): ApiResult<T> {
    if (status >= 200 && status < 300) {
      if (schema === null) return { ok: true, value: undefined as T };
      const parsed = schema.safeParse(json);
      return parsed.success
        ? { ok: true, value: parsed.data }
        : {
            ok: false,
            error: { kind: 'bad-response', message: `unexpected answer: ${parsed.error.issues[0]?.message}` },
          };
    }
    const failure = failureFromResponse(status, json);
    if (failure.kind === 'unauthorized' && this.csrfToken !== null) {
      this.csrfToken = null;
      this.options.onSignedOut?.(failure);
    }
    return { ok: false, error: failure };
  }
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null; // a proxy's HTML error page: the status alone is the message
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return parseJson(await response.text());
  } catch {
    return null;
  }
}
