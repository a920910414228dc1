import type { TicketReceipt } from '@urp/shared/contracts';

import type { HttpClient } from './http-client';

export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export interface CitizenFiling {
  kind?: string;
  subject?: string;
  body?: string;
  name?: string;
  email?: string;
  phone?: string;
  privacyConsent?: string;
  website?: string;
  files?: { name: string; type: string; bytes: Buffer }[];
}

export function citizenForm(input: CitizenFiling = {}): FormData {
  const form = new FormData();
  const fields: Record<string, string | undefined> = {
    kind: input.kind ?? 'complaint',
    subject: input.subject ?? 'Buca pericolosa in via Balbi',
    body: input.body ?? 'Da due settimane una buca davanti al civico 5 mette a rischio pedoni e motorini.',
    name: input.name ?? 'Maria Rossi',
    email: 'email' in input ? input.email : 'maria.rossi@example.org',
    phone: input.phone,
    privacyConsent: input.privacyConsent ?? 'true',
    website: input.website,
  };
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, value);
  for (const file of input.files ?? []) {
    form.append('attachments', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
  }
  return form;
}

/** Files through the public form, as a citizen's browser does. */
export async function fileAsCitizen(client: HttpClient, input: CitizenFiling = {}): Promise<TicketReceipt> {
  const result = await client.postForm<TicketReceipt>('/api/public/tickets', citizenForm(input));
  if (result.status !== 201) throw new Error(`Filing failed: ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}
