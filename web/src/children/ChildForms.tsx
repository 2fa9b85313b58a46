import { NativeSelect, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BEST_INTERESTS_RECOMMENDATIONS, GUARDIAN_RELATIONS, type BestInterestsRecommendation, type GuardianRelation } from '../../../common/src/children';
import { bakuToday } from '../../../common/src/dates';
import { fieldErrors } from '../cases/formErrors';
import { DateField } from '../cases/inputs';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { FormDrawer } from '../ui/FormDrawer';
import { ProblemAlert } from '../ui/ProblemAlert';
import { useAddBestInterests, useSaveChildProtection, type ChildProtectionRecord } from './api';

const PROTECTION_FIELDS = ['guardianName', 'guardianRelation', 'guardianContact', 'guardianAppointedOn', 'guardianAppointedBy', 'protectionOrgId', 'protectionBodyName'];
const ASSESSMENT_FIELDS = ['assessedOn', 'assessedBy', 'summary', 'recommendation', 'reviewOn'];

/** The guardian and the body responsible for the child's protection. */
export function GuardianForm({ caseId, record, onClose }: { caseId: string; record: ChildProtectionRecord | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveChildProtection(caseId);
  const guardian = record?.guardian;
  const [values, setValues] = useState({
    guardianName: guardian?.name ?? '', guardianRelation: guardian?.relation ?? '', guardianContact: guardian?.contact ?? '',
    guardianAppointedOn: guardian?.appointedOn ?? '', guardianAppointedBy: guardian?.appointedBy ?? '',
    protectionOrgId: record?.protectionBody?.id ?? '', protectionBodyName: record?.protectionBodyName ?? '',
  });
  const set = (name: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const errors = fieldErrors(t, save.error, null);
  const orNull = (value: string) => value.trim() || null;
  const submit = () =>
    save.mutate(
      {
        ...(record ? { revision: record.revision } : {}),
        guardianName: orNull(values.guardianName), guardianRelation: (values.guardianRelation || null) as GuardianRelation | null,
        guardianContact: orNull(values.guardianContact), guardianAppointedOn: values.guardianAppointedOn || null, guardianAppointedBy: orNull(values.guardianAppointedBy),
        protectionOrgId: values.protectionOrgId || null, protectionBodyName: orNull(values.protectionBodyName),
      },
      { onSuccess: () => { notifications.show({ color: 'teal', message: t('children.saved') }); onClose(); } },
    );
  return (
    <FormDrawer opened onClose={onClose} title={t('children.guardian.edit')} submitLabel={t('common.save')} pending={save.isPending} onSubmit={submit}>
      <TextInput label={t('children.guardian.name')} value={values.guardianName} onChange={(e) => set('guardianName')(e.currentTarget.value)} maxLength={300} error={errors.at('guardianName')} data-autofocus />
      <NativeSelect label={t('children.guardian.relation')} value={values.guardianRelation} onChange={(e) => set('guardianRelation')(e.currentTarget.value)} error={errors.at('guardianRelation')}
        data={[{ value: '', label: '—' }, ...GUARDIAN_RELATIONS.map((value) => ({ value, label: t(`children.relation.${value}`) }))]} />
      <TextInput label={t('children.guardian.contact')} value={values.guardianContact} onChange={(e) => set('guardianContact')(e.currentTarget.value)} maxLength={500} error={errors.at('guardianContact')} />
      <DateField label={t('children.guardian.appointedOn')} value={values.guardianAppointedOn} onChange={set('guardianAppointedOn')} error={errors.at('guardianAppointedOn')} />
      <TextInput label={t('children.guardian.appointedBy')} description={t('children.guardian.appointedByHint')} value={values.guardianAppointedBy} onChange={(e) => set('guardianAppointedBy')(e.currentTarget.value)} maxLength={300} error={errors.at('guardianAppointedBy')} />
      <OrganisationSelect label={t('children.body.organisation')} value={values.protectionOrgId} onChange={set('protectionOrgId')} clearable error={errors.at('protectionOrgId')} />
      <TextInput label={t('children.body.name')} description={t('children.body.nameHint')} value={values.protectionBodyName} onChange={(e) => set('protectionBodyName')(e.currentTarget.value)} maxLength={300} error={errors.at('protectionBodyName')} />
      {save.isError && <ProblemAlert error={save.error} fields={PROTECTION_FIELDS} />}
    </FormDrawer>
  );
}

/** A best-interests assessment: by whom, what was found, what it recommends, when to review it. */
export function AssessmentForm({ caseId, onClose }: { caseId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddBestInterests(caseId);
  const [assessedOn, setAssessedOn] = useState(bakuToday());
  const [assessedBy, setAssessedBy] = useState('');
  const [summary, setSummary] = useState('');
  const [recommendation, setRecommendation] = useState<BestInterestsRecommendation | ''>('');
  const [reviewOn, setReviewOn] = useState('');
  const [checked, setChecked] = useState(false);
  const missing = new Map<string, 'required'>();
  if (checked && !assessedOn) missing.set('assessedOn', 'required');
  if (checked && !assessedBy.trim()) missing.set('assessedBy', 'required');
  if (checked && !summary.trim()) missing.set('summary', 'required');
  if (checked && !recommendation) missing.set('recommendation', 'required');
  const errors = fieldErrors(t, add.error, missing);
  const submit = () => {
    setChecked(true);
    if (!assessedOn || !assessedBy.trim() || !summary.trim() || !recommendation) return;
    add.mutate(
      { assessedOn, assessedBy: assessedBy.trim(), summary: summary.trim(), recommendation, reviewOn: reviewOn || null },
      { onSuccess: () => { notifications.show({ color: 'teal', message: t('children.assessment.saved') }); onClose(); } },
    );
  };
  return (
    <FormDrawer opened onClose={onClose} title={t('children.assessment.add')} submitLabel={t('common.save')} pending={add.isPending} onSubmit={submit}>
      <DateField label={t('children.assessment.assessedOn')} value={assessedOn} onChange={setAssessedOn} required error={errors.at('assessedOn')} />
      <TextInput label={t('children.assessment.assessedBy')} description={t('children.assessment.assessedByHint')} value={assessedBy} onChange={(e) => setAssessedBy(e.currentTarget.value)} required maxLength={300} error={errors.at('assessedBy')} data-autofocus />
      <Textarea label={t('children.assessment.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} required autosize minRows={3} maxLength={10_000} error={errors.at('summary')} />
      <NativeSelect label={t('children.assessment.recommendation')} value={recommendation} onChange={(e) => setRecommendation(e.currentTarget.value as BestInterestsRecommendation | '')} required error={errors.at('recommendation')}
        data={[{ value: '', label: '—' }, ...BEST_INTERESTS_RECOMMENDATIONS.map((value) => ({ value, label: t(`children.recommendation.${value}`) }))]} />
      <DateField label={t('children.assessment.reviewOn')} value={reviewOn} onChange={setReviewOn} error={errors.at('reviewOn')} />
      {add.isError && <ProblemAlert error={add.error} fields={ASSESSMENT_FIELDS} />}
    </FormDrawer>
  );
}
