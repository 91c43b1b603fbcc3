/** A stand-in for the page's <video> element, enough for VideoPlayer in plain Node (no DOM). */

/** A container the player moves the element into. */
export class FakeContainer {
  readonly children: FakeVideo[] = [];
  append(child: FakeVideo): void {
    child.remove();
    this.children.push(child);
    child.parentNode = this;
  }
  querySelectorAll(): FakeVideo[] {
    return [];
  }
}

/** The element: attributes, media state it is told to have, and a log of what the player did with it. */
export class FakeVideo extends EventTarget {
  parentNode: FakeContainer | null = null;
  readonly attributes = new Map<string, string>();
  readonly style: { objectFit?: string } = {};
  readonly calls: string[] = [];
  className = '';
  muted = false;
  playsInline = false;
  controls = true;
  loop = true;
  preload = '';
  disablePictureInPicture = false;
  readyState = 0;
  currentTime = 0;
  duration = Number.NaN;
  videoWidth = 0;
  videoHeight = 0;
  error: { code: number; message: string } | null = null;
  /** Whether play() refuses while unmuted (a browser's autoplay policy). */
  refuseSound = false;

  set src(value: string) {
    this.attributes.set('src', value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
  load(): void {
    this.calls.push(`load ${this.getAttribute('src') ?? ''}`);
  }
  play(): Promise<void> {
    this.calls.push(this.muted ? 'play muted' : 'play');
    return this.refuseSound && !this.muted ? Promise.reject(new Error('NotAllowedError')) : Promise.resolve();
  }
  pause(): void {
    this.calls.push('pause');
  }
  remove(): void {
    const parent = this.parentNode;
    if (!parent) return;
    parent.children.splice(parent.children.indexOf(this), 1);
    this.parentNode = null;
  }
  /** The browser has the first frame (of `durationS` seconds of video). */
  becomeReady(durationS = 10): void {
    this.duration = durationS;
    this.readyState = 4;
    this.videoWidth = 1920;
    this.videoHeight = 1080;
    this.dispatchEvent(new Event('loadedmetadata'));
    this.dispatchEvent(new Event('loadeddata'));
    this.dispatchEvent(new Event('canplay'));
  }
  fail(code: number, message = ''): void {
    this.error = { code, message };
    this.dispatchEvent(new Event('error'));
  }
}
