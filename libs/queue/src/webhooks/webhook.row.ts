export interface WebhookRow {
  id: string;
  orgId: string;
  url: string;
  /** null: every dossier event that concerns the organisation. */
  eventTypes: string[] | null;
  status: 'active' | 'deleted';
  registeredAt: string;
  deletedAt: string | null;
}

export interface DeadLetterRow {
  id: string;
  webhookId: string;
  orgId: string;
  eventId: string;
  attempts: number;
  lastError: string;
  failedAt: string;
}
