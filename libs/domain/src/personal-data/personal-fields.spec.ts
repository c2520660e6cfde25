import { personalFieldsOf } from './personal-fields';

const dossierId = '5f0c6a8e-0000-4000-8000-000000000001';
const individual = { kind: 'individual', key: 'nv-0042', name: 'Nguyễn Thị Lan', position: 'Trưởng phòng Số hóa tư liệu', orgId: 'dept-heritage' };
const payload = (nominee: object) => ({ awardForm: 'ministry_certificate', nominee, achievement: 'All records digitised', year: 2025 });

describe('personal fields', () => {
  it('are an individual nominee’s name and position in a nomination dossier, keyed by the nominee’s key', () => {
    const fields = [
      { path: ['payload', 'nominee', 'name'], subject: 'nv-0042' },
      { path: ['payload', 'nominee', 'position'], subject: 'nv-0042' },
    ];
    expect(personalFieldsOf('DossierCreated', { dossierId, orgId: 'dept-heritage', kind: 'award_nomination', payload: payload(individual) })).toEqual(fields);
    expect(personalFieldsOf('DossierEdited', { dossierId, payload: payload(individual) })).toEqual(fields);
  });

  it('fall back to the dossier as the subject when the nominee has no key', () => {
    const { key: _key, position: _position, ...keyless } = individual;
    expect(personalFieldsOf('DossierCreated', { dossierId, kind: 'award_nomination', payload: payload(keyless) })).toEqual([
      { path: ['payload', 'nominee', 'name'], subject: `dossier-${dossierId}` },
    ]);
  });

  it('cover the nominee of an award nomination', () => {
    expect(personalFieldsOf('AwardNominated', { nominationId: 'n-1', nominee: { kind: 'individual', key: 'nv-0042', name: 'Nguyễn Thị Lan' } })).toEqual([
      { path: ['nominee', 'name'], subject: 'nv-0042' },
    ]);
  });

  it('are none for a collective, for other kinds and types, and for malformed data', () => {
    expect(personalFieldsOf('DossierCreated', { dossierId, kind: 'award_nomination', payload: payload({ kind: 'collective', name: 'Department of Cultural Heritage' }) })).toEqual([]);
    expect(personalFieldsOf('DossierCreated', { dossierId, kind: 'implementation_plan', payload: { title: 'Plan' } })).toEqual([]);
    expect(personalFieldsOf('ReviewApproved', { dossierId, nominee: individual })).toEqual([]);
    expect(personalFieldsOf('constructor', {})).toEqual([]);
    expect(personalFieldsOf('DossierCreated', null)).toEqual([]);
    expect(personalFieldsOf('DossierEdited', { dossierId, payload: 'text' })).toEqual([]);
  });
});
