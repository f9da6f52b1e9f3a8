import {
  getArgumentValues,
  getNamedType,
  isLeafType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Lookahead over a resolver's selection set: which sub-fields a query asks for, so a root field
 * can fetch the nested data in its own Cypher instead of leaving it to the loaders. Fragments
 * and aliases are merged by field name; @skip/@include are ignored (a superset is fetched).
 */
export class Selection {
  private readonly children = new Map<string, FieldNode[]>();

  constructor(
    readonly nodes: readonly FieldNode[],
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {
    for (const node of nodes) this.collect(node.selectionSet, new Set());
  }

  static of(info: GraphQLResolveInfo): Selection {
    return new Selection(info.fieldNodes, info.fragments);
  }

  private collect(set: SelectionSetNode | undefined, seen: Set<string>): void {
    if (!set) return;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        const list = this.children.get(name);
        if (list) list.push(sel);
        else this.children.set(name, [sel]);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        this.collect(sel.selectionSet, seen);
      } else {
        const name = sel.name.value;
        const frag = this.fragments[name];
        if (!frag || seen.has(name)) continue;
        seen.add(name);
        this.collect(frag.selectionSet, seen);
      }
    }
  }

  has(field: string): boolean {
    return this.children.has(field);
  }

  /**
   * Whether the selection asks for a scalar field of `type` outside `brief` (the properties a
   * nested node always carries): then the full set of its properties is fetched.
   */
  asksBeyond(type: GraphQLObjectType, brief: readonly string[]): boolean {
    const fields = type.getFields();
    for (const name of this.children.keys()) {
      const field = fields[name];
      if (field && isLeafType(getNamedType(field.type)) && !brief.includes(name)) return true;
    }
    return false;
  }

  /** The merged selection of a sub-field, or undefined when it is not asked for. */
  sub(field: string): Selection | undefined {
    const nodes = this.children.get(field);
    return nodes ? new Selection(nodes, this.fragments) : undefined;
  }

  /**
   * The argument values of every occurrence of `field` (variables applied, defaults filled),
   * or undefined when it is not asked for.
   */
  args(
    field: string,
    def: GraphQLField<unknown, unknown>,
    variables: Record<string, unknown>,
  ): Record<string, unknown>[] | undefined {
    const nodes = this.children.get(field);
    return nodes?.map((n) => getArgumentValues(def, n, variables));
  }
}
