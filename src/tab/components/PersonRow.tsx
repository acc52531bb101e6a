import { Link } from "@fluentui/react-components";
import type { Person } from "../apiTypes.js";
import { initials } from "../representation.js";

/** Props of {@link PersonRow}. */
export interface PersonRowProps {
  person: Person;
  /** Seat details: role and unit in this group, or the person's own unit. */
  detail?: string;
  /** The language of the detail when it differs from the page's (document text is bokmål). */
  detailLang?: string;
  onOpen: (id: string) => void;
}

/**
 * A person with the name first: initials in a circle, the name as the most visible text (a link-style
 * button that opens their groups), and the role or unit beneath in smaller type.
 */
export function PersonRow({ person, detail, detailLang, onOpen }: PersonRowProps) {
  return (
    <div className="person-row">
      {/* The name follows as text, so the initials are decoration for screen readers. */}
      <span className="person-avatar" aria-hidden="true">
        {initials(person.name)}
      </span>
      <span className="person-text">
        <Link as="button" className="person-name" onClick={() => onOpen(person.id)} data-testid={`person-${person.id}`}>
          {person.name}
        </Link>
        {detail && (
          <span className="person-detail" lang={detailLang}>
            {detail}
          </span>
        )}
      </span>
    </div>
  );
}
