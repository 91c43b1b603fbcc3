/** The operator API's contract: paths, and the zod schema of every request and response body. */
export * from './announcements-api';
export * from './common';
export * from './feed-api';
export * from './media-api';
export * from './playlist-api';
export * from './routes';
export * from './session-api';
export * from './settings-api';
export * from './status-api';
export * from './kiosk-api';
