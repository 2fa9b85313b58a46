import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';

type ConfirmButtonProps = Omit<ConfirmDialogProps, 'opened' | 'onClose'> & {
  /** Text of the button that opens the confirmation. */
  label: ReactNode;
  buttonProps?: Omit<ButtonProps, 'children'> & { 'data-testid'?: string; 'aria-label'?: string };
  /** Called when the dialog opens, e.g. to reset inputs it contains. */
  onOpen?: () => void;
};

/** A button that asks before it acts. */
export function ConfirmButton({ label, buttonProps, onOpen, ...dialog }: ConfirmButtonProps) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button
        variant={dialog.danger ? 'outline' : 'default'}
        color={dialog.danger ? 'red' : undefined}
        {...buttonProps}
        onClick={() => {
          onOpen?.();
          open();
        }}
      >
        {label}
      </Button>
      <ConfirmDialog {...dialog} opened={opened} onClose={close} />
    </>
  );
}
