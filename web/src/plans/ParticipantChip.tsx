import { Badge, Group, Tooltip, VisuallyHidden, type BadgeProps } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { organisationName } from '../organisations/names';
import classes from './plans.module.css';
import { PARTICIPANT_ROLES, type Participant, type ParticipantRole } from './types';

export interface ChipData {
  role: ParticipantRole;
  /** Short name of the organisation, or the name as written. */
  label: string;
  /** Full name, shown in the tooltip and read by screen readers. */
  fullName: string;
  /** A name no organisation was recognised for. */
  unmatched: boolean;
}

const STYLE: Record<ParticipantRole, BadgeProps> = {
  executor: { variant: 'filled', color: 'indigo' },
  involved: { variant: 'outline', color: 'indigo' },
  recommended: { variant: 'outline', color: 'teal', className: `${classes.chip} ${classes.recommended}` },
  generic: { variant: 'light', color: 'gray' },
};

export function chipOfParticipant(p: Participant, locale: string): ChipData {
  const org = p.organisation;
  return {
    role: p.role,
    label: org?.shortName || p.name,
    fullName: org ? organisationName(org, locale) : p.name,
    unmatched: !org && p.role !== 'generic',
  };
}

/** One participant of a measure: filled for executors, outlined for involved parties, dashed for recommended ones. */
export function ParticipantChip({ chip }: { chip: ChipData }) {
  const { t } = useTranslation();
  const role = t(`plans.role.${chip.role}`);
  const label = chip.unmatched ? t('plans.participant.unmatched', { role, name: chip.fullName }) : `${role}: ${chip.fullName}`;
  const style: BadgeProps = chip.unmatched ? { variant: 'light', color: 'orange' } : STYLE[chip.role];
  return (
    <Tooltip label={label} events={{ hover: true, focus: true, touch: true }} multiline maw={360}>
      <Badge
        component="span"
        size="md"
        radius="sm"
        tabIndex={0}
        className={classes.chip}
        leftSection={chip.unmatched ? <IconAlertTriangle size={12} aria-hidden /> : undefined}
        data-role={chip.role}
        {...style}
      >
        <span aria-hidden>{chip.label}</span>
        <VisuallyHidden>{label}</VisuallyHidden>
      </Badge>
    </Tooltip>
  );
}

const roleOrder = (role: ParticipantRole) => PARTICIPANT_ROLES.indexOf(role);

/** A measure's participants in role order: executors, involved parties, recommended, generic. */
export function ParticipantChips({ chips }: { chips: ChipData[] }) {
  const sorted = [...chips].sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
  return (
    <Group gap={4} wrap="wrap">
      {sorted.map((chip, i) => (
        <ParticipantChip key={`${chip.role}:${chip.fullName}:${i}`} chip={chip} />
      ))}
    </Group>
  );
}
