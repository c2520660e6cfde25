import { parseArgs } from 'node:util';
import { loadSettings } from '@app/config';
import { signToken } from '../../api/src/auth/token-signer';

import { ROLES as KNOWN_ROLES } from '../../api/src/auth/roles';

const ROLES: readonly string[] = KNOWN_ROLES;
const USAGE =
  'usage: npm run token -- --user <user id> --org <organisation id> --role <' + ROLES.join('|') + '> [--role …]\n' +
  '                        [--grant <org>:<role> …] [--national] [--expires 8h]';

/** Prints an HS256 token signed with JWT_SECRET, with JWT_ISSUER and JWT_AUDIENCE when they are set. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string', multiple: true },
      grant: { type: 'string', multiple: true },
      national: { type: 'boolean', default: false },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = values.role ?? [];
  const grants = (values.grant ?? []).map((grant) => {
    const [org, role] = grant.split(':');
    return { org, role };
  });
  const unknown = [...roles, ...grants.map((grant) => grant.role)].filter((role) => !ROLES.includes(role));
  const badGrant = grants.find((grant) => !grant.org || !grant.role);
  if (!values.user || !values.org || roles.length + grants.length === 0 || unknown.length > 0 || badGrant) {
    console.error(
      (unknown.length > 0 ? `unknown role ${unknown.map((role) => JSON.stringify(role)).join(', ')}\n` : '') +
        (badGrant ? `bad --grant ${JSON.stringify(`${badGrant.org ?? ''}:${badGrant.role ?? ''}`)}: expected <org>:<role>\n` : '') +
        USAGE,
    );
    process.exit(2);
  }
  const settings = loadSettings();
  const token = await signToken(settings.JWT_SECRET, {
    userId: values.user,
    orgId: values.org,
    roles,
    ...(grants.length > 0 ? { grants } : {}),
    ...(values.national ? { scope: 'national' as const } : {}),
    expiresIn: values.expires,
    ...(settings.JWT_ISSUER ? { issuer: settings.JWT_ISSUER } : {}),
    ...(settings.JWT_AUDIENCE ? { audience: settings.JWT_AUDIENCE } : {}),
  });
  console.log(token);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
