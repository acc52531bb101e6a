import { Button } from "@fluentui/react-components";
import type { AlrekEvent, BadEventRow, WithEtag } from "../apiTypes.js";
import { useI18n } from "../i18n/index.js";

/** The element id of a bad event's entry, which the delivery overview links to. */
export function badRowAnchor(table: string, id: string): string {
  return `bad-row-${table}-${id}`;
}

/**
 * For editors: the stored events that no view shows because a value in them cannot be used, what
 * is wrong with each, and (when the event could be read) a button that opens it in the event form.
 * The reason is the server's, shown as text.
 */
export function BadRowsNote({
  rows,
  onEdit,
}: {
  rows: readonly BadEventRow[];
  onEdit: (event: WithEtag<AlrekEvent>) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="bad-rows-heading" className="bad-rows no-print" data-testid="bad-rows">
      <h3 id="bad-rows-heading">{t("badRowsHeading")}</h3>
      <p>{t("badRowsIntro")}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.id} id={badRowAnchor(row.table, row.id)} data-testid={`bad-row-${row.id}`}>
            <strong>{row.event?.title ?? row.id}</strong> <code>{row.id}</code>
            <br />
            {t("badRowWhat", { reason: row.reason })}
            {row.event && (
              <>
                <br />
                <Button onClick={() => onEdit(row.event!)} data-testid={`fix-${row.id}`}>
                  {t("badRowFix", { title: row.event.title })}
                </Button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
