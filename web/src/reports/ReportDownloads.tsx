import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan, useSession } from '../app/session';
import type { PeriodDetail } from './types';

export const consolidatedReportUrl = (periodId: string, format: 'docx' | 'xlsx' | 'pdf') => `/api/report-periods/${encodeURIComponent(periodId)}/report.${format}`;

/**
 * Downloads of the period's consolidated report (every body's accepted accounts): for reviewers
 * at any time, for oversight readers once the period is closed — as the server allows.
 */
export function ReportDownloads({ period }: { period: Pick<PeriodDetail, 'id' | 'status'> }) {
  const { t } = useTranslation();
  const canReview = useCan('reports.review');
  const oversight = useSession().user.role === 'oversight_reader';
  if (!canReview && !(oversight && period.status === 'closed')) return null;
  return (
    <>
      <Button component="a" href={consolidatedReportUrl(period.id, 'docx')} download variant="default" leftSection={<IconFileText size={16} aria-hidden />}>
        {t('reports.consolidated.word')}
      </Button>
      <Button component="a" href={consolidatedReportUrl(period.id, 'xlsx')} download variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
        {t('reports.consolidated.excel')}
      </Button>
      <Button component="a" href={consolidatedReportUrl(period.id, 'pdf')} download variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />}>
        {t('reports.consolidated.pdf')}
      </Button>
    </>
  );
}
