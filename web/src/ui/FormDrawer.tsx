import { Button, Drawer, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormDrawerProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
  /** Shown under the form, outside it (actions that are not "save"). */
  footer?: ReactNode;
}

/** Side drawer holding one create/edit form; Enter submits, Escape closes. */
export function FormDrawer({ opened, onClose, title, submitLabel, pending, onSubmit, children, footer }: FormDrawerProps) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={title}
      position="right"
      size="md"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {children}
            <Group justify="flex-end" gap="sm" mt="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={pending}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
        {footer}
      </Stack>
    </Drawer>
  );
}
