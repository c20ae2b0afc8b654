import { useEffect, type KeyboardEvent } from 'react';
import { Button, Checkbox, Flex, Form, Input, InputNumber, Select, Typography, type FormInstance, type FormRule } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { policy, type VerificationMethod } from '@skranke/domain';
import { DateInput } from '../../../forms/DateInput';
import { useDocumentKinds } from '../useDocumentKinds';
import { defaultDocument, defaultEvidence, type DocumentValues, type EvidenceValues, type HasExpiry, type Issue } from './evidence';

/** The form's name: antd builds the fields' ids from it (`evidence_documents_0_expiresOn`). */
export const evidenceFormName = 'evidence';

export function fieldId(...path: (string | number)[]): string {
  return [evidenceFormName, ...path].join('_');
}

type EvidenceFormProps = {
  form: FormInstance<EvidenceValues>;
  method: VerificationMethod;
  hasExpiry: HasExpiry;
  /** The current problems of the whole evidence, to show under the field each one concerns. */
  issues: () => Issue[];
  onChange: () => void;
};

const legendStyle = { fontSize: 16, fontWeight: 600, marginBottom: 8, border: 0 } as const;
const fieldsetStyle = { border: 0, padding: 0, margin: '0 0 16px' } as const;
const maxDocuments = 5;

/** Step 3: the legitimation shown (always), and the fields of the chosen method only. */
/**
 * Never disabled, not even while saving: disabling the field that has the focus drops the focus on the
 * page's body, and a keyboard user starts over from the top. The actions guard against double calls.
 */
export function EvidenceForm({ form, method, hasExpiry, issues, onChange }: EvidenceFormProps) {
  const { t } = useTranslation();
  const documentKinds = useDocumentKinds();
  const documents = Form.useWatch('documents', form) ?? [];
  const photoIdHasCpr = Form.useWatch(['witness', 'photoIdHasCpr'], form) !== false;

  /** A field's rule: the problem the whole evidence has at this path, translated. */
  const rule =
    (path: string): FormRule =>
    () => ({
      validator: async () => {
        const issue = issues().find((i) => i.path === path);
        if (issue) throw new Error(t(issue.code));
      },
    });

  // The first thing to fill in gets the focus: the licence's expiry date in the common case.
  useEffect(() => {
    const first = form.getFieldValue(['documents', 0]) as DocumentValues | undefined;
    const target = first && hasExpiry(first.kind) ? fieldId('documents', 0, 'expiresOn') : fieldId('documents', 0, 'kind');
    document.getElementById(target)?.focus();
    // Once, when the form appears; later kinds move the focus themselves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);

  /**
   * A new kind: a date or a chip it cannot have goes (no stale value, no stale error), and the focus moves on to
   * its expiry date when it has one.
   */
  const kindChosen = (index: number, kind: string) => {
    const facts = documentKinds.kindOf(kind);
    const keep = form.getFieldValue(['documents', index]) as DocumentValues;
    form.setFieldValue(['documents', index], {
      ...keep,
      expiresOn: hasExpiry(kind) ? keep.expiresOn : '',
      chipRead: facts?.highRoute === 'chipWithCprDocument' ? keep.chipRead : false,
    });
    form.setFields([{ name: ['documents', index, 'expiresOn'], errors: [] }]);
    if (hasExpiry(kind)) setTimeout(() => document.getElementById(fieldId('documents', index, 'expiresOn'))?.focus());
  };

  return (
    <Form<EvidenceValues>
      form={form}
      name={evidenceFormName}
      layout="vertical"
      initialValues={defaultEvidence}
      onValuesChange={onChange}
      onKeyDown={enterMovesOn}
      // Not while typing: "not a valid date" after the first digit helps nobody.
      validateTrigger="onBlur"
    >
      <fieldset style={fieldsetStyle}>
        <legend style={legendStyle}>{t('visits.documents.legend')}</legend>
        <Typography.Paragraph type="secondary" id="document-rule">
          {t('visits.documents.rule')}
        </Typography.Paragraph>
        <Form.List name="documents">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => {
                const n = String(index + 1);
                const kind = documents[index]?.kind;
                const chipRoute = documentKinds.kindOf(kind)?.highRoute === 'chipWithCprDocument';
                return (
                  <fieldset key={field.key} style={{ ...fieldsetStyle, marginBottom: 8 }}>
                    <legend style={{ ...legendStyle, fontSize: 14, fontWeight: 400 }}>{t('visits.documents.item', { n })}</legend>
                    <Flex gap={16} wrap align="flex-start">
                      <Form.Item
                        name={[field.name, 'kind']}
                        label={t('visits.fields.documentKind')}
                        rules={[rule(`documents.${index}.kind`)]}
                        // Not \`required\`: antd would put aria-required on the select's wrapper, where it is not allowed.
                      >
                        <Select
                          showSearch
                          optionFilterProp="label"
                          options={documentKinds.options}
                          loading={documentKinds.loading}
                          onChange={(value: string) => kindChosen(index, value)}
                          placeholder={t('visits.documents.choose')}
                          aria-describedby="document-rule"
                          style={{ width: 320 }}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'expiresOn']}
                        label={t('visits.fields.expiresOn')}
                        rules={[rule(`documents.${index}.expiresOn`)]}
                        required={hasExpiry(kind)}
                        extra={hasExpiry(kind) ? undefined : t('visits.documents.noExpiry')}
                      >
                        <DateInput />
                      </Form.Item>
                      <Flex vertical style={{ paddingTop: 28 }}>
                        <Form.Item name={[field.name, 'temporary']} valuePropName="checked" noStyle>
                          <Checkbox>{t('visits.fields.temporary')}</Checkbox>
                        </Form.Item>
                        <Form.Item name={[field.name, 'digitalCopy']} valuePropName="checked" noStyle>
                          <Checkbox>{t('visits.fields.digitalCopy')}</Checkbox>
                        </Form.Item>
                        {chipRoute && (
                          <Form.Item name={[field.name, 'chipRead']} valuePropName="checked" noStyle>
                            <Checkbox>{t('visits.fields.chipRead')}</Checkbox>
                          </Form.Item>
                        )}
                      </Flex>
                      {fields.length > 1 && (
                        <Button
                          icon={<DeleteOutlined />}
                          aria-label={t('visits.documents.remove', { n })}
                          title={t('visits.documents.remove', { n })}
                          onClick={() => {
                            remove(field.name);
                            onChange();
                          }}
                          style={{ marginTop: 30 }}
                        />
                      )}
                    </Flex>
                  </fieldset>
                );
              })}
              {fields.length < maxDocuments && (
                <Button
                  icon={<PlusOutlined />}
                  onClick={() => {
                    add({ ...defaultDocument, kind: undefined });
                    onChange();
                    // After React has rendered the new row.
                    setTimeout(() => document.getElementById(fieldId('documents', fields.length, 'kind'))?.focus());
                  }}
                >
                  {t('visits.documents.add')}
                </Button>
              )}
            </>
          )}
        </Form.List>
      </fieldset>

      {method === 'cprQuestions' && (
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>{t('visits.cprQuestions.legend')}</legend>
          <Typography.Paragraph type="secondary">
            {t('visits.cprQuestions.help', { minimum: String(policy.cprQuestionsMinimum) })}
          </Typography.Paragraph>
          <Flex gap={16} wrap>
            <Form.Item name={['cprQuestions', 'asked']} label={t('visits.fields.asked')} rules={[rule('cprQuestions.asked')]} required>
              <InputNumber min={0} max={20} precision={0} controls={false} />
            </Form.Item>
            <Form.Item
              name={['cprQuestions', 'correct']}
              label={t('visits.fields.correct')}
              rules={[rule('cprQuestions.correct')]}
              dependencies={[['cprQuestions', 'asked']]}
              required
            >
              <InputNumber min={0} max={20} precision={0} controls={false} />
            </Form.Item>
          </Flex>
        </fieldset>
      )}

      {method === 'witness' && (
        <fieldset style={fieldsetStyle}>
          <legend style={legendStyle}>{t('visits.witness.legend')}</legend>
          <Typography.Paragraph type="secondary">
            {t('visits.witness.help', { age: String(policy.witnessMinimumAge), days: String(policy.witnessMitIdMinimumDays) })}{' '}
            {t('visits.witness.countScope', { maximum: String(policy.witnessMaximumWitnessings), days: String(policy.witnessWindowDays) })}
          </Typography.Paragraph>
          <Flex gap={16} wrap>
            <Form.Item name={['witness', 'cpr']} label={t('visits.fields.witnessCpr')} rules={[rule('witness.cpr')]} required>
              <Input placeholder={t('citizens.fields.cprPlaceholder')} autoComplete="off" spellCheck={false} maxLength={11} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name={['witness', 'name']} label={t('visits.fields.witnessName')} rules={[rule('witness.name')]} required>
              <Input autoComplete="off" style={{ width: 280 }} />
            </Form.Item>
            <Form.Item
              name={['witness', 'mitIdSince']}
              label={t('visits.fields.mitIdSince')}
              rules={[rule('witness.mitIdSince')]}
              required
            >
              <DateInput />
            </Form.Item>
          </Flex>
          <Flex vertical gap={4}>
            <Form.Item name={['witness', 'photoIdSeen']} valuePropName="checked" noStyle>
              <Checkbox>{t('visits.fields.photoIdSeen')}</Checkbox>
            </Form.Item>
            <Form.Item name={['witness', 'photoIdHasCpr']} valuePropName="checked" noStyle>
              <Checkbox>{t('visits.fields.photoIdHasCpr')}</Checkbox>
            </Form.Item>
            {!photoIdHasCpr && (
              <Form.Item name={['witness', 'cprDocumentSeen']} valuePropName="checked" noStyle>
                <Checkbox>{t('visits.fields.cprDocumentSeen')}</Checkbox>
              </Form.Item>
            )}
          </Flex>
        </fieldset>
      )}

      <Form.Item name="notes" label={t('visits.fields.notes')} rules={[rule('notes')]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
    </Form>
  );
}

/**
 * Enter in a typed field moves on to the next typed field still empty (or the next one), so the counter's common
 * case needs no Tab past the checkboxes: the licence's date, Enter, the right answers, Ctrl+Enter.
 */
function enterMovesOn(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
  if (!(target instanceof HTMLInputElement) || target.type === 'checkbox' || target.getAttribute('role') === 'combobox') return;
  const typed = [...event.currentTarget.querySelectorAll<HTMLInputElement>('input:not([type=checkbox]):not([type=radio]):not([role=combobox])')];
  const after = typed.slice(typed.indexOf(target) + 1);
  const next = after.find((input) => input.value === '') ?? after[0];
  if (!next) return;
  event.preventDefault();
  next.focus();
}
