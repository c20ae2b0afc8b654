import type { ReactNode } from 'react';
import { Button, type FormInstance } from 'antd';
import type { CrudFilter } from '@refinedev/core';

type ResetFiltersButtonProps<F> = {
  form: FormInstance<F>;
  /** Every field blank: a field left out would keep its value and be searched on again. */
  blank: F;
  setFilters: (filters: CrudFilter[], behavior: 'replace') => void;
  children: ReactNode;
};

/** Clears a list's filter form and its filters together: the form leads, so clearing only the filters would not last. */
export function ResetFiltersButton<F>({ form, blank, setFilters, children }: ResetFiltersButtonProps<F>) {
  return (
    <Button
      onClick={() => {
        form.setFieldsValue(blank as Parameters<FormInstance<F>['setFieldsValue']>[0]);
        setFilters([], 'replace');
      }}
    >
      {children}
    </Button>
  );
}
