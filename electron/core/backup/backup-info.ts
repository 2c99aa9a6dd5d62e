/** Why a backup was made: at start-up, by the 15-minute timer, on request, or just before a restore. */
export const backupReasons = ['start', 'interval', 'manual', 'before-restore'] as const;
export type BackupReason = (typeof backupReasons)[number];

/** One backup archive, as the Settings screen lists it and as restore and recovery report it. */
export interface BackupInfo {
  /** `20261128T170512Z-start` for a backup in `<dataDir>/backups/`; the file name for any other archive. */
  id: string;
  /** The archive's absolute path. */
  path: string;
  /** When it was taken (ISO 8601, UTC). */
  createdAt: string;
  reason: BackupReason;
  /** The archive's size on disk. */
  sizeBytes: number;
  /** How many data files it holds. */
  fileCount: number;
  /** Why it cannot be restored (English, for logs), or null when no damage was found. */
  damage: string | null;
  /**
   * Whether every file was checked against its SHA-256 (verifyBackup, restore). When false only the
   * manifest and the archive's size were checked, which is what listing can afford.
   */
  contentVerified: boolean;
}

/**
 * Called after each step of a multi-step operation. Production code passes nothing; tests pass a hook
 * that throws (an I/O failure at that point) or never settles (the process dying at that point).
 */
export type StepHook<Step extends string> = (step: Step) => void | Promise<void>;
