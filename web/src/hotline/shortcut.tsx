import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/**
 * Starting a contact with one keystroke: N on the hotline's pages (outside a field), Alt+N
 * anywhere. The key is read by its position (`KeyN`), so it works in the Azerbaijani and Russian
 * layouts alike. The console page starts the contact from `?new=<the moment the key was pressed>`.
 */
export const NEW_CONTACT_KEYS = 'n Alt+n';

let unsaved = false;
/** The contact being recorded has changes not saved yet: a new contact must not wipe them. */
export function setContactUnsaved(value: boolean) {
  unsaved = value;
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.getAttribute('role') === 'combobox';
}

export function newContactPath(at = Date.now()) {
  return `/hotline?new=${at}`;
}

export function HotlineHotkey() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.code !== 'KeyN' || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
      const alt = event.altKey;
      if (!alt && (!pathname.startsWith('/hotline') || isEditable(event.target) || document.querySelector('[role="dialog"]'))) return;
      event.preventDefault();
      if (unsaved) {
        notifications.show({ color: 'orange', message: t('hotline.shortcut.unsaved') });
        return;
      }
      void navigate(newContactPath());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname, t]);
  return null;
}

/** Seconds since `startedAt` (to `endedAt` when the contact has ended), ticking every second while it runs. */
export function useElapsed(startedAt: string, endedAt: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (endedAt) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [endedAt]);
  const end = endedAt ? Date.parse(endedAt) : now;
  return Math.max(0, Math.round((end - Date.parse(startedAt)) / 1000));
}
