// Names of the only two messages main sends to the preload. No ipcMain handlers exist: the renderer
// talks to the core over the MessagePort, never to main. (Should one ever be added, check
// `event.senderFrame.url` with isTrustedSender from security.ts first.)
export const ipcChannels = {
  /** Carries one MessagePort to the core; sent after every page load. */
  corePort: 'core-port',
  /** The core stopped (crash, restore): the preload fails pending calls with this message. */
  coreStopped: 'core-stopped',
} as const;
