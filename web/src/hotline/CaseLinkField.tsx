import { ActionIcon, Anchor, Button, Group, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconLinkOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, queryString } from '../app/api';
import type { CaseLink } from './types';

interface CaseLinkFieldProps {
  value: CaseLink | null;
  onChange: (value: CaseLink | null) => void;
  error?: string;
}

/** The victim's record a contact belongs to: found by its reference among the cases the body sees. */
export function CaseLinkField({ value, onChange, error }: CaseLinkFieldProps) {
  const { t } = useTranslation();
  const [reference, setReference] = useState('');
  const [found, setFound] = useState<{ id: string; reference: string; name: string | null }[] | null>(null);
  const [searching, setSearching] = useState(false);

  const find = async () => {
    const q = reference.trim();
    if (!q) return;
    setSearching(true);
    try {
      const result = await api.get<{ items: { id: string; reference: string; name: string | null }[] }>(`/api/cases${queryString({ q, pageSize: 5 })}`);
      setFound(result.items);
    } catch {
      setFound([]);
    } finally {
      setSearching(false);
    }
  };

  if (value) {
    return (
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t('hotline.field.case')}
        </Text>
        <Group gap="xs">
          <Anchor component={Link} to={`/cases/${value.id}`} ff="monospace" fw={600} data-testid="linked-case">
            {value.reference}
          </Anchor>
          <Tooltip label={t('hotline.form.unlinkCase')}>
            <ActionIcon variant="subtle" color="gray" onClick={() => onChange(null)} aria-label={t('hotline.form.unlinkCase')}>
              <IconLinkOff size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
        {error && (
          <Text size="xs" c="red">
            {error}
          </Text>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={t('hotline.field.case')}
          description={t('hotline.form.caseHint')}
          placeholder="İA-000123"
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void find();
            }
          }}
          error={error}
          style={{ flex: 1 }}
        />
        <Button variant="default" onClick={() => void find()} loading={searching} leftSection={<IconSearch size={14} aria-hidden />}>
          {t('hotline.form.findCase')}
        </Button>
      </Group>
      {found && (
        <div aria-live="polite">
          {found.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('hotline.form.caseNotFound')}
            </Text>
          ) : (
            <Group gap={6}>
              {found.map((c) => (
                <Button key={c.id} size="compact-xs" variant="light" onClick={() => onChange({ id: c.id, reference: c.reference })}>
                  {t('hotline.known.link', { reference: c.name ? `${c.reference} — ${c.name}` : c.reference })}
                </Button>
              ))}
            </Group>
          )}
        </div>
      )}
    </Stack>
  );
}
