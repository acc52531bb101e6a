/**
 * "Ansvar og oppfølging" in the action plan (Del 2 of "Aktivt med"): who answers for the plan.
 * Bokmål is the document's wording; English is a faithful summary.
 */
import type { Lang } from "../language.js";

const GENERAL: Record<Lang, string[]> = {
  nb: [
    "Kommunaldirektør er overordnet ansvarlig for BEHO sin deltakelse i helseklyngen og fordeler ansvar og ressurser i tråd med behov.",
    "Koordinator har et særskilt ansvar for oppfølging av denne planen med oppgaver som skissert i avsnittet «effektiv organisering».",
    "Alle byrådsavdelingens medarbeidere og ledere har et felles ansvar for å se til klyngen og bidra til implementering av tiltakene når det er naturlig i kraft av egen stilling og ansvarsområde.",
    "Rapportering på fremdrift av planen skal skje til kommunaldirektørens ledergruppe.",
  ],
  en: [
    "The kommunaldirektør (director) has overall responsibility for BEHO's participation in the cluster and allocates responsibility and resources as needed.",
    "The coordinator has a particular responsibility for following up the plan, with the tasks described under «effektiv organisering» (effective organisation).",
    "All staff and managers in the department share responsibility for engaging with the cluster and for helping implement the measures where their own role makes it natural.",
    "Progress on the plan is reported to the kommunaldirektør's management group.",
  ],
};

/** The plan's general division of responsibility, in the answer language. */
export function generalResponsibility(lang: Lang): string[] {
  return GENERAL[lang];
}
