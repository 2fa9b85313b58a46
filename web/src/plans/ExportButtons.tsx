import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportUrl } from './api';

/** Downloads of the plan as a Word document and an Excel workbook. */
export function ExportButtons({ planId }: { planId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Button component="a" href={exportUrl(planId, 'docx')} download variant="default" size="xs" leftSection={<IconFileText size={16} aria-hidden />}>
        {t('plans.export.word')}
      </Button>
      <Button component="a" href={exportUrl(planId, 'xlsx')} download variant="default" size="xs" leftSection={<IconFileSpreadsheet size={16} aria-hidden />}>
        {t('plans.export.excel')}
      </Button>
    </>
  );
}
