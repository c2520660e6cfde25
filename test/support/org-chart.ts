import { api } from './http';
import { TestApp } from './test-app';

/**
 * central-council ─┬─ ministry-culture ─── dept-heritage
 *                  │                   └── dept-digital
 *                  └─ ministry-justice
 */
export const ORGS = [
  { orgId: 'central-council', name: 'Central Emulation and Reward Council', level: 'central_council' },
  { orgId: 'ministry-culture', name: 'Ministry of Culture, Sports and Tourism', level: 'ministry', parentId: 'central-council' },
  { orgId: 'ministry-justice', name: 'Ministry of Justice', level: 'ministry', parentId: 'central-council' },
  { orgId: 'dept-heritage', name: 'Department of Cultural Heritage', level: 'unit', parentId: 'ministry-culture' },
  { orgId: 'dept-digital', name: 'Department of Digital Transformation', level: 'unit', parentId: 'ministry-culture' },
];

export async function registerOrgChart(test: TestApp): Promise<void> {
  const admin = await test.token('admin-1', 'central-council', 'admin');
  for (const org of ORGS) {
    const response = await api(test.app).post('/organisations', org, admin);
    if (response.status !== 201) throw new Error(`registering ${org.orgId}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}
