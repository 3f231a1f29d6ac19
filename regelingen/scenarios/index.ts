/**
 * Every scenario fixture of regelingen/scenarios/, for the scenario tests (a browser cannot list a
 * directory). Add a new fixture here as one import and one entry.
 */
import s01 from './01-mantelzorger-moeder-dementie.json';
import s02 from './02-werkgever-banenafspraak.json';
import s03 from './03-betalingsachterstanden.json';
import s04 from './04-crisis-geweld-thuis.json';
import s05 from './05-crisis-zelfdoding.json';
import s06 from './06-dakloos.json';
import s07 from './07-jeugd-twee-deuren.json';
import s08 from './08-aow-aio.json';
import s09 from './09-utrecht-laag-inkomen.json';
import s10 from './10-eindhoven-meedoenbijdrage.json';
import s11 from './11-andere-gemeente-zonder-overlay.json';
import s12 from './12-mobiliteit-reizen.json';
import s13 from './13-professional-wlz.json';
import s14 from './14-zzp-weinig-inkomen.json';
import s15 from './15-werkgever-herplaatsen.json';
import s16 from './16-student-met-beperking.json';
import s17 from './17-baan-kwijt.json';
import s18 from './18-ouder-kinderen-school.json';
import s19 from './19-chronisch-ziek-thuis.json';
import s20 from './20-huisarts-psychisch-schulden.json';
import s21 from './21-mantelzorger-partner-hersenletsel.json';
import s22 from './22-werkgever-wajong-jongere.json';
import s23 from './23-werkgever-kandidaat-wia.json';
import s24 from './24-ziek-bijna-aow.json';
import s25 from './25-urgent-zelfdoding-en-schulden.json';
import s26 from './26-urgent-geweld-en-geen-slaapplek.json';
import s27 from './27-ouder-kind-ernstige-beperking.json';
import s28 from './28-wlz-indicatie-thuis.json';
import s29 from './29-zzp-levensvatbaar-bedrijf.json';
import s30 from './30-student-onder-27.json';
import s31 from './31-alleen-moeite-met-lopen.json';
import s40 from './40-oudere-werkloze-ioaw.json';
import s41 from './41-zzp-55-stoppen-ioaz.json';
import s42 from './42-jongere-met-beperking-wajong.json';
import s43 from './43-weduwe-met-kinderen-anw.json';
import s44 from './44-ziek-zonder-werkgever.json';
import s45 from './45-alleenverdiener-met-ww.json';
import s46 from './46-huurachterstand-na-inkomensval.json';
import s47 from './47-gezin-met-weinig-geld-leergeld.json';
import s48 from './48-werkgever-transitievergoeding.json';
import s49 from './49-bijstand-met-huisgenoot-kostendelers.json';
import s50 from './50-jongere-19-alleen.json';
import s51 from './51-check-na-2026-cijfers-verlopen.json';
import s52 from './52-zelfde-check-in-2026.json';
import s53 from './53-spaargeld-geen-bijstand.json';
import s54 from './54-kwijtschelding-boven-de-norm.json';
import s55 from './55-bijstand-moeder-traject-kinderopvang.json';
import s70 from './70-mantelzorger-kind-met-handicap.json';
import s71 from './71-ouder-kind-intensieve-zorg.json';
import s72 from './72-bijna-18-met-jeugdhulp.json';
import s73 from './73-achttien-jaar-zelfstandig.json';
import s74 from './74-pleegkind-wordt-18.json';
import s75 from './75-oudere-eenzaam.json';
import s76 from './76-huisarts-jongere-zelfdoding.json';
import s77 from './77-leerlingenvervoer-afstand.json';
import s78 from './78-scholier-16-studietoeslag.json';
import s79 from './79-kamer-huurtoeslag.json';
import s80 from './80-seksueel-geweld.json';
import s81 from './81-kind-12-eenzaam.json';
import s82 from './82-mantelzorger-vader-plotseling-ziek.json';
import s83 from './83-slechtziend-reizen.json';
import s84 from './84-huurder-probleem-verhuurder.json';

export interface Scenario {
  naam: string;
  beschrijving: string;
  perspectief: 'zelf' | 'mantelzorger' | 'werkgever' | 'professional';
  gemeente?: string;
  datum: string;
  antwoorden: Record<string, boolean | number | string | string[] | null>;
  moetTonen: string[];
  magNietTonen: string[];
  urgent?: string[];
  eersteLoket?: string;
}

/** File name → fixture. */
export const SCENARIOS: Record<string, Scenario> = {
  '01-mantelzorger-moeder-dementie.json': s01 as Scenario,
  '02-werkgever-banenafspraak.json': s02 as Scenario,
  '03-betalingsachterstanden.json': s03 as Scenario,
  '04-crisis-geweld-thuis.json': s04 as Scenario,
  '05-crisis-zelfdoding.json': s05 as Scenario,
  '06-dakloos.json': s06 as Scenario,
  '07-jeugd-twee-deuren.json': s07 as Scenario,
  '08-aow-aio.json': s08 as Scenario,
  '09-utrecht-laag-inkomen.json': s09 as Scenario,
  '10-eindhoven-meedoenbijdrage.json': s10 as Scenario,
  '11-andere-gemeente-zonder-overlay.json': s11 as Scenario,
  '12-mobiliteit-reizen.json': s12 as Scenario,
  '13-professional-wlz.json': s13 as Scenario,
  '14-zzp-weinig-inkomen.json': s14 as Scenario,
  '15-werkgever-herplaatsen.json': s15 as Scenario,
  '16-student-met-beperking.json': s16 as Scenario,
  '17-baan-kwijt.json': s17 as Scenario,
  '18-ouder-kinderen-school.json': s18 as Scenario,
  '19-chronisch-ziek-thuis.json': s19 as Scenario,
  '20-huisarts-psychisch-schulden.json': s20 as Scenario,
  '21-mantelzorger-partner-hersenletsel.json': s21 as Scenario,
  '22-werkgever-wajong-jongere.json': s22 as Scenario,
  '23-werkgever-kandidaat-wia.json': s23 as Scenario,
  '24-ziek-bijna-aow.json': s24 as Scenario,
  '25-urgent-zelfdoding-en-schulden.json': s25 as Scenario,
  '26-urgent-geweld-en-geen-slaapplek.json': s26 as Scenario,
  '27-ouder-kind-ernstige-beperking.json': s27 as Scenario,
  '28-wlz-indicatie-thuis.json': s28 as Scenario,
  '29-zzp-levensvatbaar-bedrijf.json': s29 as Scenario,
  '30-student-onder-27.json': s30 as Scenario,
  '31-alleen-moeite-met-lopen.json': s31 as Scenario,
  '40-oudere-werkloze-ioaw.json': s40 as Scenario,
  '41-zzp-55-stoppen-ioaz.json': s41 as Scenario,
  '42-jongere-met-beperking-wajong.json': s42 as Scenario,
  '43-weduwe-met-kinderen-anw.json': s43 as Scenario,
  '44-ziek-zonder-werkgever.json': s44 as Scenario,
  '45-alleenverdiener-met-ww.json': s45 as Scenario,
  '46-huurachterstand-na-inkomensval.json': s46 as Scenario,
  '47-gezin-met-weinig-geld-leergeld.json': s47 as Scenario,
  '48-werkgever-transitievergoeding.json': s48 as Scenario,
  '49-bijstand-met-huisgenoot-kostendelers.json': s49 as Scenario,
  '50-jongere-19-alleen.json': s50 as Scenario,
  '51-check-na-2026-cijfers-verlopen.json': s51 as Scenario,
  '52-zelfde-check-in-2026.json': s52 as Scenario,
  '53-spaargeld-geen-bijstand.json': s53 as Scenario,
  '54-kwijtschelding-boven-de-norm.json': s54 as Scenario,
  '55-bijstand-moeder-traject-kinderopvang.json': s55 as Scenario,
  '70-mantelzorger-kind-met-handicap.json': s70 as Scenario,
  '71-ouder-kind-intensieve-zorg.json': s71 as Scenario,
  '72-bijna-18-met-jeugdhulp.json': s72 as Scenario,
  '73-achttien-jaar-zelfstandig.json': s73 as Scenario,
  '74-pleegkind-wordt-18.json': s74 as Scenario,
  '75-oudere-eenzaam.json': s75 as Scenario,
  '76-huisarts-jongere-zelfdoding.json': s76 as Scenario,
  '77-leerlingenvervoer-afstand.json': s77 as Scenario,
  '78-scholier-16-studietoeslag.json': s78 as Scenario,
  '79-kamer-huurtoeslag.json': s79 as Scenario,
  '80-seksueel-geweld.json': s80 as Scenario,
  '81-kind-12-eenzaam.json': s81 as Scenario,
  '82-mantelzorger-vader-plotseling-ziek.json': s82 as Scenario,
  '83-slechtziend-reizen.json': s83 as Scenario,
  '84-huurder-probleem-verhuurder.json': s84 as Scenario,
};
