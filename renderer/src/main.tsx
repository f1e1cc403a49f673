// The renderer's entry. In Electron the preload has put `window.chapterhouse` in place; in the
// browser host this page provides it itself over a WebSocket. Nothing below here can tell which.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ChapterhouseApi } from '../../shared/contract/transport';
import { App } from './app/app';
import { connectBrowser } from './client/browser-connection';
import { staticConnection, type Connection } from './client/connection';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/overlays.css';
import './styles/members.css';
import './styles/forms.css';
import './styles/import.css';
import './styles/sync.css';
import './styles/proposals.css';
import './styles/meetings.css';
import './styles/pledges.css';

function connect(): Connection {
  const host = window as Window & { chapterhouse?: ChapterhouseApi };
  if (host.chapterhouse) return staticConnection(host.chapterhouse);
  // The browser host: provide the same window.chapterhouse as Electron's preload does (end-to-end
  // tests and the devtools console use it), backed by the WebSocket.
  const connection = connectBrowser();
  host.chapterhouse = connection.api;
  return connection;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App connection={connect()} />
  </StrictMode>,
);
