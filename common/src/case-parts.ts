import type { Role } from './roles.js';

/**
 * The parts of a victim's record. Who sees a record at all is decided by row-level security
 * (server/migrations/0006_cases.sql); which parts of a visible record a caller sees is decided here,
 * by role, and narrowed by the referral or access grant through which a body sees someone else's case.
 * The header (reference, owner body, status, channel, dates) and consent records go with every part.
 */
export const CASE_PARTS = ['identity', 'victim', 'services', 'safety', 'investigation', 'hotline'] as const;
export type CasePart = (typeof CASE_PARTS)[number];

export const ROLE_CASE_PARTS: Partial<Record<Role, readonly CasePart[]>> = {
  // The special police unit investigates: not shelter life, safety arrangements or hotline notes.
  police_investigator: ['identity', 'victim', 'investigation'],
  police_supervisor: ['identity', 'victim', 'investigation'],
  shelter_worker: ['identity', 'services', 'safety'],
  ngo_partner: ['identity', 'victim', 'services', 'safety'],
  hotline_operator: ['identity', 'victim', 'hotline'],
  frontline_officer: ['identity', 'victim'],
};

export function casePartsOf(role: Role): readonly CasePart[] {
  return ROLE_CASE_PARTS[role] ?? [];
}

export function isCasePart(value: string): value is CasePart {
  return (CASE_PARTS as readonly string[]).includes(value);
}

/** Codes from HTCDS v2 where it has them (exported with its field names), extended where Azerbaijan needs more. */
export const TRAFFICKING_STATUSES = ['potential', 'presumed', 'identified', 'not_victim'] as const;
export const CASE_STATUSES = ['active', 'follow_up', 'closed', 'closed_referred'] as const;
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export const IDENTIFICATION_CHANNELS = ['hotline', 'police', 'border', 'migration', 'labour_inspection', 'consulate', 'health', 'ngo', 'self_referral', 'other'] as const;
export const EXPLOITATION_FORMS = [
  'ForcedLabour', 'SexualExploitation', 'ChildLabour', 'ForcedMarriage', 'Servitude', 'ForcedMilitaryByNonStateActors',
  'OrganRemoval', 'ForcedBegging', 'ForcedAdoption', 'Surrogacy', 'ForcedCriminality', 'Other',
] as const;
export const SEX_EXPLOITATION_TYPES = ['Prostitution', 'Pornography', 'RemoteInteractiveServices', 'PrivateSexualServices'] as const;
export const RECRUITMENT_METHODS = [
  'AtAPlaceOfBusiness', 'AtAnEducationalInstitution', 'AtWork', 'ThroughOnlineSocialNetworks', 'ThroughAnOnlineAdvertisement',
  'ThroughATelevisionAdvert', 'ThroughANewspaperAdvert', 'ThroughFamilyOrFamilyEvents', 'ThroughFriendsOrSocialEvents', 'ThroughEmploymentAgency', 'Other',
] as const;
export const CONTROL_METHODS = [
  'PhysicalThreats', 'ThreatsLawEnforcement', 'ThreatensChildrenFamily', 'DebtBondage', 'FalsePromises', 'PhysicalAbuse', 'SexualAbuse',
  'TakesEarnings', 'RestrictsFinancialAccess', 'RestrictsMedicalCare', 'WithholdsNecessities', 'PsychologicalAbuse', 'PsychoactiveSubstance',
  'ExcessiveWorkingHours', 'WithholdsDocuments', 'RestrictsMovement', 'UsesChildren', 'Other',
] as const;
export const LABOUR_INDUSTRIES = [
  'A_AgricultureForestryAndFishing', 'B_MiningAndQuarrying', 'C_Manufacturing', 'D_ElectricityGasSteamAndAirConditioningSupply',
  'E_WaterSupplySewerageWasteManagement', 'F_Construction', 'G_WholesaleAndRetailTradeRepairOfMotorVehicles', 'H_TransportationAndStorage',
  'I_AccommodationAndFoodServiceActivities', 'J_InformationAndCommunication', 'K_FinancialAndInsuranceActivities', 'L_RealEstateActivities',
  'M_ProfessionalScientificAndTechnicalActivities', 'N_AdministrativeAndSupportServiceActivities', 'O_PublicAdministrationAndDefence',
  'P_Education', 'Q_HumanHealthAndSocialWorkActivities', 'R_ArtsEntertainmentAndRecreation', 'S_OtherServiceActivities',
  'T_ActivitiesOfHouseholdsAsEmployers', 'U_ActivitiesOfExtraterritorialOrganizations',
] as const;
export const PERPETRATOR_ROLES = [
  'TravellingPartner', 'Transporter', 'RecruiterOrIntermediary', 'BrokerTravelAgent', 'TransferredIndividual', 'HarbouredIndividual',
  'SoldIndividual', 'BoughtIndividual', 'ReceivedIndividual', 'ControlledIndividual', 'Smuggler', 'Abuser', 'Kidnapper', 'Exploiter', 'Other',
] as const;
export const PROCEEDING_STAGES = ['preliminary_investigation', 'indictment', 'trial', 'verdict', 'appeal', 'closed'] as const;
export const CONSENT_PURPOSES = ['data_processing', 'sharing_with_bodies', 'assistance', 'investigation', 'contact', 'statistics'] as const;
export const MIGRATION_STATUSES = ['citizen', 'regular', 'irregular', 'asylum_seeker', 'refugee', 'stateless', 'unknown'] as const;
export const DOCUMENT_KINDS = ['national_id', 'passport', 'birth_certificate', 'residence_permit', 'other'] as const;
