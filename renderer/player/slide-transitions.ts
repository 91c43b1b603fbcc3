/**
 * How slides enter and leave, per the entering slide's `transition`. Only
 * opacity and transform move (framer-motion hands both to the compositor).
 */
import type { Variants } from 'framer-motion';
import type { TransitionKind } from '../../main/core/player-state';

/** Seconds each kind of entrance takes. */
export const ENTER_S: Record<TransitionKind, number> = { crossfade: 1, slide: 0.9, zoom: 1.2 };

const EASE = [0.4, 0, 0.2, 1] as const;

function kindOf(custom: unknown): TransitionKind {
  return custom === 'slide' || custom === 'zoom' ? custom : 'crossfade';
}

/**
 * The leaving slide stays fully opaque under the entering one until that is
 * fully in (a fade of both would dip the hall into darkness halfway), except
 * for `slide`, where the old one is pushed out to the left.
 */
export const slideVariants: Variants = {
  enter: (custom: unknown) => {
    const kind = kindOf(custom);
    if (kind === 'slide') return { opacity: 1, transform: 'translateX(100%)' };
    if (kind === 'zoom') return { opacity: 0, transform: 'scale(1.04)' };
    return { opacity: 0 };
  },
  shown: (custom: unknown) => {
    const kind = kindOf(custom);
    const transition = { duration: ENTER_S[kind], ease: EASE };
    if (kind === 'slide') return { opacity: 1, transform: 'translateX(0%)', transition };
    if (kind === 'zoom') return { opacity: 1, transform: 'scale(1)', transition };
    return { opacity: 1, transition };
  },
  leave: (custom: unknown) => {
    const kind = kindOf(custom);
    if (kind === 'slide') {
      return { transform: 'translateX(-100%)', transition: { duration: ENTER_S.slide, ease: EASE } };
    }
    return { opacity: 0, transition: { delay: ENTER_S[kind], duration: 0.05 } };
  },
};
