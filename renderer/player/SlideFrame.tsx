/** One slide's box on the stage: its entrance, its exit and the test hooks. */
import { motion, useIsPresent } from 'framer-motion';
import type { ReactNode } from 'react';
import type { TransitionKind } from '../../main/core/player-state';
import { slideVariants } from './slide-transitions';

/** Props of SlideFrame. */
export interface SlideFrameProps {
  /** The playlist item id; omitted for the standby card, which is no item. */
  itemId?: string;
  /** The slide's kind (`data-kind`), for tests and diagnostics. */
  kind?: string;
  startedAtMs?: number;
  transition: TransitionKind;
  fallback?: boolean;
  children: ReactNode;
}

/**
 * A full-stage motion box. `data-active` turns "false" the moment the slide
 * starts leaving, and the leaving slide sinks below the entering one.
 */
export function SlideFrame({ itemId, kind, startedAtMs, transition, fallback, children }: SlideFrameProps) {
  const isPresent = useIsPresent();
  return (
    <motion.div
      className="slide"
      data-testid={itemId === undefined ? 'standby' : 'slide'}
      data-item-id={itemId}
      data-kind={kind}
      data-active={isPresent ? 'true' : 'false'}
      data-started-at={startedAtMs}
      data-fallback={fallback ? 'true' : undefined}
      style={{ zIndex: isPresent ? 1 : 0 }}
      custom={transition}
      variants={slideVariants}
      initial="enter"
      animate="shown"
      exit="leave"
    >
      {children}
    </motion.div>
  );
}
