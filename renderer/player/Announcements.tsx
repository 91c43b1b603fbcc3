/** An operator's messages over the slides: a full-screen takeover card and banners above the slogan band. */
import { AnimatePresence, motion, useIsPresent } from 'framer-motion';
import type { AnnouncementState } from '../../main/core/player-state';
import { cardView } from './card-view';
import { TextCard } from './TextCard';

/** Props of Announcements. */
export interface AnnouncementsProps {
  /** The takeover showing now, if any (the newest wins; see core activeAnnouncements). */
  takeover: AnnouncementState | null;
  banners: readonly AnnouncementState[];
}

// Entrances move only opacity and transform, like slides; quick, so a message is readable at once.
const ENTER = { duration: 0.6, ease: [0.4, 0, 0.2, 1] } as const;
const LEAVE = { duration: 0.4, ease: 'linear' } as const;

function TakeoverCard({ announcement }: { announcement: AnnouncementState }) {
  const isPresent = useIsPresent();
  return (
    <motion.div
      className="announcement-takeover"
      data-testid="announcement"
      data-announcement-id={announcement.id}
      data-mode="takeover"
      data-active={isPresent ? 'true' : 'false'}
      role="alert"
      initial={{ opacity: 0, transform: 'scale(1.03)' }}
      animate={{ opacity: 1, transform: 'scale(1)', transition: ENTER }}
      exit={{ opacity: 0, transition: LEAVE }}
    >
      <TextCard title={announcement.title} body={announcement.body} variant="announcement" />
    </motion.div>
  );
}

function Banner({ announcement }: { announcement: AnnouncementState }) {
  const isPresent = useIsPresent();
  const view = cardView(announcement.title, announcement.body);
  return (
    <motion.div
      className="announcement-banner"
      data-testid="announcement"
      data-announcement-id={announcement.id}
      data-mode="banner"
      data-active={isPresent ? 'true' : 'false'}
      role="status"
      lang="vi"
      initial={{ opacity: 0, transform: 'translateY(100%)' }}
      animate={{ opacity: 1, transform: 'translateY(0%)', transition: ENTER }}
      exit={{ opacity: 0, transition: LEAVE }}
    >
      <p className="announcement-banner-title">{view.title}</p>
      {view.body !== '' ? <p className="announcement-banner-body">{view.body.replace(/\s+/gu, ' ')}</p> : null}
    </motion.div>
  );
}

/**
 * The takeover covers the slides (which keep running underneath, so the
 * rotation is where the clock says when it ends); the slogan band and the
 * clock stay over it. Banners stack above the band. Each enters and leaves
 * with opacity and transform only.
 */
export function Announcements({ takeover, banners }: AnnouncementsProps) {
  return (
    <>
      <AnimatePresence>{takeover ? <TakeoverCard key={takeover.id} announcement={takeover} /> : null}</AnimatePresence>
      <div className="announcement-banners">
        <AnimatePresence>
          {banners.map((banner) => (
            <Banner key={banner.id} announcement={banner} />
          ))}
        </AnimatePresence>
      </div>
    </>
  );
}
