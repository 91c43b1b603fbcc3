/** Entry point of the player page. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectBridge } from '../bridge/connect-bridge';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { FallbackSlide } from './FallbackSlide';
import { loadFonts } from './fonts';
import { renderErrorReport } from './reports';
import './styles.css';

const bridge = connectBridge();
void loadFonts();

const container = document.getElementById('root');
if (container) {
  // The outermost net: if the page itself cannot render, the branded card stays up.
  createRoot(container).render(
    <StrictMode>
      <ErrorBoundary
        resetKey="page"
        onError={(error) => bridge.report(renderErrorReport(error))}
        fallback={() => (
          <div className="stage">
            <FallbackSlide variant="standby" />
          </div>
        )}
      >
        <App bridge={bridge} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
