import { Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES } from '../../../common/src/case-parts';
import { bakuToday } from '../../../common/src/dates';
import { DateText } from '../ui/DateText';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useFormState } from '../ui/useFormState';
import { useAddConsent } from './api';
import { codeLabel, codeOptions } from './codes';
import { fieldErrors } from './formErrors';
import { DateField } from './inputs';
import { Section } from './layout';
import type { CaseDetail, ConsentPurpose } from './types';

function ConsentForm({ caseId, opened, onClose }: { caseId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { values, set } = useFormState({ purpose: 'data_processing' as ConsentPurpose, given: 'given', recordedOn: bakuToday() });
  const add = useAddConsent(caseId);
  const errors = fieldErrors(t, add.error, null);
  const submit = () =>
    add.mutate(
      { purpose: values.purpose, given: values.given === 'given', recordedOn: values.recordedOn },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cases.consent.added') });
          onClose();
        },
      },
    );
  return (
    <FormDrawer opened={opened} onClose={onClose} title={t('cases.consent.addTitle')} submitLabel={t('common.save')} pending={add.isPending} onSubmit={submit}>
      <NativeSelect
        label={t('cases.consent.purpose')}
        value={values.purpose}
        onChange={(e) => set('purpose', e.currentTarget.value as ConsentPurpose)}
        data={codeOptions(t, 'consent', CONSENT_PURPOSES)}
        required
        error={errors.at('purpose')}
        data-autofocus
      />
      <NativeSelect
        label={t('cases.consent.decision')}
        value={values.given}
        onChange={(e) => set('given', e.currentTarget.value)}
        data={[
          { value: 'given', label: t('cases.consent.given') },
          { value: 'refused', label: t('cases.consent.refused') },
        ]}
        required
        error={errors.at('given')}
      />
      <DateField label={t('cases.consent.recordedOn')} value={values.recordedOn} onChange={(v) => set('recordedOn', v)} required error={errors.at('recordedOn')} />
      {add.isError && <ProblemAlert error={add.error} fields={['purpose', 'given', 'recordedOn']} />}
    </FormDrawer>
  );
}

/** Consents per purpose, newest decision last; they go with every part of the record. */
export function ConsentsCard({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  // The latest decision per purpose is the one in force.
  const current = new Map(detail.consents.map((c) => [c.purpose, c]));
  return (
    <Section
      id="consents"
      title={t('cases.consent.title')}
      actions={
        detail.abilities.editHeader && (
          <Button size="xs" variant="default" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setAdding(true)}>
            {t('cases.consent.add')}
          </Button>
        )
      }
    >
      {detail.consents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.consent.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          <Table fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.consent.purpose')}</Table.Th>
                <Table.Th>{t('cases.consent.decision')}</Table.Th>
                <Table.Th>{t('cases.consent.recordedOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {detail.consents.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    {codeLabel(t, 'consent', c.purpose)}
                    {current.get(c.purpose)?.id !== c.id && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        ({t('cases.consent.superseded')})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={c.given ? 'teal' : 'red'} variant="light" tt="none">
                      {c.given ? t('cases.consent.given') : t('cases.consent.refused')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <DateText value={c.recordedOn} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {CONSENT_PURPOSES.some((p) => !current.has(p)) && (
            <Text size="xs" c="dimmed">
              {t('cases.consent.notRecorded', {
                purposes: CONSENT_PURPOSES.filter((p) => !current.has(p))
                  .map((p) => codeLabel(t, 'consent', p))
                  .join('; '),
              })}
            </Text>
          )}
        </Stack>
      )}
      <Group>{adding && <ConsentForm caseId={detail.id} opened onClose={() => setAdding(false)} />}</Group>
    </Section>
  );
}
