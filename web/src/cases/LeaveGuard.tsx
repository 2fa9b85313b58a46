import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/** Asks before leaving a form with unsaved changes (another page of the app, or closing the tab). */
export function LeaveGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  // Read when the person navigates, so that a form saved a moment ago lets its own redirect through.
  const active = useRef(when);
  active.current = when;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => active.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!when) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('cases.leave.title')}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('cases.leave.message')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            {t('cases.leave.stay')}
          </Button>
          <Button color="red" onClick={() => blocker.proceed?.()}>
            {t('cases.leave.discard')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
