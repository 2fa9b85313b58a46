import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { decimal } from './format';
import type { EvaluationSummary } from './types';

/** Mean and spread of the answers to each question. */
export function EvaluationTable({ summary }: { summary: EvaluationSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table withTableBorder fz="sm">
        <Table.Caption>{t('events.evaluation.title')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('events.evaluation.question')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.evaluation.mean')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('events.evaluation.answered')}
            </Table.Th>
            {[1, 2, 3, 4, 5].map((score) => (
              <Table.Th key={score} scope="col" ta="right">
                {score}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.questions.map((q) => (
            <Table.Tr key={q.question}>
              <Table.Th scope="row" fw={400}>
                {t(`events.question.${q.question}`)}
              </Table.Th>
              <Table.Td ta="right" fw={600}>
                {decimal(q.mean, i18n.language)}
              </Table.Td>
              <Table.Td ta="right">{q.answered}</Table.Td>
              {q.distribution.map((count, i) => (
                <Table.Td key={i} ta="right">
                  {count}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
