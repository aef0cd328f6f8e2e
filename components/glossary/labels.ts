/** The page's labels for kinds and rendering statuses. */
import type { MessageKey } from '@/utils/i18n';
import type { GlossaryKind, Rendering } from '@/utils/glossary';

/** Heading of a kind's group (plural). */
export const KIND_HEADING: Record<GlossaryKind, MessageKey> = {
  'party-formula': 'glossaryKindsPartyFormula',
  'policy-programme': 'glossaryKindsPolicyProgramme',
  'labour-union': 'glossaryKindsLabourUnion',
  'honour-campaign': 'glossaryKindsHonourCampaign',
  institution: 'glossaryKindsInstitution',
  newsroom: 'glossaryKindsNewsroom',
};

/** Kind of one entry (singular). */
export const KIND_LABEL: Record<GlossaryKind, MessageKey> = {
  'party-formula': 'glossaryKindPartyFormula',
  'policy-programme': 'glossaryKindPolicyProgramme',
  'labour-union': 'glossaryKindLabourUnion',
  'honour-campaign': 'glossaryKindHonourCampaign',
  institution: 'glossaryKindInstitution',
  newsroom: 'glossaryKindNewsroom',
};

export const STATUS_LABEL: Record<Rendering['status'], MessageKey> = {
  official: 'glossaryStatusOfficial',
  alternative: 'glossaryStatusAlternative',
  project: 'glossaryStatusProject',
};
