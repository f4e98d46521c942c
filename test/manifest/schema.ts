/**
 * The parts of the add-in manifest schema this manifest uses, as sequences: each parent's children
 * must come in this order (XSD xs:sequence), between min and max times. Taken from
 * OfficeAppManifestV1_1.xsd (OfficeApp extended by TaskPaneApp), TaskPaneAppVersionOverridesV1_0.xsd
 * and OfficeAppBasicTypesV1_0.xsd.
 */
import type { XmlElement } from './xml';

export interface Particle {
  name: string;
  min: number;
  max: number;
}

const one = (name: string): Particle => ({ name, min: 1, max: 1 });
const opt = (name: string): Particle => ({ name, min: 0, max: 1 });
const many = (name: string, min = 0): Particle => ({ name, min, max: Infinity });

/** OfficeApp's own sequence followed by TaskPaneApp's extension. */
export const TASKPANE_APP: Particle[] = [
  one('Id'), opt('AlternateId'), one('Version'), one('ProviderName'), one('DefaultLocale'), one('DisplayName'),
  one('Description'), opt('IconUrl'), opt('HighResolutionIconUrl'), opt('SupportUrl'), opt('AppDomains'), opt('Hosts'),
  opt('Requirements'), one('DefaultSettings'), one('Permissions'), opt('Dictionary'), opt('VersionOverrides'),
];

/** Sequences by the element's local name (and, where the name is ambiguous, its parent's). */
export const SEQUENCES: Record<string, Particle[]> = {
  'OfficeApp': TASKPANE_APP,
  'OfficeApp/Requirements': [opt('Sets'), opt('Methods')],
  'OfficeApp/Hosts': [many('Host', 1)],
  'DefaultSettings': [one('SourceLocation')],
  'VersionOverrides': [
    opt('Description'), opt('Requirements'), opt('Hosts'), opt('Resources'), opt('WebApplicationInfo'),
    opt('EquivalentAddins'), opt('VersionOverrides'),
  ],
  'VersionOverrides/Hosts': [many('Host', 1)],
  'Hosts/Host': [opt('DesktopFormFactor')],
  'DesktopFormFactor': [opt('GetStarted'), opt('FunctionFile'), many('ExtensionPoint', 1)],
  'GetStarted': [one('Title'), one('Description'), one('LearnMoreUrl')],
  'ExtensionPoint': [many('OfficeTab'), many('CustomTab')],
  'OfficeTab': [many('Group', 1)],
  'Group': [one('Label'), one('Icon'), many('Control', 1)],
  'Control': [one('Label'), one('Supertip'), one('Icon'), one('Action')],
  'Supertip': [one('Title'), one('Description')],
  'Icon': [many('Image', 1)],
  'Action': [opt('TaskpaneId'), one('SourceLocation'), opt('Title')],
  'Resources': [opt('Images'), opt('Urls'), opt('ShortStrings'), opt('LongStrings')],
  'Images': [many('Image')],
  'Urls': [many('Url')],
  'ShortStrings': [many('String')],
  'LongStrings': [many('String')],
};

/** Problems with the order and number of an element's children against a sequence. */
export function sequenceProblems(parent: XmlElement, sequence: Particle[]): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  let position = 0;
  for (const c of parent.children) {
    const index = sequence.findIndex((p) => p.name === c.local);
    if (index < 0) {
      problems.push(`<${c.name}> is not a valid child of <${parent.name}>`);
      continue;
    }
    if (index < position) {
      problems.push(`<${c.name}> must come before <${sequence[position].name}> in <${parent.name}>`);
      continue;
    }
    position = index;
    counts.set(c.local, (counts.get(c.local) ?? 0) + 1);
  }
  for (const p of sequence) {
    const n = counts.get(p.name) ?? 0;
    if (n < p.min) problems.push(`<${parent.name}> needs <${p.name}>`);
    if (n > p.max) problems.push(`<${parent.name}> has ${n} <${p.name}>, at most ${p.max}`);
  }
  return problems;
}

/** Checks every element that has a known sequence, walking down from the root. */
export function structureProblems(root: XmlElement): string[] {
  const problems: string[] = [];
  const walk = (el: XmlElement, parent?: XmlElement) => {
    const sequence = (parent && SEQUENCES[`${parent.local}/${el.local}`]) ?? SEQUENCES[el.local];
    if (sequence) problems.push(...sequenceProblems(el, sequence));
    for (const c of el.children) walk(c, el);
  };
  walk(root);
  return problems;
}
