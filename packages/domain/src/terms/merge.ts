type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** Catalogues of texts (one per case type, say) as one, typed with every key of every part. */
export function mergeCatalogues<Part extends Record<string, string>>(parts: readonly Part[]): UnionToIntersection<Part> {
  return Object.assign({}, ...parts) as UnionToIntersection<Part>;
}
