/** Whether the typeface is ready to measure text in. */
import { useEffect, useState } from 'react';
import { fontsAreSettled, whenFontsReady } from './fonts';

/** False until the fonts have loaded (or FONTS_WAIT_CAP_MS has passed), true from then on. */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(fontsAreSettled);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void whenFontsReady().then(() => {
      if (live) setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}
