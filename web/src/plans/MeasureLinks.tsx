import { ActionIcon, Anchor, Button, Group, List, Stack, Text, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useUnlinkMeasure } from './api';
import { trimCode } from './format';
import { LinkMeasureDialog } from './LinkMeasureDialog';
import type { MeasureDetail, MeasureRef } from './types';
import { usePlanNames } from './usePlanNames';

/** A plan as links name it: by its years ("2014–2018") when known, otherwise by its title. */
function usePlanName() {
  const names = usePlanNames();
  return (plan: MeasureRef['plan']) => names.short(plan.id, plan.title);
}

interface RefListProps {
  refs: MeasureRef[];
  label: 'plans.link.continues' | 'plans.link.continuedBy';
  onUnlink?: (ref: MeasureRef) => void;
}

function RefList({ refs, label, onUnlink }: RefListProps) {
  const { t } = useTranslation();
  const planName = usePlanName();
  if (refs.length === 0) return null;
  return (
    <List size="sm" spacing={4} listStyleType="none">
      {refs.map((ref) => (
        <List.Item key={ref.id}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Anchor component={Link} to={`/measures/${ref.id}`} size="sm" title={ref.plan.title}>
              {t(label, { code: trimCode(ref.code), plan: planName(ref.plan) })}
            </Anchor>
            {onUnlink && (
              <Tooltip label={t('plans.link.unlink')}>
                <ActionIcon variant="subtle" color="red" size="sm" onClick={() => onUnlink(ref)} aria-label={t('plans.link.unlinkNamed', { code: trimCode(ref.code) })}>
                  <IconUnlink size={14} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
          <Text size="xs" c="dimmed" lineClamp={2} lang="az">
            {ref.text}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/** Which measure of an earlier plan this one continues, and which later ones continue it. */
export function MeasureLinks({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  const [searching, { open, close }] = useDisclosure(false);
  const [unlinking, setUnlinking] = useState<MeasureRef | null>(null);
  const unlink = useUnlinkMeasure(measure.id);
  const planName = usePlanName();
  const none = measure.continues.length === 0 && measure.continuedBy.length === 0;

  return (
    <Stack gap="xs">
      {none && (
        <Text size="sm" c="dimmed">
          {t('plans.link.none')}
        </Text>
      )}
      <RefList refs={measure.continues} label="plans.link.continues" onUnlink={measure.abilities.link ? setUnlinking : undefined} />
      <RefList refs={measure.continuedBy} label="plans.link.continuedBy" />
      {measure.abilities.link && (
        <Group>
          <Button variant="default" size="xs" leftSection={<IconLink size={14} aria-hidden />} onClick={open}>
            {t('plans.link.title')}
          </Button>
        </Group>
      )}
      {searching && <LinkMeasureDialog measure={measure} opened onClose={close} />}
      <ConfirmDialog
        opened={unlinking !== null}
        onClose={() => setUnlinking(null)}
        title={t('plans.link.unlinkTitle')}
        confirmLabel={t('plans.link.unlink')}
        danger
        onConfirm={async () => {
          if (!unlinking) return;
          await unlink.mutateAsync(unlinking.id);
          notifications.show({ color: 'teal', message: t('plans.link.unlinked', { code: trimCode(unlinking.code) }) });
        }}
      >
        <Text size="sm">{t('plans.link.unlinkMessage', { code: trimCode(unlinking?.code ?? ''), plan: unlinking ? planName(unlinking.plan) : '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
