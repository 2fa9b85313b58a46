import { Alert, Badge, Button, Checkbox, Chip, Group, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceFloppy, IconPhoneOff, IconSend, IconClockPlus } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTACT_CATEGORY_GROUPS, HOTLINE_CHANNELS, NOTE_FIELDS, NOTE_FIELD_MAX, RISK_FLAGS, type ContactCategory, type ContactOutcome } from '../../../common/src/hotline';
import { isApiError } from '../app/api';
import { languageOptions } from '../cases/countries';
import { fieldErrors, useFocusFirstInvalid } from '../cases/formErrors';
import { DateText } from '../ui/DateText';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useCreateContact, useUpdateContact } from './api';
import { CaseLinkField } from './CaseLinkField';
import { formatDuration, hotlineLabel, hotlineOptions, categoryOptions } from './codes';
import { KnownCallerHint } from './KnownCallerHint';
import { setContactUnsaved, useElapsed } from './shortcut';
import type { CaseLink, ContactDetail, ContactInput, ContactNotes } from './types';

export interface FormValues {
  channel: string;
  language: string;
  callerType: string;
  category: string;
  riskFlags: string[];
  notes: Record<(typeof NOTE_FIELDS)[number], string>;
  consent: boolean;
  callerName: string;
  phone: string;
  outcome: string;
  linkedCase: CaseLink | null;
}

const EMPTY_NOTES = { situation: '', location: '', people: '', actions: '' };

export function valuesOf(contact: ContactDetail | null, language: string): FormValues {
  if (!contact) {
    return { channel: 'phone', language, callerType: '', category: '', riskFlags: [], notes: { ...EMPTY_NOTES }, consent: false, callerName: '', phone: '', outcome: '', linkedCase: null };
  }
  const notes = contact.notes ?? { situation: null, location: null, people: null, actions: null };
  return {
    channel: contact.channel,
    language: contact.language ?? '',
    callerType: contact.callerType,
    category: contact.category,
    riskFlags: [...contact.riskFlags],
    notes: { situation: notes.situation ?? '', location: notes.location ?? '', people: notes.people ?? '', actions: notes.actions ?? '' },
    consent: contact.consent,
    callerName: contact.caller?.name ?? '',
    phone: contact.caller?.phone ?? '',
    outcome: contact.outcome ?? '',
    linkedCase: contact.case,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function inputOf(values: FormValues, startedAt: string): ContactInput {
  return {
    startedAt,
    channel: values.channel as ContactInput['channel'],
    language: orNull(values.language),
    callerType: values.callerType as ContactInput['callerType'],
    category: values.category as ContactCategory,
    riskFlags: values.riskFlags as ContactInput['riskFlags'],
    notes: Object.fromEntries(NOTE_FIELDS.map((field) => [field, orNull(values.notes[field])])) as ContactNotes,
    consent: values.consent,
    callerName: values.consent ? orNull(values.callerName) : null,
    phone: orNull(values.phone),
    outcome: (orNull(values.outcome) as ContactOutcome | null) ?? null,
    caseId: values.linkedCase?.id ?? null,
  };
}

/** What the form hands on after a save, for the next step (a referral, a callback). */
export interface SavedContact {
  id: string;
  reference: string;
  revision: number;
  values: FormValues;
}

interface ContactFormProps {
  /** The saved contact, or null while a new one is being recorded. */
  contact: ContactDetail | null;
  startedAt: string;
  /** A new contact was saved for the first time; `next` is what the operator asked for with it. */
  onCreated?: (saved: SavedContact, next: 'refer' | 'callback' | null) => void;
  onRefer?: (saved: SavedContact) => void;
  onCallback?: (saved: SavedContact) => void;
  onDiscard?: () => void;
  /** Announced to screen readers (the page's live region). */
  announce?: (message: string) => void;
}

/** The running time of a contact: a timer screen readers do not read out every second. */
function ContactTimer({ startedAt, endedAt }: { startedAt: string; endedAt: string | null }) {
  const { t } = useTranslation();
  const seconds = useElapsed(startedAt, endedAt);
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge size="lg" variant={endedAt ? 'light' : 'filled'} color={endedAt ? 'gray' : 'red'} ff="monospace" role="timer" aria-label={t('hotline.form.duration')} data-testid="contact-timer">
        {formatDuration(seconds)}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('hotline.form.startedAt')} <DateText value={startedAt} withTime />
      </Text>
    </Group>
  );
}

function FieldBlock({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={700}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

/**
 * One contact on a live call: every field reachable from the keyboard, the most common answers
 * first, one-click closing of calls that carry no request, Ctrl+Enter to save. Nothing is lost
 * when the server refuses: its messages stand at their fields.
 */
export function ContactForm({ contact, startedAt, onCreated, onRefer, onCallback, onDiscard, announce }: ContactFormProps) {
  const { t, i18n } = useTranslation();
  const initial = useMemo(() => valuesOf(contact, ['az', 'ru', 'en'].includes(i18n.language) ? i18n.language : 'az'), [contact, i18n.language]);
  const [values, setValues] = useState<FormValues>(initial);
  const [checked, setChecked] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const channelId = useId();
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? '');
  const saving = create.isPending || update.isPending;
  const error = contact ? update.error : create.error;
  const dirty = !contact || JSON.stringify(values) !== JSON.stringify(initial);
  const editable = contact ? contact.abilities.edit : true;

  useEffect(() => {
    setContactUnsaved(editable && dirty);
    return () => setContactUnsaved(false);
  }, [dirty, editable]);
  useFocusFirstInvalid(formRef, attempt);

  const set = <K extends keyof FormValues>(key: K, value: FormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setNote = (field: keyof FormValues['notes'], value: string) => setValues((v) => ({ ...v, notes: { ...v.notes, [field]: value } }));

  const missing = new Map<string, 'required'>();
  if (checked && !values.callerType) missing.set('callerType', 'required');
  if (checked && !values.category) missing.set('category', 'required');
  const errors = fieldErrors(t, error, missing);

  async function save(next: 'refer' | 'callback' | null, override?: Partial<FormValues>): Promise<SavedContact | null> {
    const current = { ...values, ...override };
    if (override) setValues(current);
    setChecked(true);
    setAttempt((n) => n + 1);
    if (!current.callerType || !current.category) return null;
    const input = inputOf(current, startedAt);
    try {
      if (!contact) {
        const created = await create.mutateAsync(input);
        const saved = { ...created, values: current };
        setContactUnsaved(false);
        announce?.(t('hotline.form.savedNew', { reference: created.reference }));
        onCreated?.(saved, next);
        return saved;
      }
      const updated = dirty || override ? await update.mutateAsync({ ...input, revision: contact.revision }) : { revision: contact.revision };
      announce?.(t('hotline.form.saved', { reference: contact.reference }));
      return { id: contact.id, reference: contact.reference, revision: updated.revision, values: current };
    } catch {
      setAttempt((n) => n + 1);
      return null;
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
      event.preventDefault();
      void save(null);
    }
  };
  const refer = async () => {
    const saved = await save('refer');
    if (saved && contact) onRefer?.(saved);
  };
  const callback = async () => {
    const saved = await save('callback');
    if (saved && contact) onCallback?.(saved);
  };
  const quickClose = (category: ContactCategory) =>
    void save(null, { category, outcome: 'no_action', callerType: values.callerType || 'anonymous', riskFlags: [] });

  const conflict = isApiError(update.error, 'HOTLINE_CONFLICT');
  const nonSubstantive = (CONTACT_CATEGORY_GROUPS.non_substantive as readonly string[]).includes(values.category);

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`${channelId}-title`}>
      <form ref={formRef} onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-describedby={`${channelId}-keys`}>
        <Stack gap="md">
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Group gap="sm" align="center">
              <Title order={2} size="h4" id={`${channelId}-title`}>
                {contact ? t('hotline.form.titleSaved', { reference: contact.reference }) : t('hotline.form.titleNew')}
              </Title>
              <ContactTimer startedAt={contact?.startedAt ?? startedAt} endedAt={contact?.endedAt ?? null} />
            </Group>
            <Text size="xs" c="dimmed" id={`${channelId}-keys`}>
              {t('hotline.form.keys')}
            </Text>
          </Group>
          {conflict && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" data-testid="hotline-conflict" title={t('hotline.form.conflictTitle')}>
              <Text size="sm">{t('hotline.form.conflict')}</Text>
            </Alert>
          )}
          <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="md">
              <FieldBlock title={t('hotline.field.channel')}>
                <SegmentedControl
                  aria-label={t('hotline.field.channel')}
                  value={values.channel}
                  onChange={(v) => set('channel', v)}
                  data={hotlineOptions(t, 'channel', HOTLINE_CHANNELS)}
                  fullWidth
                />
              </FieldBlock>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="md">
                <NativeSelect
                  label={t('hotline.field.category')}
                  value={values.category}
                  onChange={(e) => set('category', e.currentTarget.value)}
                  data={[{ value: '', label: t('hotline.form.choose') }, ...categoryOptions(t)]}
                  required
                  error={errors.at('category')}
                />
                <Group grow align="flex-start">
                  <NativeSelect
                    label={t('hotline.field.callerType')}
                    value={values.callerType}
                    onChange={(e) => set('callerType', e.currentTarget.value)}
                    data={[{ value: '', label: t('hotline.form.choose') }, ...hotlineOptions(t, 'callerType')]}
                    required
                    error={errors.at('callerType')}
                  />
                  <NativeSelect
                    label={t('hotline.field.language')}
                    value={values.language}
                    onChange={(e) => set('language', e.currentTarget.value)}
                    data={[{ value: '', label: '—' }, ...languageOptions(i18n.language, values.language ? [values.language] : [])]}
                  />
                </Group>
              </SimpleGrid>
              <Group gap={6} align="center" wrap="wrap">
                <Text size="sm" fw={600} component="span" id={`${channelId}-quick`}>
                  {t('hotline.form.quickClose')}
                </Text>
                <Group gap={4} role="group" aria-labelledby={`${channelId}-quick`}>
                  {CONTACT_CATEGORY_GROUPS.non_substantive.map((category) => (
                    <Button key={category} size="compact-sm" variant="default" leftSection={<IconPhoneOff size={14} aria-hidden />} onClick={() => quickClose(category)} disabled={saving}>
                      {hotlineLabel(t, 'category', category)}
                    </Button>
                  ))}
                </Group>
              </Group>

              {!nonSubstantive && (
                <>
                  <Chip.Group multiple value={values.riskFlags} onChange={(v) => set('riskFlags', v)}>
                    <Stack gap={6}>
                      <Text size="sm" fw={700} id={`${channelId}-risks`}>
                        {t('hotline.field.riskFlags')}
                      </Text>
                      <Group gap={6} role="group" aria-labelledby={`${channelId}-risks`}>
                        {RISK_FLAGS.map((flag) => (
                          <Chip key={flag} value={flag} size="sm" color="red" variant="outline">
                            {hotlineLabel(t, 'riskFlag', flag)}
                          </Chip>
                        ))}
                      </Group>
                    </Stack>
                  </Chip.Group>

                  {!contact?.notesHidden && (
                    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" verticalSpacing="sm">
                      {NOTE_FIELDS.map((field) => (
                        <Textarea
                          key={field}
                          label={hotlineLabel(t, 'note', field)}
                          value={values.notes[field]}
                          onChange={(e) => setNote(field, e.currentTarget.value)}
                          autosize
                          minRows={2}
                          maxRows={6}
                          maxLength={NOTE_FIELD_MAX}
                          error={errors.at(`notes.${field}`)}
                        />
                      ))}
                    </SimpleGrid>
                  )}
                  {contact?.notesHidden && (
                    <Text size="sm" c="dimmed">
                      {t('hotline.form.notesHidden')}
                    </Text>
                  )}
                </>
              )}

              {!contact?.notesHidden && (
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
                  <Stack gap="xs">
                    <TextInput
                      label={t('hotline.field.phone')}
                      description={values.consent ? t('hotline.form.phoneKept') : t('hotline.form.phoneHashed')}
                      value={values.phone}
                      onChange={(e) => set('phone', e.currentTarget.value)}
                      placeholder={contact?.phoneRecorded && !values.phone ? t('hotline.form.phoneRecorded') : undefined}
                      inputMode="tel"
                      autoComplete="off"
                      maxLength={50}
                      error={errors.at('phone')}
                    />
                    <KnownCallerHint phone={values.phone} contactId={contact?.id ?? null} linkedCaseId={values.linkedCase?.id ?? null} onLinkCase={editable ? (linked) => set('linkedCase', linked) : undefined} />
                  </Stack>
                  <Stack gap="xs">
                    <Checkbox
                      label={t('hotline.field.consent')}
                      description={t('hotline.form.consentHint')}
                      checked={values.consent}
                      onChange={(e) => set('consent', e.currentTarget.checked)}
                    />
                    {values.consent && (
                      <TextInput label={t('hotline.field.callerName')} value={values.callerName} onChange={(e) => set('callerName', e.currentTarget.value)} maxLength={200} autoComplete="off" error={errors.at('callerName')} />
                    )}
                    {contact?.consentAt && (
                      <Text size="xs" c="dimmed">
                        {t('hotline.form.consentAt')} <DateText value={contact.consentAt} withTime />
                      </Text>
                    )}
                  </Stack>
                </SimpleGrid>
              )}

              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
                <CaseLinkField value={values.linkedCase} onChange={(linked) => set('linkedCase', linked)} error={errors.at('caseId')} />
                <NativeSelect
                  label={t('hotline.field.outcome')}
                  description={t('hotline.form.outcomeHint')}
                  value={values.outcome}
                  onChange={(e) => set('outcome', e.currentTarget.value)}
                  data={[{ value: '', label: t('hotline.form.noOutcome') }, ...hotlineOptions(t, 'outcome')]}
                  error={errors.at('outcome')}
                />
              </SimpleGrid>
            </Stack>
          </fieldset>

          {error && !conflict && <ProblemAlert error={error} fields={['callerType', 'category', 'callerName', 'phone', 'caseId', 'outcome', 'notes', 'startedAt']} />}
          {errors.at('startedAt') && (
            <Text size="sm" c="red" role="alert">
              {errors.at('startedAt')}
            </Text>
          )}

          {editable && (
            <Group justify="space-between" gap="sm">
              <Group gap="sm">
                <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} aria-hidden />} aria-keyshortcuts="Control+Enter">
                  {t('hotline.form.save')}
                </Button>
                {!nonSubstantive && (
                  <Button variant="filled" color="red" leftSection={<IconSend size={16} aria-hidden />} onClick={() => void refer()} disabled={saving}>
                    {t('hotline.form.refer')}
                  </Button>
                )}
                <Button variant="default" leftSection={<IconClockPlus size={16} aria-hidden />} onClick={() => void callback()} disabled={saving}>
                  {t('hotline.form.callback')}
                </Button>
              </Group>
              {!contact && onDiscard && (
                <Button variant="subtle" color="gray" onClick={onDiscard}>
                  {t('hotline.form.discard')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
