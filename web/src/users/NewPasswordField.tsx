import { ActionIcon, Button, CopyButton, Group, Stack, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../ui/PasswordField';
import { generatePassword } from './generatePassword';

interface NewPasswordFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A password an administrator sets for someone else: typed, or generated and shown to hand over. */
export function NewPasswordField({ label, value, onChange, error }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <Stack gap={6}>
      <PasswordField
        label={label}
        description={t('users.passwordHint')}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        visible={visible}
        onVisibilityChange={setVisible}
        autoComplete="new-password"
        required
        error={error}
        styles={{ input: { fontFamily: visible ? 'var(--mantine-font-family-monospace)' : undefined } }}
      />
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconWand size={16} aria-hidden />}
          onClick={() => {
            onChange(generatePassword());
            setVisible(true);
          }}
        >
          {t('users.generatePassword')}
        </Button>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Tooltip label={copied ? t('common.copied') : t('users.copyPassword')}>
              <ActionIcon variant="default" size="md" onClick={copy} disabled={!value} aria-label={t('users.copyPassword')}>
                {copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
              </ActionIcon>
            </Tooltip>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
