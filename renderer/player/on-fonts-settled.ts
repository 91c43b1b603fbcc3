/**
 * Calls `onSettled` each time the page's fonts finish a round of loading
 * (or fail to), until the returned function is called.
 *
 * Components that measure text use this rather than
 * `document.fonts.ready.then(...)`: a pending `ready` promise keeps every
 * callback given to it, and the elements those close over, for as long as a
 * font is loading. On a kiosk whose host is restarting, a font request can
 * stay pending for long, and each news slide shown meanwhile stayed in memory
 * after it left the screen (the soak drill found them in heap snapshots).
 */
export function onFontsSettled(onSettled: () => void): () => void {
  const fonts = document.fonts;
  fonts.addEventListener('loadingdone', onSettled);
  fonts.addEventListener('loadingerror', onSettled);
  return () => {
    fonts.removeEventListener('loadingdone', onSettled);
    fonts.removeEventListener('loadingerror', onSettled);
  };
}
