import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { isApiError, type Problem } from '../app/api';
import i18n from '../i18n';
import { entrySaved, reportKeys, saveEntry } from './api';
import { contentOf, incomplete, sameContent } from './content';
import { clearDraft, draftToOffer, readDraft, writeDraft } from './draftStorage';
import type { Entry, EntryContent } from './types';

/** Pause after the last change before it is sent. */
export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'incomplete' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'conflict'; current: Entry }
  | { kind: 'locked'; error: unknown };

/**
 * The entry's content as edited here, saved a moment after the last change on top of the revision
 * it was edited from, and kept on this device until the server has it. A save that meets someone
 * else's newer one stops and asks (conflict); a submitted or accepted entry stops it for good.
 */
export function useEntryAutosave(entry: Entry) {
  const queryClient = useQueryClient();
  const id = entry.id;
  const [content, setContent] = useState<EntryContent>(() => contentOf(entry));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [offer, setOffer] = useState(() => draftToOffer(readDraft(id), entry));
  const latest = useRef(content);
  const onServer = useRef(contentOf(entry));
  const revision = useRef(entry.revision);
  /** A conflict or a lock: nothing is sent until the person decides. */
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const lastError = useRef<unknown>(null);
  const dirty = () => !sameContent(latest.current, onServer.current);

  const failed = (error: unknown) => {
    lastError.current = error;
    const current = isApiError(error, 'REPORT_CONFLICT') ? (error.problem as Problem & { current?: Entry }).current : undefined;
    if (current) {
      blocked.current = true;
      setState({ kind: 'conflict', current });
    } else if (isApiError(error, 'REPORT_LOCKED') || isApiError(error, 'REPORT_PERIOD_CLOSED')) {
      blocked.current = true;
      setState({ kind: 'locked', error });
      void queryClient.invalidateQueries({ queryKey: reportKeys.entry(id) });
    } else {
      setState({ kind: 'failed', error });
    }
  };

  const save = async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    if (blocked.current || !dirty()) return;
    if (incomplete(latest.current)) {
      setState({ kind: 'incomplete' });
      return;
    }
    const sending = latest.current;
    lastError.current = null;
    setState({ kind: 'saving' });
    const run = saveEntry(id, { revision: revision.current, ...sending }).then((saved) => {
      revision.current = saved.revision;
      onServer.current = sending;
      entrySaved(queryClient, saved);
      if (!sameContent(latest.current, sending)) return schedule();
      clearDraft(id);
      setState({ kind: 'saved', at: saved.updatedAt });
    }, failed);
    running.current = run;
    await run.finally(() => (running.current = null));
  };
  const saveRef = useRef(save);
  saveRef.current = save;

  function schedule() {
    clearTimeout(timer.current);
    if (blocked.current) return;
    setState({ kind: 'pending' });
    timer.current = setTimeout(() => void saveRef.current(), AUTOSAVE_DELAY_MS);
  }

  const use = (next: EntryContent, base = revision.current) => {
    latest.current = next;
    setContent(next);
    writeDraft(id, { revision: base, savedAt: new Date().toISOString(), content: next });
  };

  // Leaving the page sends what is still waiting for its pause.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (!blocked.current && dirty() && !incomplete(latest.current)) void saveRef.current();
    },
    [],
  );

  return {
    content,
    state,
    change: (patch: Partial<EntryContent>) => {
      use({ ...latest.current, ...patch });
      schedule();
    },
    retry: () => void save(),
    /** Saves what is waiting now; rejects when the server does not have the content afterwards. */
    flush: async () => {
      await save();
      if (!dirty()) return;
      throw lastError.current ?? new Error(i18n.t(incomplete(latest.current) ? 'reports.save.incomplete' : 'reports.save.failed'));
    },
    offer,
    restore: () => {
      if (!offer) return;
      revision.current = offer.revision; // an older base makes the save a conflict, shown side by side
      use(offer.content, offer.revision);
      setOffer(null);
      void save();
    },
    discardOffer: () => {
      clearDraft(id);
      setOffer(null);
    },
    takeTheirs: (current: Entry) => {
      revision.current = current.revision;
      onServer.current = contentOf(current);
      use(contentOf(current));
      clearDraft(id);
      blocked.current = false;
      queryClient.setQueryData(reportKeys.entry(id), current);
      setState({ kind: 'saved', at: current.updatedAt });
    },
    keepMine: (current: Entry) => {
      revision.current = current.revision;
      onServer.current = contentOf(current);
      use(latest.current);
      blocked.current = false;
      void save();
    },
  };
}

export type EntryAutosave = ReturnType<typeof useEntryAutosave>;
