/** Entry point of the player page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectBridge } from '../bridge/connect-bridge';
import { App } from './App';
import { PageLife } from './kiosk/page-life';
import { isFramed, previewBridge } from './kiosk/preview-bridge';
import { startPageSession } from './kiosk/page-session';
import { ErrorBoundary } from './ErrorBoundary';
import { FallbackSlide } from './FallbackSlide';
import { loadFonts } from './fonts';
import { renderErrorReport } from './reports';
import './styles.css';
import './news.css';
import './cards.css';

/** Failures in a row of the whole page before it reloads itself. */
const PAGE_RELOAD_AFTER_FAILURES = 3;

// A page in the console's preview frame is not a screen (preview-bridge.ts).
const bridge = isFramed(window) ? previewBridge(connectBridge()) : connectBridge();
// Made once per load, outside React: a remount after a render failure is still the same page.
const life = new PageLife(startPageSession(crypto, Date.now()));
void loadFonts();

const container = document.getElementById('root');
if (container) {
  // The outermost net: if the page itself cannot render, the branded card stays up while it
  // tries again; after PAGE_RELOAD_AFTER_FAILURES failures in a row the kiosk reloads the page.
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary
        resetKey="page"
        onError={(error) => bridge.report(renderErrorReport(error))}
        giveUpAfter={PAGE_RELOAD_AFTER_FAILURES}
        onGiveUp={() => location.reload()}
        fallback={() => (
          <div className="stage">
            <FallbackSlide variant="standby" />
          </div>
        )}
      >
        <App bridge={bridge} life={life} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
