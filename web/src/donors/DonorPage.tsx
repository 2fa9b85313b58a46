import { Anchor, Breadcrumbs, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { PageHeader } from '../ui/PageHeader';
import { ProblemAlert } from '../ui/ProblemAlert';
import { donorQuery, useDeleteDonor, useDeleteSupport } from './api';
import { DonorForm } from './DonorForm';
import { useMoney } from './format';
import { SupportForm } from './SupportForm';
import { SupportsTable } from './SupportsTable';
import type { Support } from './types';

/** A donor with the supports the reader may see. */
export function DonorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(donorQuery(id));
  const [editing, setEditing] = useState(false);
  const [support, setSupport] = useState<Support | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Support | null>(null);
  const removeDonor = useDeleteDonor();
  const removeSupport = useDeleteSupport();
  const money = useMoney();
  const donor = query.data;

  if (query.isError && !donor) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;

  return (
    <Stack gap="md" maw={1200}>
      <Breadcrumbs>
        <Anchor component={Link} to="/donors" size="sm">
          {t('donors.title')}
        </Anchor>
        <Text size="sm">{donor?.name ?? t('common.loading')}</Text>
      </Breadcrumbs>
      {donor ? (
        <PageHeader
          title={donor.name}
          actions={
            <>
              {donor.abilities.edit && (
                <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              )}
              {donor.abilities.delete && (
                <ConfirmButton
                  label={t('common.delete')}
                  title={t('donors.deleteTitle')}
                  confirmLabel={t('common.delete')}
                  danger
                  onConfirm={async () => {
                    await removeDonor.mutateAsync(donor.id);
                    notifications.show({ color: 'teal', message: t('donors.deleted', { name: donor.name }) });
                    void navigate('/donors');
                  }}
                >
                  <Text size="sm">{t('donors.deleteMessage', { name: donor.name })}</Text>
                </ConfirmButton>
              )}
            </>
          }
        />
      ) : (
        <Skeleton height={32} width="40%" />
      )}
      {donor ? (
        <>
          <Card withBorder padding="md">
            <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('donors.field.kind')}
                </Text>
                <Text size="sm">{t(`donors.kind.${donor.kind}`)}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('donors.field.country')}
                </Text>
                <Text size="sm">{donor.country ?? '—'}</Text>
              </div>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('donors.field.website')}
                </Text>
                <Text size="sm">
                  {donor.website && /^https?:\/\//.test(donor.website) ? (
                    <Anchor href={donor.website} target="_blank" rel="noreferrer noopener">
                      {donor.website}
                    </Anchor>
                  ) : (
                    (donor.website ?? '—')
                  )}
                </Text>
              </div>
              <div>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('donors.support.amount')}
                </Text>
                <Text size="sm">{money.list(donor.amounts)}</Text>
              </div>
            </SimpleGrid>
            {donor.notes && (
              <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {donor.notes}
              </Text>
            )}
          </Card>
          <Card withBorder padding="md" component="section">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4">
                {t('donors.supports')}
              </Title>
              {donor.abilities.addSupport && (
                <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setSupport('new')}>
                  {t('donors.support.create')}
                </Button>
              )}
            </Group>
            <SupportsTable caption={t('donors.supports')} rows={donor.supports} onEdit={(s) => setSupport(s)} onDelete={(s) => setDeleting(s)} emptyTitle={t('donors.support.none')} />
          </Card>
        </>
      ) : (
        <Skeleton height={200} />
      )}
      {donor && editing && <DonorForm donor={donor} opened onClose={() => setEditing(false)} />}
      {donor && support && <SupportForm key={support === 'new' ? 'new' : support.id} donorId={donor.id} support={support === 'new' ? null : support} opened onClose={() => setSupport(null)} />}
      <ConfirmDialog
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('donors.support.deleteTitle')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={async () => {
          if (!deleting) return;
          await removeSupport.mutateAsync(deleting.id);
          notifications.show({ color: 'teal', message: t('donors.support.deleted') });
        }}
      >
        <Text size="sm">{t('donors.support.deleteMessage', { name: deleting?.description ?? '' })}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
