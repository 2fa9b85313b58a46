import { useTranslation } from 'react-i18next';
import { EventLinkCell } from '../events/EventLinkCell';
import { DateCell, NumberCell, OptionalTextCell, SelectCell, TagsCell, TextCell } from './cells';
import { RowsEditor, type RowColumn } from './RowsEditor';
import { ACTIVITY_KINDS, NEED_KINDS, type Activity, type Figure, type Need } from './types';

interface ListEditorProps<T> {
  value: T[];
  onChange: (value: T[]) => void;
}

const newActivity = (): Activity => ({
  kind: 'training',
  title: '',
  dateFrom: null,
  dateTo: null,
  place: null,
  participants: null,
  women: null,
  men: null,
  partners: [],
});

/** "Keçirilmiş tədbirlər": the events held, one row each. */
export function ActivitiesEditor({ value, onChange }: ListEditorProps<Activity>) {
  const { t } = useTranslation();
  const kinds = ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`reports.activityKind.${k}`) }));
  const columns: RowColumn<Activity>[] = [
    { key: 'kind', width: 9, header: t('reports.activity.kind'), render: (a, set, label) => <SelectCell label={label} value={a.kind} onChange={(kind) => set({ kind })} options={kinds} /> },
    { key: 'title', width: 16, header: t('reports.activity.title'), render: (a, set, label) => <TextCell label={label} value={a.title} onChange={(title) => set({ title })} required /> },
    { key: 'dateFrom', width: 9.5, header: t('reports.activity.dateFrom'), render: (a, set, label) => <DateCell label={label} value={a.dateFrom} onChange={(dateFrom) => set({ dateFrom })} /> },
    { key: 'dateTo', width: 9.5, header: t('reports.activity.dateTo'), render: (a, set, label) => <DateCell label={label} value={a.dateTo} onChange={(dateTo) => set({ dateTo })} /> },
    { key: 'place', width: 9, header: t('reports.activity.place'), render: (a, set, label) => <OptionalTextCell label={label} value={a.place} onChange={(place) => set({ place })} /> },
    { key: 'participants', width: 6, header: t('reports.activity.participants'), render: (a, set, label) => <NumberCell label={label} value={a.participants} onChange={(participants) => set({ participants })} /> },
    { key: 'women', width: 6, header: t('reports.activity.women'), render: (a, set, label) => <NumberCell label={label} value={a.women} onChange={(women) => set({ women })} /> },
    { key: 'men', width: 6, header: t('reports.activity.men'), render: (a, set, label) => <NumberCell label={label} value={a.men} onChange={(men) => set({ men })} /> },
    { key: 'partners', width: 12, header: t('reports.activity.partners'), render: (a, set, label) => <TagsCell label={label} value={a.partners} onChange={(partners) => set({ partners })} /> },
    // A training held with another body is linked to its event in the register, not made twice.
    { key: 'event', width: 7, header: t('reports.activity.event'), render: (a, set, label) => <EventLinkCell activity={a} set={set} label={label} /> },
  ];
  return (
    <RowsEditor
      title={t('reports.activities.title')}
      columns={columns}
      rows={value}
      onChange={onChange}
      newRow={newActivity}
      addLabel={t('reports.activities.add')}
      emptyText={t('reports.activities.none')}
    />
  );
}

/** "Göstəricilər": figures such as the number of people whose stay was legalised. */
export function FiguresEditor({ value, onChange }: ListEditorProps<Figure>) {
  const { t } = useTranslation();
  const columns: RowColumn<Figure>[] = [
    { key: 'label', width: 16, header: t('reports.figure.label'), render: (f, set, label) => <TextCell label={label} value={f.label} onChange={(v) => set({ label: v })} required /> },
    { key: 'value', width: 8, header: t('reports.figure.value'), render: (f, set, label) => <NumberCell label={label} value={f.value} onChange={(v) => set({ value: v ?? 0 })} decimals /> },
    { key: 'unit', width: 8, header: t('reports.figure.unit'), render: (f, set, label) => <OptionalTextCell label={label} value={f.unit} onChange={(unit) => set({ unit })} /> },
  ];
  return (
    <RowsEditor
      title={t('reports.figures.title')}
      columns={columns}
      rows={value}
      onChange={onChange}
      newRow={() => ({ label: '', value: 0, unit: null })}
      addLabel={t('reports.figures.add')}
      emptyText={t('reports.figures.none')}
    />
  );
}

/** "Tələbat": what the body needs to go further. */
export function NeedsEditor({ value, onChange }: ListEditorProps<Need>) {
  const { t } = useTranslation();
  const kinds = NEED_KINDS.map((k) => ({ value: k, label: t(`reports.needKind.${k}`) }));
  const columns: RowColumn<Need>[] = [
    { key: 'kind', width: 11, header: t('reports.need.kind'), render: (n, set, label) => <SelectCell label={label} value={n.kind} onChange={(kind) => set({ kind })} options={kinds} /> },
    { key: 'description', width: 20, header: t('reports.need.description'), render: (n, set, label) => <TextCell label={label} value={n.description} onChange={(description) => set({ description })} required /> },
    { key: 'amount', width: 8, header: t('reports.need.amount'), render: (n, set, label) => <NumberCell label={label} value={n.amount} onChange={(amount) => set({ amount })} decimals /> },
    { key: 'currency', width: 6, header: t('reports.need.currency'), render: (n, set, label) => <OptionalTextCell label={label} value={n.currency} onChange={(currency) => set({ currency })} /> },
  ];
  return (
    <RowsEditor
      title={t('reports.needs.title')}
      columns={columns}
      rows={value}
      onChange={onChange}
      newRow={(): Need => ({ kind: 'funding', description: '', amount: null, currency: null })}
      addLabel={t('reports.needs.add')}
      emptyText={t('reports.needs.none')}
    />
  );
}
