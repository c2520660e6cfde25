import { parseArgs } from 'node:util';
import { loadSettings } from '@app/config';
import { signToken } from '../../api/src/auth/token-signer';

/** npm run token -- --user hoa --org ministry-culture --role reviewer [--role submitter] [--expires 8h] */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      user: { type: 'string' },
      org: { type: 'string' },
      role: { type: 'string', multiple: true },
      expires: { type: 'string', default: '8h' },
    },
  });
  const roles = values.role ?? [];
  const unknown = roles.filter((role) => !['submitter', 'reviewer', 'admin'].includes(role));
  if (!values.user || !values.org || roles.length === 0 || unknown.length > 0) {
    console.error(
      (unknown.length > 0 ? `unknown role ${unknown.map((role) => JSON.stringify(role)).join(', ')}; ` : '') +
        'usage: npm run token -- --user <user id> --org <organisation id> --role <submitter|reviewer|admin> [--role …] [--expires 8h]',
    );
    process.exit(2);
  }
  const settings = loadSettings();
  console.log(await signToken(settings.JWT_SECRET, { userId: values.user, orgId: values.org, roles, expiresIn: values.expires }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
