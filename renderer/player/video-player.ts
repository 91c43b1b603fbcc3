/**
 * The page's one <video> element. Small kiosks have one or two hardware
 * decoders, so every video slide borrows this element instead of making its
 * own: it is loaded for one showing at a time (a slide and when that showing
 * started), moved into the slide that shows it, and a frame is kept as a
 * still when it moves on, so a leaving slide never goes black.
 */
import type { VideoSlide } from '../../main/core/player-state';

/** Where the showing asked about stands. */
export type VideoStatus = 'pending' | 'ready' | 'failed';

/** A video not ready to play by then (or half the slide, if shorter) shows the fallback card instead. */
export const VIDEO_READY_TIMEOUT_MS = 8_000;
/** The shortest wait for a video to get ready, however short its slide. */
export const VIDEO_READY_MIN_TIMEOUT_MS = 2_000;
/**
 * A showing prepared this late into its slide resumes at its offset (a reload
 * mid-slide); earlier than this it starts from the beginning, as it should.
 */
export const RESUME_AFTER_MS = 1_500;

// HTMLMediaElement.HAVE_CURRENT_DATA: a frame to paint at the current position.
const HAVE_CURRENT_DATA = 2;

/** Options of a VideoPlayer. */
export interface VideoPlayerOptions {
  /** Makes the element (default: a <video> of this document); tests give a stand-in. */
  createElement?: () => HTMLVideoElement;
  /** Called once per source (until it leaves the rotation) when it first fails. */
  onFailure?: (src: string, itemId: string, reason: string) => void;
}

interface Showing {
  key: string;
  src: string;
  status: VideoStatus;
  listeners: AbortController;
  timer: ReturnType<typeof setTimeout>;
}

/** Identity of one showing of a video slide: the same slide again later is another showing, from the start. */
export function videoShowingKey(slide: VideoSlide, startedAtMs: number): string {
  return `${slide.id}\u0000${slide.src}\u0000${startedAtMs}`;
}

/** How long to wait for a slide of `durationMs` to become ready before calling it failed. */
export function videoReadyTimeoutMs(durationMs: number): number {
  return Math.max(VIDEO_READY_MIN_TIMEOUT_MS, Math.min(VIDEO_READY_TIMEOUT_MS, durationMs / 2));
}

/** Where a showing should start, in seconds: its offset after a reload mid-slide, else 0. */
export function startPositionS(startedAtMs: number, nowMs: number, durationS: number): number {
  const offsetMs = nowMs - startedAtMs;
  if (!(offsetMs >= RESUME_AFTER_MS)) return 0;
  // Past the end of a short clip: its last frame, which is what the slot shows by then.
  return Number.isFinite(durationS) && durationS > 0 ? Math.min(offsetMs / 1000, durationS) : offsetMs / 1000;
}

function mediaErrorReason(element: HTMLVideoElement): string {
  const error = element.error;
  const what: Record<number, string> = {
    1: 'loading was aborted',
    2: 'a network error stopped the download',
    3: 'the video could not be decoded',
    4: 'the file is missing or not a video this screen can play',
  };
  const message = error?.message ? ` (${error.message})` : '';
  return `${(error && what[error.code]) ?? 'the video failed'}${message}`;
}

/** The shared video element, an external store (React reads it with useSyncExternalStore). */
export class VideoPlayer {
  private element: HTMLVideoElement | null = null;
  private showing: Showing | null = null;
  private readonly reported = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly options: VideoPlayerOptions = {}) {}

  /** The status of this showing; undefined until it is prepared. */
  status(slide: VideoSlide, startedAtMs: number): VideoStatus | undefined {
    const showing = this.showing;
    return showing?.key === videoShowingKey(slide, startedAtMs) ? showing.status : undefined;
  }

  /** Whether the loaded video is wider than tall (null before its size is known), for `fit: auto`. */
  landscape(): boolean | null {
    const element = this.element;
    if (!element || !element.videoWidth || !element.videoHeight) return null;
    return element.videoWidth >= element.videoHeight;
  }

  /**
   * Loads the showing of `slide` that starts at `startedAtMs` (now, or the
   * next slide's start to preload it), unless it is the one loaded already.
   * Whatever the element showed before is left behind as a still.
   */
  prepare(slide: VideoSlide, startedAtMs: number, nowMs: number): void {
    const key = videoShowingKey(slide, startedAtMs);
    if (this.showing?.key === key) return;
    const element = this.elementOf();
    this.release();

    const listeners = new AbortController();
    const timer = setTimeout(() => {
      if (this.showing === showing && showing.status === 'pending') {
        this.fail(showing, slide.itemId, `not ready to play within ${videoReadyTimeoutMs(slide.durationMs)} ms`);
      }
    }, videoReadyTimeoutMs(slide.durationMs));
    const showing: Showing = { key, src: slide.src, status: 'pending', listeners, timer };
    this.showing = showing;

    element.muted = slide.muted;
    const seek = () => {
      const positionS = startPositionS(startedAtMs, nowMs, element.duration);
      if (Math.abs(element.currentTime - positionS) > 0.05) element.currentTime = positionS;
    };
    const ready = () => {
      if (this.showing !== showing || showing.status !== 'pending') return;
      showing.status = 'ready';
      this.changed();
    };
    const options = { signal: listeners.signal };
    element.addEventListener('loadedmetadata', seek, options);
    element.addEventListener('loadeddata', ready, options);
    element.addEventListener('canplay', ready, options);
    element.addEventListener('error', () => this.fail(showing, slide.itemId, mediaErrorReason(element)), options);

    // The same file again (a one-video rotation): rewind instead of downloading it anew.
    if (element.getAttribute('src') === slide.src && element.readyState >= HAVE_CURRENT_DATA && !element.error) {
      seek();
      showing.status = 'ready';
    } else {
      element.src = slide.src;
      element.load();
    }
    this.changed();
  }

  /**
   * Puts the element into `container` and plays it, if the showing `key` is
   * the one loaded and ready. Stills left from earlier showings go.
   */
  attach(container: HTMLElement, key: string, fit: 'cover' | 'contain'): void {
    const element = this.element;
    if (!element || this.showing?.key !== key || this.showing.status !== 'ready') return;
    element.style.objectFit = fit;
    if (element.parentNode !== container) {
      this.leaveStill();
      container.append(element);
    }
    for (const still of container.querySelectorAll('.slide-video-still')) still.remove();
    element.play().catch(() => {
      // A hall screen without a user gesture may refuse sound; a silent video beats none.
      if (this.element !== element || element.muted) return;
      element.muted = true;
      element.play().catch(() => undefined);
    });
  }

  /** Takes the element out of `container` (its slide is gone) and stops it; no-op if it is elsewhere. */
  detach(container: HTMLElement): void {
    const element = this.element;
    if (!element || element.parentNode !== container) return;
    element.pause();
    element.remove();
  }

  /** Forgets failure reports of videos no longer in the rotation, so one coming back is reported again. */
  retain(srcs: Iterable<string>): void {
    const keep = new Set(srcs);
    for (const src of this.reported) if (!keep.has(src)) this.reported.delete(src);
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A number that changes whenever the showing or its status does. */
  readonly getVersion = (): number => this.version;

  private elementOf(): HTMLVideoElement {
    if (this.element) return this.element;
    const element = this.options.createElement?.() ?? document.createElement('video');
    element.className = 'slide-video';
    element.muted = true;
    element.playsInline = true;
    element.controls = false;
    element.loop = false;
    element.preload = 'auto';
    element.disablePictureInPicture = true;
    element.setAttribute('aria-hidden', 'true');
    element.setAttribute('data-testid', 'video');
    this.element = element;
    return element;
  }

  /** Ends the current showing: its listeners and timer go, its picture stays as a still. */
  private release(): void {
    const showing = this.showing;
    if (!showing) return;
    showing.listeners.abort();
    clearTimeout(showing.timer);
    this.leaveStill();
    this.showing = null;
  }

  /** Paints the element's current frame onto a canvas where it is, and takes the element out. */
  private leaveStill(): void {
    const element = this.element;
    const parent = element?.parentNode;
    if (!element || !parent) return;
    element.pause();
    if (element.videoWidth > 0 && element.videoHeight > 0 && typeof document !== 'undefined') {
      const still = document.createElement('canvas');
      still.className = 'slide-video-still';
      still.width = element.videoWidth;
      still.height = element.videoHeight;
      still.style.objectFit = element.style.objectFit;
      try {
        still.getContext('2d')?.drawImage(element, 0, 0);
        parent.insertBefore(still, element);
      } catch {
        // No still (a tainted or lost context): the slide's black background shows for its last second.
      }
    }
    element.remove();
  }

  private fail(showing: Showing, itemId: string, reason: string): void {
    if (this.showing !== showing || showing.status === 'failed') return;
    showing.status = 'failed';
    showing.listeners.abort();
    clearTimeout(showing.timer);
    const element = this.element;
    if (element) {
      // Let go of the broken file, so the next showing loads it afresh.
      element.removeAttribute('src');
      element.load();
    }
    if (!this.reported.has(showing.src)) {
      this.reported.add(showing.src);
      this.options.onFailure?.(showing.src, itemId, reason);
    }
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
