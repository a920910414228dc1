/** GET /api/site: public facts about the municipality and its URP, shown in the portal's header and footer. */
export interface SiteInfo {
  municipalityName: string;
  urpName: string;
  urpEmail: string;
  urpPec: string | null;
  urpPhone: string | null;
  urpAddress: string | null;
}
