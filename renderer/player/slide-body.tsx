/** What goes inside a slide's frame, by kind. */
import type { ReactNode } from 'react';
import type { NewsFreshness } from '../../main/core/player-state';
import { CountdownSlide } from './CountdownSlide';
import { FallbackSlide } from './FallbackSlide';
import type { DecodeCache } from './image-decoder';
import { ImageSlide } from './ImageSlide';
import { NewsSlide } from './NewsSlide';
import { TextSlide } from './TextSlide';
import type { ShownSlide } from './use-shown-slide';
import type { VideoPlayer } from './video-player';
import { VideoSlide } from './VideoSlide';

/** What a slide body needs from the slide show. */
export interface SlideBodyContext {
  cache: DecodeCache;
  videos: VideoPlayer;
  timeZone: string;
  news: NewsFreshness;
}

/** True when a failure turns the slide into the branded card (a news slide has its text-only layout instead). */
export function showsFallback({ slide, failed }: ShownSlide): boolean {
  return failed && (slide.kind === 'image' || slide.kind === 'video');
}

/**
 * The slide's content: a picture, a video, an article, a countdown, a text
 * card, or the branded card for a picture or video that failed.
 */
export function slideBody(shown: ShownSlide, { cache, videos, timeZone, news }: SlideBodyContext): ReactNode {
  const { slide, failed, startedAtMs } = shown;
  if (showsFallback(shown)) return <FallbackSlide variant="failed" itemId={slide.itemId} />;
  switch (slide.kind) {
    case 'image':
      return (
        <ImageSlide
          src={slide.src}
          fit={slide.fit}
          onBroken={(reason) => cache.markFailed(slide.src, slide.itemId, reason)}
        />
      );
    case 'news': {
      const imageSrc = slide.image?.src;
      return (
        <NewsSlide
          slide={slide}
          timeZone={timeZone}
          news={news}
          imageFailed={failed}
          onImageBroken={(reason) => {
            if (imageSrc !== undefined) cache.markFailed(imageSrc, slide.itemId, reason);
          }}
        />
      );
    }
    case 'video':
      return <VideoSlide slide={slide} startedAtMs={startedAtMs} player={videos} />;
    case 'countdown':
      return <CountdownSlide slide={slide} />;
    case 'text':
      return <TextSlide slide={slide} />;
  }
}
