import { Badge, Checkbox, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '@shared/schemas/contact';
import type { DirectoryColumn } from '@shared/schemas/settings';
import { contactColumns, NAME_COLUMN_WIDTH } from './contact-columns';
import { contactName } from './contact-format';
import { useDirectoryWindow, type DirectoryParams } from './contacts-queries';
import { useDirectory } from './directory-store';
import { useContactActions } from './use-contact-actions';

const ROW_HEIGHT = 44;

interface ContactTableProps {
  params: DirectoryParams;
  columns: readonly DirectoryColumn[];
  /** Told how many rows match, for the count above the table and the empty states. */
  onResult: (result: { total: number; loaded: boolean; indexReady: boolean }) => void;
}

/**
 * The directory as a virtualised table: only the rows on screen exist in the page, so 100,000
 * contacts scroll as smoothly as 50. Arrow keys move the selection, Space ticks the row for an
 * export, Delete deletes (with undo).
 */
export const ContactTable = memo(function ContactTable({ params, columns, onResult }: ContactTableProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState({ first: 0, last: 50 });
  const rows = useDirectoryWindow(params, visible.first, visible.last);
  const selectedId = useDirectory((state) => state.selectedId);
  const select = useDirectory((state) => state.select);
  const ticked = useDirectory((state) => state.ticked);
  const toggleTicked = useDirectory((state) => state.toggleTicked);
  const sort = useDirectory((state) => state.sort);
  const sortBy = useDirectory((state) => state.sortBy);
  const actions = useContactActions();

  // The React Compiler is not used here; the virtualiser's functions are meant to change every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (first !== visible.first || last !== visible.last) setVisible({ first, last });
  }, [first, last, visible]);
  useEffect(
    () => onResult({ total: rows.total, loaded: rows.loaded, indexReady: rows.indexReady }),
    [rows.total, rows.loaded, rows.indexReady, onResult],
  );
  useEffect(() => {
    // A new search starts at the top.
    if (scrollRef.current && scrollRef.current.scrollTop > 0) virtualizer.scrollToOffset(0);
  }, [params, virtualizer]);

  const selectedRow = items.find((item) => rows.rowAt(item.index)?.id === selectedId)?.index ?? -1;
  const moveTo = (row: number) => {
    const target = Math.min(Math.max(row, 0), rows.total - 1);
    const contact = rows.rowAt(target);
    virtualizer.scrollToIndex(target, { align: 'auto' });
    if (contact) select(contact.id);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = selectedRow === -1 ? -1 : selectedRow;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: rows.total - 1,
    };
    const target = moves[event.key];
    if (target !== undefined && rows.total > 0) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    const selected = selectedRow === -1 ? undefined : rows.rowAt(selectedRow);
    if (event.key === 'Delete' && selected) {
      event.preventDefault();
      actions.remove(selected);
    }
    if (event.key === ' ' && selected) {
      event.preventDefault();
      toggleTicked(selected.id);
    }
  };

  const gridTemplate = [NAME_COLUMN_WIDTH, ...columns.map((column) => contactColumns[column].width)].join(
    ' ',
  );
  const sortIcon = (column: string) =>
    sort.column === column ? (
      sort.direction === 'asc' ? (
        <ArrowUp size={14} aria-hidden />
      ) : (
        <ArrowDown size={14} aria-hidden />
      )
    ) : null;
  const ariaSort = (column: string) =>
    sort.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;

  return (
    <div
      className="directory-table"
      role="table"
      aria-label={t('contacts.title')}
      aria-rowcount={rows.total + 1}
      style={{ ['--directory-columns' as string]: gridTemplate }}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="directory-row directory-header">
          <div role="columnheader" aria-sort={ariaSort('name')}>
            <UnstyledButton className="directory-sort" onClick={() => sortBy('name')}>
              {t('contacts.columns.name')} {sortIcon('name')}
            </UnstyledButton>
          </div>
          {columns.map((column) => {
            const sortColumn = contactColumns[column].sort;
            return (
              <div key={column} role="columnheader" aria-sort={sortColumn ? ariaSort(sortColumn) : undefined}>
                {sortColumn ? (
                  <UnstyledButton className="directory-sort" onClick={() => sortBy(sortColumn)}>
                    {t(`contacts.columns.${column}`)} {sortIcon(sortColumn)}
                  </UnstyledButton>
                ) : (
                  t(`contacts.columns.${column}`)
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div
        ref={scrollRef}
        role="rowgroup"
        className="directory-body"
        tabIndex={0}
        aria-label={t('contactSelection.rowsHint')}
        onKeyDown={onKeyDown}
        data-testid="directory-rows"
      >
        <div className="directory-spacer" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const contact = rows.rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={contact !== undefined && contact.id === selectedId}
                className="directory-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => contact && select(contact.id)}
              >
                {contact ? (
                  <ContactCells
                    contact={contact}
                    columns={columns}
                    language={i18n.language}
                    ticked={ticked[contact.id] === true}
                    onTick={toggleTicked}
                  />
                ) : (
                  <RowPlaceholder />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
});

function ContactCells({
  contact,
  columns,
  language,
  ticked,
  onTick,
}: {
  contact: Contact;
  columns: readonly DirectoryColumn[];
  language: string;
  ticked: boolean;
  onTick: (id: string) => void;
}) {
  const { t } = useTranslation();
  const name = contactName(contact);
  return (
    <>
      <div role="cell" className="directory-cell directory-name">
        <Checkbox
          size="xs"
          mr="xs"
          // Out of the tab order: the rows are one stop, where Space ticks the selected row.
          tabIndex={-1}
          aria-label={t('contactSelection.select', { name })}
          checked={ticked}
          onChange={() => onTick(contact.id)}
          // Ticking is not opening: the row's detail stays as it is.
          onClick={(event) => event.stopPropagation()}
        />
        <Text span fw={500} size="sm" truncate>
          {name}
        </Text>
        {contact.doNotContact ? (
          <Badge className="no-shrink" color="red" variant="light" size="xs" ml={6}>
            {t('contacts.doNotContact')}
          </Badge>
        ) : null}
      </div>
      {columns.map((column) => (
        <div key={column} role="cell" className="directory-cell">
          <Text span size="sm" truncate>
            {contactColumns[column].render(contact, language)}
          </Text>
        </div>
      ))}
    </>
  );
}

function RowPlaceholder() {
  return (
    <div role="cell" className="directory-cell">
      <Skeleton height={12} width="60%" />
    </div>
  );
}
