import type { FormRule } from 'antd';
import { useTranslation } from 'react-i18next';
import { isMessageKey } from '@skranke/domain';

/** The part of a zod schema the rule uses (the web app itself does not depend on zod). */
type Schema = {
  safeParse(value: unknown): { error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
};

/**
 * antd rules from the schema the server validates with. Each rule parses the whole form, not its own
 * field, so cross-field rules (a postal address when there is no fixed address, …) land on the field they
 * name. Schema messages are message keys, translated here into the current language.
 */
export function useZodRule<Values>(schema: Schema): (field: keyof Values & string) => FormRule {
  const { t } = useTranslation();
  return (field) =>
    ({ getFieldsValue }) => ({
      validator: async () => {
        const issue = schema.safeParse(getFieldsValue(true)).error?.issues.find((i) => i.path.join('.') === field);
        if (issue) throw new Error(isMessageKey(issue.message) ? t(issue.message) : issue.message);
      },
    });
}
