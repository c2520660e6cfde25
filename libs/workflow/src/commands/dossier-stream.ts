export const dossierStream = (dossierId: string): string => `dossier-${dossierId}`;
