/**
 * A backup archive that cannot be trusted: cut short, edited, missing a file or its manifest. Code
 * that lists backups records the message; code that restores turns it into an INVALID_INPUT failure.
 */
export class DamagedBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DamagedBackupError';
  }
}
