/** The schedule engine's public API: one import path for the player, the console and the host. */
export { activeAnnouncements, type ActiveAnnouncements } from './active-announcements';
export { nextScheduleChange, previousScheduleChange } from './schedule-changes';
export { scheduleHolds } from './schedule-holds';
export { schedulePreview, type PreviewSegment } from './schedule-preview';
export { visibleRotation, type VisibleRotation } from './visible-rotation';
