/**
 * Announcements: a message that takes over the screen or runs as a banner,
 * from now for an hour unless the operator says otherwise; listed while
 * showing or still to come, and ended early by deleting it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ANNOUNCEMENT_MODES, type Announcement, type AnnouncementMode } from '../../../main/core/announcements';
import { API_ROUTES, announcementsResponseSchema, apiPath } from '../../../main/core/api';
import { useApi } from '../api/ApiContext';
import { failureText } from '../api/failure';
import { useGet } from '../api/use-get';
import { ConfirmButton } from '../components/ConfirmButton';
import { FieldError } from '../components/FieldError';
import { ANNOUNCEMENT_DEFAULT_MS, newAnnouncementId } from '../format';
import { useI18n } from '../i18n/I18nProvider';
import { browserOffsetAt, formatInstantVn, localInputToIso, toLocalInputValue } from '../vn-date';

function freshForm(nowMs: number) {
  return {
    mode: 'takeover' as AnnouncementMode,
    title: '',
    body: '',
    startsAt: toLocalInputValue(nowMs),
    endsAt: toLocalInputValue(nowMs + ANNOUNCEMENT_DEFAULT_MS),
  };
}

/** The Announcements page. */
export function AnnouncementsPage() {
  const api = useApi();
  const { t } = useI18n();
  const list = useGet(API_ROUTES.announcements, announcementsResponseSchema);
  const [form, setForm] = useState(() => freshForm(Date.now()));
  const [problems, setProblems] = useState<Map<string, string>>(new Map());
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  // "Showing now" and "coming up" are judged by a clock that moves while the page is open.
  const [nowMs, setNowMs] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNowMs(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const startsAt = localInputToIso(form.startsAt, browserOffsetAt(form.startsAt));
    const endsAt = localInputToIso(form.endsAt, browserOffsetAt(form.endsAt));
    if (!startsAt || !endsAt)
      return setProblems(new Map([[startsAt ? 'endsAt' : 'startsAt', t.announcements.badTime]]));
    if (Date.parse(endsAt) <= Date.parse(startsAt))
      return setProblems(new Map([['endsAt', t.announcements.endBeforeStart]]));
    const now = Date.now();
    const announcement = {
      id: newAnnouncementId(now, Math.random()),
      mode: form.mode,
      title: form.title,
      body: form.body,
      startsAt,
      endsAt,
    };
    const result = await api.request('POST', API_ROUTES.announcements, announcementsResponseSchema, { announcement });
    if (result.ok) {
      list.setData(result.value);
      setNowMs(Date.now());
      setForm(freshForm(Date.now()));
      setProblems(new Map());
      return setNote({ ok: true, text: t.announcements.posted });
    }
    const failure = result.error;
    if (failure.kind === 'invalid')
      setProblems(new Map(failure.problems.map((p) => [p.field.replace(/^announcement\./, ''), p.message])));
    setNote({ ok: false, text: failure.kind === 'invalid' ? t.playlist.invalid : failureText(failure) });
  }

  async function end(id: string) {
    const result = await api.request('DELETE', apiPath('announcement', { id }), announcementsResponseSchema);
    if (result.ok) list.setData(result.value);
    else setNote({ ok: false, text: failureText(result.error) });
  }

  const field = (key: 'title' | 'body' | 'startsAt' | 'endsAt', label: string, type: string) => (
    <label className="field">
      <span>{label}</span>
      {type === 'textarea' ? (
        <textarea
          rows={3}
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          aria-invalid={problems.has(key)}
          data-testid={`announcement-${key}`}
        />
      ) : (
        <input
          type={type}
          value={form[key]}
          onChange={(e) => setForm({ ...form, [key]: e.target.value })}
          aria-invalid={problems.has(key)}
          data-testid={`announcement-${key}`}
        />
      )}
      <FieldError id={`announcement-${key}-error`} message={problems.get(key)} />
    </label>
  );

  const all = list.data ?? [];
  const active = all.filter((a) => Date.parse(a.startsAt) <= nowMs && Date.parse(a.endsAt) > nowMs);
  const upcoming = all.filter((a) => Date.parse(a.startsAt) > nowMs);
  const row = (a: Announcement) => (
    <li key={a.id} className="announcement" data-testid="announcement-item" data-announcement-id={a.id}>
      <div>
        <span className="badge">{t.announcements.modes[a.mode]}</span> <strong>{a.title}</strong>
        <div className="hint">
          {formatInstantVn(Date.parse(a.startsAt))} → {formatInstantVn(Date.parse(a.endsAt))}
        </div>
        {a.body && <p>{a.body}</p>}
      </div>
      <ConfirmButton label={t.announcements.endNow} onConfirm={() => void end(a.id)} testId="announcement-end" />
    </li>
  );

  return (
    <>
      <h1 tabIndex={-1}>{t.announcements.title}</h1>
      <form className="panel" onSubmit={(e) => void submit(e)} data-testid="announcement-form" noValidate>
        <h2>{t.announcements.create}</h2>
        <fieldset className="field">
          <legend>{t.announcements.mode}</legend>
          {ANNOUNCEMENT_MODES.map((mode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name="announcement-mode"
                checked={form.mode === mode}
                onChange={() => setForm({ ...form, mode })}
                data-testid={`announcement-mode-${mode}`}
              />
              <span>{t.announcements.modes[mode]}</span>
            </label>
          ))}
        </fieldset>
        {field('title', t.announcements.heading, 'text')}
        {field('body', t.announcements.body, 'textarea')}
        <div className="row">
          {field('startsAt', t.announcements.startsAt, 'datetime-local')}
          {field('endsAt', t.announcements.endsAt, 'datetime-local')}
        </div>
        {note && (
          <p className={note.ok ? 'ok' : 'field-error'} role={note.ok ? 'status' : 'alert'}>
            {note.text}
          </p>
        )}
        <button type="submit" className="button primary" data-testid="announcement-submit">
          {t.announcements.submit}
        </button>
      </form>
      {list.error && <p className="field-error">{failureText(list.error)}</p>}
      <section className="panel">
        <h2>{t.announcements.active}</h2>
        {active.length ? (
          <ul className="plain-list">{active.map(row)}</ul>
        ) : (
          <p className="empty">{t.announcements.none}</p>
        )}
        <h2>{t.announcements.upcoming}</h2>
        {upcoming.length ? (
          <ul className="plain-list">{upcoming.map(row)}</ul>
        ) : (
          <p className="empty">{t.announcements.none}</p>
        )}
      </section>
    </>
  );
}
