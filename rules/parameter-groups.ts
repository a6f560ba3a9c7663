import { childPointer, defineRule, type Fix, isMapping, pointer } from '../src/engine/api.js';
import { closestName, listParameters, listText } from './lib/params-common.js';

const INTERFACE = 'AWS::CloudFormation::Interface';
const OTHER = 'Other parameters';

interface Group {
  index: number;
  label: string | undefined;
  /** The group's `Parameters` list, when it is one. */
  names: unknown[] | undefined;
}

const labelOf = (group: unknown): string | undefined => {
  if (!isMapping(group)) return undefined;
  const label = group.Label;
  if (typeof label === 'string') return label;
  return isMapping(label) && typeof label.default === 'string' ? label.default : undefined;
};

const groupName = (g: Group): string => (g.label !== undefined ? `"${g.label}"` : `#${g.index + 1}`);

export default defineRule<{ minParameters: number }>({
  meta: {
    name: 'parameter-groups',
    family: 3,
    severity: 'medium',
    title: 'Every parameter is placed in a parameter group of AWS::CloudFormation::Interface',
    description:
      'Without `Metadata.AWS::CloudFormation::Interface` ParameterGroups the console lists parameters ungrouped and alphabetically; a parameter left out of every group lands at the bottom under "Other parameters", and a group naming a parameter the template does not have groups nothing.',
    fixable: 'always',
    options: {
      defaults: { minParameters: 1 },
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { minParameters: { type: 'integer', minimum: 1 } },
      },
    },
  },
  check(ctx) {
    const params = listParameters(ctx.template);
    const names = params.map((p) => p.name);
    const known = new Set(names);
    const metadata = ctx.template.template.Metadata;
    const metadataPtr = pointer('Metadata');
    const interfacePtr = childPointer(metadataPtr, INTERFACE);
    const iface = isMapping(metadata) ? metadata[INTERFACE] : undefined;
    const newGroup = (members: string[]) => ({ Label: { default: members.length === names.length ? 'Parameters' : OTHER }, Parameters: members });

    if (iface === undefined) {
      if (params.length === 0 || params.length < ctx.options.minParameters) return;
      if (metadata !== undefined && !isMapping(metadata)) return; // the engine reports the malformed section
      const value = { ParameterGroups: [newGroup(names)] };
      const fix: Fix = {
        title: `Add ${INTERFACE} with one parameter group`,
        safety: 'safe',
        ops: metadata === undefined ? [{ op: 'add', path: metadataPtr, value: { [INTERFACE]: value } }] : [{ op: 'add', path: interfacePtr, value }],
      };
      ctx.report({
        // Shown on the Parameters section: that is what the reader has to group.
        at: pointer('Parameters'),
        message:
          params.length === 1
            ? `The template has a parameter but no ${INTERFACE} metadata, so the console shows it without a group. Add ParameterGroups that group the parameters by purpose.`
            : `The template has ${params.length} parameters but no ${INTERFACE} metadata, so the console lists them ungrouped in alphabetical order. Add ParameterGroups that group them by purpose.`,
        fix,
      });
      return;
    }
    if (!isMapping(iface)) return;

    const groupsPtr = childPointer(interfacePtr, 'ParameterGroups');
    const rawGroups = iface.ParameterGroups;
    if (rawGroups === undefined) {
      if (params.length === 0) return;
      ctx.report({
        at: interfacePtr,
        message: `${INTERFACE} has no ParameterGroups, so the console lists the template's ${params.length === 1 ? 'parameter' : `${params.length} parameters`} without groups. Add ParameterGroups that group them by purpose.`,
        fix: { title: 'Add ParameterGroups with one group', safety: 'safe', ops: [{ op: 'add', path: groupsPtr, value: [newGroup(names)] }] },
      });
      return;
    }
    if (!Array.isArray(rawGroups)) return;

    const groups: Group[] = rawGroups.map((g, index) => ({
      index,
      label: labelOf(g),
      names: isMapping(g) && Array.isArray(g.Parameters) ? g.Parameters : undefined,
    }));
    const grouped = new Set<string>();
    for (const g of groups) for (const n of g.names ?? []) if (typeof n === 'string') grouped.add(n);

    // Entries naming a parameter the template does not have.
    for (const g of groups) {
      g.names?.forEach((entry, j) => {
        if (typeof entry !== 'string' || known.has(entry)) return;
        const at = childPointer(groupsPtr, g.index, 'Parameters', j);
        const hint = closestName(entry, known);
        const rename = hint !== undefined && !grouped.has(hint);
        ctx.report({
          at,
          message: `Parameter group ${groupName(g)} lists ${entry}, which is not a parameter of this template${hint ? ` (did you mean ${hint}?)` : ''}; the entry groups nothing. ${rename ? `Rename it to ${hint}` : 'Remove it or fix the name'}.`,
          fix: rename
            ? { title: `Rename ${entry} to ${hint}`, safety: 'safe', ops: [{ op: 'test', path: at, value: entry }, { op: 'replace', path: at, value: hint }] }
            : { title: `Remove ${entry} from the group`, safety: 'safe', ops: [{ op: 'test', path: at, value: entry }, { op: 'remove', path: at }] },
        });
      });
    }

    // Parameters in no group: all share one fix, which groups every one of them (its test op makes
    // the others stale once one is applied).
    const ungrouped = names.filter((n) => !grouped.has(n));
    if (ungrouped.length === 0) return;
    const other = groups.find((g) => g.label === OTHER && g.names !== undefined);
    const fix: Fix = other
      ? {
          title: `Add ${listText(ungrouped)} to the "${OTHER}" group`,
          safety: 'safe',
          ops: [
            { op: 'test', path: childPointer(groupsPtr, other.index, 'Parameters'), value: other.names },
            ...ungrouped.map((n) => ({ op: 'add' as const, path: childPointer(groupsPtr, other.index, 'Parameters', '-'), value: n })),
          ],
        }
      : {
          title: `Group ${listText(ungrouped)} under "${OTHER}"`,
          safety: 'safe',
          ops: [
            { op: 'test', path: groupsPtr, value: rawGroups },
            { op: 'add', path: childPointer(groupsPtr, '-'), value: { Label: { default: OTHER }, Parameters: ungrouped } },
          ],
        };
    for (const p of params) {
      if (grouped.has(p.name)) continue;
      ctx.report({
        at: p.pointer,
        message: `Parameter ${p.name} is in no parameter group of ${INTERFACE}, so the console shows it apart from the others under "Other parameters". Add it to the group it belongs to.`,
        fix,
      });
    }
  },
});
