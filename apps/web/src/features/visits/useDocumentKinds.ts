import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documentCategories, type DocumentKind } from '@skranke/domain';
import { trpc } from '../../api/client';
import { currentLocale } from '../../i18n';

export type DocumentKindItem = DocumentKind & { active: boolean };

/**
 * The identity documents of the reference data (the server's, so a kind the municipality adds or renames shows
 * at once): the picker's options grouped by category, each kind's rule facts, and its name in the reader's language.
 */
export function useDocumentKinds() {
  const { t } = useTranslation();
  const query = useQuery(trpc.documentKinds.list.queryOptions(undefined, { staleTime: 10 * 60_000 }));
  const locale = currentLocale();
  return useMemo(() => {
    const kinds: DocumentKindItem[] = query.data ?? [];
    const byCode = new Map(kinds.map((k) => [k.code, k]));
    const nameOf = (code: string) => {
      const kind = byCode.get(code);
      if (!kind) return code;
      return locale === 'en' ? kind.nameEn : kind.nameDa;
    };
    return {
      loading: query.isLoading,
      kindOf: (code: string | undefined) => (code ? byCode.get(code) : undefined),
      nameOf,
      /** Retired kinds are no longer offered; a document already recorded still shows by its name. */
      options: documentCategories.map((category) => ({
        label: t(`visits.documents.category.${category}`),
        title: t(`visits.documents.category.${category}`),
        options: kinds.filter((k) => k.category === category && k.active).map((k) => ({ value: k.code, label: nameOf(k.code) })),
      })),
    };
  }, [query.data, query.isLoading, locale, t]);
}
