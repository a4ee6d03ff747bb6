/**
 * The newest price snapshot's id, for links built where the snapshot files cannot be read (the flowchart
 * island). `npm run snapshot` rewrites this file; a unit test checks it names the newest snapshot file.
 */
export const LATEST_SNAPSHOT = '2026-11-28';
