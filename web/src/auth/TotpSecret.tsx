import { ActionIcon, Anchor, Code, CopyButton, Group, Image, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface TotpEnrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`, easier to type by hand. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** QR code to scan, and the same secret in groups of four for typing in. */
export function TotpSecret({ enrolment }: { enrolment: TotpEnrolment }) {
  const { t } = useTranslation();
  const src = `data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`;
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t('totp.scan')}</Text>
      <Image src={src} alt={t('totp.qrAlt')} w={200} h={200} fit="contain" bg="white" p={4} />
      <Text size="sm">{t('totp.manual')}</Text>
      <Group gap="xs" wrap="nowrap">
        <Code fz="md" data-testid="totp-secret">
          {groupSecret(enrolment.secret)}
        </Code>
        <CopyButton value={enrolment.secret.replace(/\s+/g, '')}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('totp.copySecret')}>
              <ActionIcon variant="subtle" color="gray" onClick={copy} aria-label={t('totp.copySecret')}>
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
      <Anchor href={enrolment.otpauthUri} size="sm">
        {t('totp.openApp')}
      </Anchor>
    </Stack>
  );
}
