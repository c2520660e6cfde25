import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { DeadlineQueries } from '@app/projections/deadlines/deadline.queries';

/**
 * Prometheus metrics. Review gauges are read from the read models at scrape time (one query), so
 * they are always what the read models say and need no bookkeeping of their own.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly refusedRequests = new Counter({
    name: 'emulation_refused_requests_total',
    help: 'Requests refused for authentication (401) or authorisation (403)',
    labelNames: ['status', 'route'] as const,
    registers: [this.registry],
  });

  constructor(deadlines: DeadlineQueries) {
    collectDefaultMetrics({ register: this.registry });
    const open = this.gauge('emulation_open_reviews', 'Review steps waiting on an organisation');
    const overdue = this.gauge('emulation_overdue_reviews', 'Review steps past their due date');
    const escalations = this.gauge('emulation_escalations', 'Escalations of reviews from an organisation, since the beginning');
    new Gauge({
      name: 'emulation_review_metrics_scrape_timestamp_seconds',
      help: 'When the review gauges were last read from the read models',
      registers: [this.registry],
      async collect() {
        const rows = await deadlines.metrics(new Date());
        for (const gauge of [open, overdue, escalations]) gauge.reset();
        for (const row of rows) {
          const labels = { level: row.level ?? 'unknown', org: row.orgId };
          open.set(labels, row.openReviews);
          overdue.set(labels, row.overdueReviews);
          escalations.set(labels, row.escalations);
        }
        this.set(Date.now() / 1000);
      },
    });
  }

  private gauge(name: string, help: string): Gauge<'level' | 'org'> {
    return new Gauge({ name, help, labelNames: ['level', 'org'] as const, registers: [this.registry] });
  }
}
