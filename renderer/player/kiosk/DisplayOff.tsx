/** The screen outside its display hours. */

/**
 * Plain black, and nothing else mounted: no slide decoding, no marquee
 * animation, no clock ticking, so a dark screen costs nothing while the
 * display sleeps.
 */
export function DisplayOff() {
  return <div className="stage" data-testid="display-off" aria-hidden="true" />;
}
