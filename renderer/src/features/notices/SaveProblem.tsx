import { Alert } from '@mantine/core';
import { HardDriveDownload } from 'lucide-react';
import { useTranslation } from 'react-i18next';

/** Error codes of a write that the person can do something about, each with its own advice. */
const knownCauses = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

/**
 * Stays on screen while the disk refuses to save: what is wrong, that nothing typed is lost (it is
 * kept in memory and saved as soon as the disk takes it), and what to do. It cannot be dismissed.
 */
export function SaveProblem({ problem }: { problem: { code: string; files: readonly string[] } | null }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const cause = knownCauses.has(problem.code) ? problem.code : 'other';
  return (
    <Alert
      variant="filled"
      color="red"
      role="alert"
      title={t('saveProblem.title')}
      icon={<HardDriveDownload size={20} aria-hidden />}
      mb="lg"
      data-testid="save-problem"
    >
      {t(`saveProblem.cause.${cause}`, { code: problem.code })} {t('saveProblem.kept')}
    </Alert>
  );
}
