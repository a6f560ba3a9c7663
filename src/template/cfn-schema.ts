import yaml from 'js-yaml';

/**
 * CloudFormation's YAML short forms, each turned into its long (JSON) form so that rules see
 * the same data for JSON and YAML. Core schema underneath: `2010-09-09` stays a string.
 */
const FUNCTIONS: Record<string, string> = {
  Ref: 'Ref',
  Condition: 'Condition',
  Sub: 'Fn::Sub',
  GetAtt: 'Fn::GetAtt',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  If: 'Fn::If',
  Equals: 'Fn::Equals',
  And: 'Fn::And',
  Or: 'Fn::Or',
  Not: 'Fn::Not',
  FindInMap: 'Fn::FindInMap',
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue',
  Transform: 'Fn::Transform',
  ToJsonString: 'Fn::ToJsonString',
  Length: 'Fn::Length',
  ForEach: 'Fn::ForEach',
  // Functions of the template `Rules` section.
  Contains: 'Fn::Contains',
  EachMemberEquals: 'Fn::EachMemberEquals',
  EachMemberIn: 'Fn::EachMemberIn',
  RefAll: 'Fn::RefAll',
  ValueOf: 'Fn::ValueOf',
  ValueOfAll: 'Fn::ValueOfAll',
};

export const SHORT_TAGS = Object.keys(FUNCTIONS).map((name) => `!${name}`);

/** `!GetAtt Res.Attr.Sub` → `["Res", "Attr.Sub"]`, as CloudFormation splits at the first dot. */
function splitGetAtt(value: string): string[] {
  const dot = value.indexOf('.');
  return dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
}

const types: yaml.Type[] = [];
for (const [short, long] of Object.entries(FUNCTIONS)) {
  for (const kind of ['scalar', 'sequence', 'mapping'] as const) {
    types.push(
      new yaml.Type(`!${short}`, {
        kind,
        construct: (data: unknown) => {
          if (kind === 'scalar') {
            const text = data === null || data === undefined ? '' : data;
            return { [long]: short === 'GetAtt' && typeof text === 'string' ? splitGetAtt(text) : text };
          }
          return { [long]: data ?? (kind === 'sequence' ? [] : {}) };
        },
      }),
    );
  }
}

export const CFN_SCHEMA = yaml.CORE_SCHEMA.extend(types);
