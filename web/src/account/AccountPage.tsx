import { Card, Grid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/session';
import { useLogout } from '../auth/useLogout';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { organisationName } from '../organisations/names';
import { ConfirmButton } from '../ui/ConfirmButton';
import { usePageTitle } from '../ui/usePageTitle';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SecondFactorCard } from './SecondFactorCard';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Profile() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const rows: [string, ReactNode][] = [
    [t('user.fullName'), user.fullName],
    [t('user.login'), user.login],
    [t('user.email'), user.email ?? '—'],
    [t('user.organisation'), `${organisationName(user.organisation, i18n.language)} (${user.organisation.shortName})`],
    [t('user.role'), t(`role.${user.role}`)],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false} fz="sm">
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th w={160}>{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const logout = useLogout();
  usePageTitle(t('nav.account'));

  return (
    <Stack gap="md" maw={1000}>
      <Title order={1} size="h2">
        {t('nav.account')}
      </Title>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Section title={t('account.profile')}>
              <Profile />
            </Section>
            <Section title={t('account.language')}>
              {/* Its own label: the header's switch "Dil / Язык / Language" is on this page too. */}
              <LanguageSwitch label={t('user.locale')} />
            </Section>
            <Section title={t('account.secondFactor')}>
              <SecondFactorCard />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="md">
            <Section title={t('account.changePassword')}>
              <ChangePasswordForm />
            </Section>
            <Section title={t('account.sessions')}>
              <Stack gap="sm" align="flex-start">
                <Text size="sm">{t('logout.everywhereMessage')}</Text>
                <ConfirmButton
                  label={t('nav.logoutEverywhere')}
                  title={t('logout.everywhereTitle')}
                  confirmLabel={t('nav.logoutEverywhere')}
                  danger
                  onConfirm={() => logout(true)}
                >
                  <Text size="sm">{t('logout.everywhereMessage')}</Text>
                </ConfirmButton>
              </Stack>
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
