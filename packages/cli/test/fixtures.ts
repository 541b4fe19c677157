// Small plans for the CLI tests. Line numbers matter: the tests name the line:col of each finding.

/** A plan meant to have no findings at all: every action has a lead, targets and 3/6/12-month milestones. */
export const CLEAN_PLAN = `plan "Riverside Accelerated Progress Plan" {
  type APP
  local-area "Riverside"
  period 2020-03-01 to 2021-09-30
  agreed 2020-03-20
  accountable dcs, ccg-lead
}

organisation council "Riverside Council" kind local-authority
organisation ccg "Riverside CCG" kind health
organisation pcf "Riverside Parent Carer Forum" kind parent-carer-forum

person dcs "Dana Cole" role "Director of Children's Services" at council
person ccg-lead "Sam Patel" role "Accountable Officer" at ccg
person jane "Jane Smith" role "Head of SEND" at council

board improvement-board "SEND Improvement Board" {
  chairs dcs, ccg-lead
  meets monthly
  members council, ccg, pcf
}

inspection revisit from 2019-12-09 to 2019-12-11 {
  weakness W1 "The quality of EHC plans was not acceptable." not-sufficient
}

measure ehcp-quality "EHC plans audited as good or better" {
  kind impact
  unit percent
  baseline 35 on 2020-01-31 source "Monthly EHC plan audit"
  target 70 by 2021-03-31
}

area 1 "Quality of EHC plans" addresses W1 {
  action 1.1 "Train EHC coordinators in outcome-focused plan writing" {
    lead jane
    partners pcf
    start 2020-03-01
    due 2021-03-31
    target ehcp-quality
    target "Coordinators trained" 100 percent by 2020-09-30 from 20 on 2020-02-01
    milestone 3 months 2020-06-01 "First cohort of coordinators trained"
    milestone 6 months 2020-09-01 "All coordinators trained"
    milestone 12 months 2021-03-01 "Audit shows 70% of plans good or better"
    update 2020-04-20 "Training designed with the forum; the first cohort starts in May"
  }
}
`;

/** Action 1.1 (line 11) has neither targets nor milestones, and W2 (line 7) is addressed by nothing. */
export const BROKEN_PLAN = `plan "Broken plan" { type APP local-area "X" period 2020-03-01 to 2021-09-30 }

person jane "Jane" role "Head of SEND"

inspection revisit from 2019-12-09 to 2019-12-11 {
  weakness W1 "Plans were poor." not-sufficient
  weakness W2 "Waiting times were long." not-sufficient
}

area 1 "Plans" addresses W1 {
  action 1.1 "Rewrite the plans" {
    lead jane
    start 2020-03-01
    due 2020-12-31
  }
}
`;

/** The header is half-typed: local-area (line 3) has no name, so the parser trips on line 4's brace. */
export const SYNTAX_ERROR_PLAN = `plan "Half-typed plan" {
  type APP
  period 2020-03-01 to 2021-09-30
  local-area
}
`;

/** The clean plan with the lead taken out of its action (Jane stays, as a partner): exactly one error, on line 35. */
export const ONE_ERROR_PLAN = CLEAN_PLAN.replace('    lead jane\n    partners pcf\n', '    partners pcf, jane\n');

/** People kept in a shared file, with a mistake of its own (an organisation that does not exist). */
export const PEOPLE_FILE = `person jane "Jane Smith" role "Head of SEND" at nowhere
`;

/** A plan whose lead comes from people.appl. */
export const IMPORTING_PLAN = `import "people.appl"
${CLEAN_PLAN.replace('person jane "Jane Smith" role "Head of SEND" at council\n', '')}`;
