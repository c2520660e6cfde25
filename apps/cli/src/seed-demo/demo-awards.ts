import { AwardCommand, HonoursCommand, Rating } from '@app/domain';
import { AwardWorld, runAwardCommand, runHonoursCommand } from '@app/workflow';
import { reviewerOf, submitterOf } from './demo-actors';
import { CENTRAL_COUNCIL } from './demo-organisations';
import { demoCommandId, onDay } from './demo-world';

/** Two officials of the culture ministry, known by their personnel numbers; their names are personal data. */
const LAN = { kind: 'individual' as const, key: 'cb-0412', name: 'Nguyễn Thị Lan', orgId: 'mcst-libraries' };
const MINH = { kind: 'individual' as const, key: 'cb-0977', name: 'Trần Văn Minh', orgId: 'mcst-personnel' };

async function honours(world: AwardWorld, command: HonoursCommand, label: string, day: string): Promise<void> {
  await runHonoursCommand(world.store, { command, actor: reviewerOf('mcst'), commandId: demoCommandId(`honours/${label}`), now: onDay(day) });
}

async function award(world: AwardWorld, command: AwardCommand, actorOrg: string, role: 'submitter' | 'reviewer', label: string, day: string): Promise<void> {
  const actor = role === 'submitter' ? submitterOf(actorOrg) : reviewerOf(actorOrg);
  await runAwardCommand(world, { command, actor, commandId: demoCommandId(`award/${label}`), now: onDay(day) });
}

/** Yearly results as the ministry's council recognised them, each year's decision named. */
async function results(world: AwardWorld, nominee: typeof LAN, years: Record<number, [Rating, boolean]>): Promise<void> {
  for (const [year, [rating, fighter]] of Object.entries(years)) {
    await honours(
      world,
      {
        type: 'RecordAnnualResult',
        data: {
          nomineeKey: nominee.key,
          nomineeKind: 'individual',
          orgId: nominee.orgId,
          year: Number(year),
          rating,
          ...(fighter ? { titles: ['grassroots_emulation_fighter' as const] } : {}),
          basisRef: `${Number(year) + 1}/QĐ-BVHTTDL`,
        },
      },
      `${nominee.key}/${year}`,
      `${Number(year) + 1}-01-20`,
    );
  }
}

/**
 * The award ledger and nominations: one granted by the Central Council on the law's conditions,
 * one granted by the ministry and later revoked, one let through on a written justification and
 * still waiting for a quorate vote.
 */
export async function seedAwards(world: AwardWorld): Promise<void> {
  await results(world, LAN, { 2021: ['good', true], 2022: ['excellent', false], 2023: ['good', true], 2024: ['excellent', false], 2025: ['excellent', true] });
  await honours(
    world,
    { type: 'RecordPriorAward', data: { nomineeKey: LAN.key, nomineeKind: 'individual', orgId: LAN.orgId, form: 'ministry_certificate', year: 2022, achievementKey: 'libraries-2022', decisionRef: '512/QĐ-BVHTTDL' } },
    `${LAN.key}/prior-2022`,
    '2023-03-02',
  );
  await results(world, MINH, { 2024: ['excellent', false], 2025: ['excellent', false] });

  const lanAchievement = { key: 'report-mcst-libraries-2025', year: 2025, description: 'Led digital literacy courses for 1,650 readers at public libraries in 2025' };
  await award(world, { type: 'NominateForAward', data: { nominationId: 'pm-cert-cb-0412', nominee: LAN, form: 'prime_minister_certificate', achievement: lanAchievement } }, 'mcst-libraries', 'submitter', 'pm-cert-cb-0412/nominate', '2026-02-16');
  await award(world, { type: 'RecordCouncilVote', data: { nominationId: 'pm-cert-cb-0412', votes: { members: 21, for: 18, against: 1, abstain: 1 }, decisionRef: '845/QĐ-TTg' } }, CENTRAL_COUNCIL, 'reviewer', 'pm-cert-cb-0412/vote', '2026-04-14');

  const minhAchievement = { key: 'report-mcst-personnel-2025', year: 2025, description: 'Digital transformation training for 88% of the ministry’s staff in 2025' };
  await award(world, { type: 'NominateForAward', data: { nominationId: 'cert-cb-0977', nominee: MINH, form: 'ministry_certificate', achievement: minhAchievement } }, 'mcst-personnel', 'submitter', 'cert-cb-0977/nominate', '2026-02-18');
  await award(world, { type: 'RecordCouncilVote', data: { nominationId: 'cert-cb-0977', votes: { members: 11, for: 9, against: 1, abstain: 0 }, decisionRef: '301/QĐ-BVHTTDL' } }, 'mcst', 'reviewer', 'cert-cb-0977/vote', '2026-03-20');
  await award(world, { type: 'RevokeAward', data: { nominationId: 'cert-cb-0977', reason: 'The inspection found the 2025 training figures inflated (conclusion 55/KL-TTr)', decisionRef: '1187/QĐ-BVHTTDL' } }, 'mcst', 'reviewer', 'cert-cb-0977/revoke', '2026-09-07');

  const collective = { kind: 'collective' as const, key: 'hanoi-science', name: 'Hanoi Department of Science and Technology', orgId: 'hanoi-science' };
  await award(
    world,
    {
      type: 'NominateForAward',
      data: {
        nominationId: 'flag-hanoi-science-2025',
        nominee: collective,
        form: 'government_emulation_flag',
        achievement: { key: 'hanoi-2025-agreement', year: 2025, description: 'Led the city agencies’ 2025 joint agreement; first in the city’s digital transformation index' },
        override: { justification: 'Exceptional result in the city’s 2025 digital transformation index; the records of earlier years were kept outside this system' },
      },
    },
    CENTRAL_COUNCIL,
    'reviewer',
    'flag-hanoi-science-2025/nominate',
    '2026-03-05',
  );
  await award(world, { type: 'RecordCouncilVote', data: { nominationId: 'flag-hanoi-science-2025', votes: { members: 21, for: 8, against: 2, abstain: 1 } } }, CENTRAL_COUNCIL, 'reviewer', 'flag-hanoi-science-2025/vote', '2026-04-14');
}
