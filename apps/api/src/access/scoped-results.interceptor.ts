import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { map, Observable } from 'rxjs';
import { AccessContext, AccessRequest } from './access-context';
import { ResultScope } from './access-policy';

type Row = Record<string, unknown>;

/**
 * Cuts list answers down to the organisations the caller reaches, for routes whose policy says so
 * (`results`). The rows are filtered after the query, so a page may come back shorter than asked;
 * its cursor still continues after the last row read, so nothing is skipped or shown twice.
 */
@Injectable()
export class ScopedResultsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const access = context.switchToHttp().getRequest<AccessRequest>().access;
    const scope = access && !access.policy.public ? access.policy.results : undefined;
    if (!access || !scope || access.national) return next.handle();
    return next.handle().pipe(map((body) => FILTERS[scope](body, access)));
  }
}

const FILTERS: Record<ResultScope, (body: unknown, access: AccessContext) => unknown> = {
  'dossier-page': (body, access) => {
    const page = body as { items?: unknown };
    if (!isRecord(page) || !Array.isArray(page.items)) throw new Error('a dossier page without items cannot be scoped');
    return { ...page, items: (page.items as Row[]).filter((row) => concernsReachedOrg(row, access)) };
  },
  'org-rows': (body, access) => {
    if (Array.isArray(body)) return orgRows(body, access);
    if (!isRecord(body)) throw new Error('rows without organisations cannot be scoped');
    return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, Array.isArray(value) ? orgRows(value, access) : value]));
  },
};

/** Its owner, its current reviewer or an organisation it was escalated to is within reach. */
function concernsReachedOrg(row: Row, access: AccessContext): boolean {
  const escalated = Array.isArray(row.escalatedTo) ? (row.escalatedTo as unknown[]) : [];
  return [row.ownerOrgId, row.currentReviewerOrgId, ...escalated].some((orgId) => typeof orgId === 'string' && access.covers(orgId));
}

function orgRows(rows: unknown[], access: AccessContext): unknown[] {
  if (!rows.every((row) => isRecord(row) && typeof row.orgId === 'string')) throw new Error('rows without organisations cannot be scoped');
  return (rows as Row[]).filter((row) => access.covers(row.orgId as string));
}

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
