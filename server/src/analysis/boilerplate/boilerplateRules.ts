import type { BoilerplateRule } from './rule';
import { promptRule } from './rules/prompt';
import { agencyTagRule } from './rules/agencyTag';
import { readMoreRule } from './rules/readMore';
import { sectionLabelRule, teaserRule } from './rules/teaser';
import { appealRule } from './rules/appeal';
import { uiResidueRule } from './rules/uiResidue';
import { copyrightRule } from './rules/copyright';
import { advertRule } from './rules/advert';
import { pageResidueRule } from './rules/pageResidue';

/** Every boilerplate rule, in the order their findings win when two overlap. */
export const boilerplateRules: readonly BoilerplateRule[] = [
  promptRule, agencyTagRule, appealRule, readMoreRule, sectionLabelRule, teaserRule, uiResidueRule, advertRule, copyrightRule,
  pageResidueRule, // last: it weighs what the named rules found
];
