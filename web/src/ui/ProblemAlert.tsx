import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NETWORK_ERROR } from '../app/api';
import { translateIfKnown } from '../i18n/dynamic';
import { fieldOfPath, toProblem } from './problem';

interface ProblemAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Fields of the form around this alert: their messages stand next to the inputs, not here. */
  fields?: readonly string[];
}

/** Shows an RFC 9457 problem: the server's (translated) detail, a hint for known codes, the request id. */
export function ProblemAlert({ error, onRetry, fields = [] }: ProblemAlertProps) {
  const { t } = useTranslation();
  const problem = toProblem(error);
  const network = problem.code === NETWORK_ERROR;
  const title = network ? t('problem.networkTitle') : (problem.title ?? t('problem.title'));
  // With field errors the server's detail only repeats them; they are shown by field instead.
  const detail = network ? t('problem.network') : problem.errors?.length ? undefined : problem.detail;
  const hint = problem.code ? translateIfKnown(`problem.hint.${problem.code}`) : undefined;
  const loose = (problem.errors ?? []).filter((e) => !fields.includes(fieldOfPath(e.path)));

  return (
    // The title is part of the body, not Alert's `title`, which would make it the alert's label
    // (and a field named in an error message would then be "labelled" twice).
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} data-testid="problem">
      <Stack gap={6}>
        <Text size="sm" fw={700}>
          {title}
        </Text>
        {detail && detail !== title && <Text size="sm">{detail}</Text>}
        {hint && <Text size="sm">{hint}</Text>}
        {loose.length > 0 && (
          <List size="sm">
            {loose.map((e) => (
              <List.Item key={`${e.path}:${e.message}`}>
                {e.path ? `${e.path}: ` : ''}
                {e.message}
              </List.Item>
            ))}
          </List>
        )}
        {(problem.requestId || onRetry) && (
          <Group justify="space-between" gap="xs">
            {problem.requestId ? (
              <Text size="xs" c="dimmed">
                {t('problem.requestId')}: <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>{problem.requestId}</span>
              </Text>
            ) : (
              <span />
            )}
            {onRetry && (
              <Button size="xs" variant="default" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
