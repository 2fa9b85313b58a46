/** Logical backup and restore: one format for the embedded database and a PostgreSQL server. */
export { BackupError, type BackupProgress } from './format.js';
export { writeBackup } from './write.js';
export { readBackupHeader } from './read.js';
export { restoreBackup } from './restore.js';
