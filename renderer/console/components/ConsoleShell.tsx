/**
 * The signed-in console: a header, the page list (tabs on a laptop, a
 * scrolling strip on a tablet) and the page chosen in the address's #hash, so
 * the browser's back button and a bookmark work.
 */
import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { AnnouncementsPage } from '../pages/AnnouncementsPage';
import { LivePreviewPage } from '../pages/LivePreviewPage';
import { MarqueePage } from '../pages/MarqueePage';
import { MediaPage } from '../pages/MediaPage';
import { NewsPage } from '../pages/NewsPage';
import { PlaylistPage } from '../pages/PlaylistPage';
import { SchedulePreviewPage } from '../pages/SchedulePreviewPage';
import { ScreenPage } from '../pages/ScreenPage';
import { StatusPage } from '../pages/StatusPage';
import { usePlaylistDraft } from '../state/use-playlist-draft';
import { LanguageSwitch } from './LanguageSwitch';

const PAGES = [
  'playlist',
  'media',
  'marquee',
  'news',
  'announcements',
  'schedule',
  'preview',
  'screen',
  'status',
] as const;
type Page = (typeof PAGES)[number];

function pageOfHash(): Page {
  const name = location.hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : 'playlist';
}

/** Pages that edit the playlist document and so show its unsaved mark. */
const DRAFT_PAGES: readonly Page[] = ['playlist', 'marquee'];

/** The console after sign-in. */
export function ConsoleShell({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useI18n();
  const [page, setPage] = useState<Page>(pageOfHash);
  const draft = usePlaylistDraft();

  useEffect(() => {
    const follow = () => setPage(pageOfHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  // Moves focus to the new page's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [page]);

  return (
    <div className="shell">
      <header className="shell-header">
        <span className="shell-title">{t.appName}</span>
        <LanguageSwitch />
        <button type="button" className="button" onClick={onSignOut} data-testid="sign-out">
          {t.signOut}
        </button>
      </header>
      <nav className="shell-nav" aria-label={t.appName}>
        {PAGES.map((name) => (
          <a
            key={name}
            href={`#/${name}`}
            className="shell-tab"
            aria-current={page === name ? 'page' : undefined}
            data-testid={`nav-${name}`}
          >
            {t.nav[name]}
            {draft.dirty && DRAFT_PAGES.includes(name) && (
              <span className="dirty-dot" title={t.playlist.unsaved} aria-label={t.playlist.unsaved} />
            )}
          </a>
        ))}
      </nav>
      <main className="shell-main">
        {page === 'playlist' && <PlaylistPage draft={draft} />}
        {page === 'media' && <MediaPage draft={draft} />}
        {page === 'marquee' && <MarqueePage draft={draft} />}
        {page === 'news' && <NewsPage />}
        {page === 'announcements' && <AnnouncementsPage />}
        {page === 'schedule' && <SchedulePreviewPage draft={draft} />}
        {page === 'preview' && <LivePreviewPage />}
        {page === 'screen' && <ScreenPage />}
        {page === 'status' && <StatusPage />}
      </main>
    </div>
  );
}
