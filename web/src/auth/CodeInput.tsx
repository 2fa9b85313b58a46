import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CodeInputProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** The 6-digit code of an authenticator app. */
export function CodeInput({ value, onChange, error }: CodeInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('totp.code')}
      description={t('totp.codeHint')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]{6}"
      maxLength={6}
      required
      autoFocus
      data-autofocus
      error={error}
      styles={{ input: { letterSpacing: '0.3em', fontFamily: 'var(--mantine-font-family-monospace)' } }}
      w={200}
    />
  );
}

export const isCompleteCode = (code: string) => /^\d{6}$/.test(code);
