/** What the state builder learns about videos from the media catalogue, and the one warning per unknown length. */
import type { VideoContext } from '../../core/playlist/resolve-context';
import type { Logger } from '../logger';
import type { MediaCatalog } from '../media/media-catalog';

/** A video context over `media`; a video whose length cannot be read is named in the log once, not per rebuild. */
export function createVideoContext(media: MediaCatalog, log: Logger): VideoContext {
  const warned = new Set<string>();
  return {
    urlFor: media.videoUrlFor,
    durationMsFor: media.videoDurationMsFor,
    onUnknownDuration(src, fallbackMs) {
      if (warned.has(src)) return;
      warned.add(src);
      log.warn(
        'video-length-unknown',
        `video "${src}" does not say how long it is and its item has no durationS; playing ${fallbackMs / 1000} s of it`,
        { src },
      );
    },
  };
}
