import type { Paper } from '../../shared/api/limits';

/** Where Letter is the usual paper (CLDR's paper-size data); A4 everywhere else. */
const letterRegions = new Set(['US', 'CA', 'MX', 'BZ', 'CL', 'CO', 'CR', 'GT', 'NI', 'PA', 'PH', 'PR', 'SV', 'VE']);

/** The paper of the user's region, from the language the system gives the window (en-US → Letter, de-DE → A4). */
export function defaultPaper(language = navigator.language): Paper {
  try {
    const region = new Intl.Locale(language).maximize().region;
    return region && letterRegions.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}
