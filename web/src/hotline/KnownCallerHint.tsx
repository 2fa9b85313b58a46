import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PHONE_MIN_DIGITS } from '../../../common/src/hotline';
import { DateText } from '../ui/DateText';
import { knownCaller } from './api';
import { hotlineLabel, hotlineList } from './codes';
import type { CaseLink } from './types';

interface KnownCallerHintProps {
  phone: string;
  contactId: string | null;
  linkedCaseId: string | null;
  onLinkCase?: (linked: CaseLink) => void;
}

/**
 * "Known caller": earlier contacts of the hotline from the same number and the cases with that
 * number, looked up by the number's keyed hash as it is typed. Announced politely, once ready.
 */
export function KnownCallerHint({ phone, contactId, linkedCaseId, onLinkCase }: KnownCallerHintProps) {
  const { t } = useTranslation();
  const [typed] = useDebouncedValue(phone.trim(), 500);
  const enough = typed.replace(/\D/g, '').length >= PHONE_MIN_DIGITS;
  const query = useQuery({
    queryKey: ['hotline', 'known-caller', typed, contactId],
    queryFn: () => knownCaller(typed, contactId),
    enabled: enough,
    staleTime: 60_000,
  });
  const hint = enough ? query.data : undefined;

  return (
    <div aria-live="polite" data-testid="known-caller">
      {hint && !hint.recognised && (
        <Text size="xs" c="dimmed">
          {t('hotline.known.none')}
        </Text>
      )}
      {hint?.recognised && (
        <Alert color="yellow" variant="light" icon={<IconUserSearch aria-hidden />} title={t('hotline.known.title')} p="xs">
          {hint.count > 0 && (
            <Text size="sm">
              {t('hotline.known.summary', { count: String(hint.count) })} {t('hotline.known.last')} <DateText value={hint.lastAt} withTime />
              {hint.firstAt && hint.firstAt !== hint.lastAt && (
                <>
                  {' · '}
                  {t('hotline.known.first')} <DateText value={hint.firstAt} withTime />
                </>
              )}
            </Text>
          )}
          {hint.contacts.length > 0 && (
            <List size="xs" mt={4} spacing={2}>
              {hint.contacts.slice(0, 5).map((c) => (
                <List.Item key={c.id}>
                  <Anchor component={Link} to={`/hotline/contacts/${c.id}`} size="xs" ff="monospace">
                    {c.reference}
                  </Anchor>{' '}
                  <DateText value={c.startedAt} withTime /> — {hotlineLabel(t, 'category', c.category)}
                  {c.riskFlags.length > 0 && ` (${hotlineList(t, 'riskFlag', c.riskFlags)})`}
                  {c.case && ` · ${c.case.reference}`}
                </List.Item>
              ))}
            </List>
          )}
          {hint.cases.length > 0 && (
            <Group gap={6} mt={6} align="center">
              <Text size="xs" fw={600}>
                {t('hotline.known.cases')}
              </Text>
              {hint.cases.map((c) =>
                onLinkCase && c.id !== linkedCaseId ? (
                  <Button key={c.id} size="compact-xs" variant="default" onClick={() => onLinkCase(c)} aria-label={t('hotline.known.linkNamed', { reference: c.reference })}>
                    {t('hotline.known.link', { reference: c.reference })}
                  </Button>
                ) : (
                  <Text key={c.id} size="xs" ff="monospace">
                    {c.reference}
                  </Text>
                ),
              )}
            </Group>
          )}
        </Alert>
      )}
    </div>
  );
}
