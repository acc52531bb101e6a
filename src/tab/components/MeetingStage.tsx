import type { DashboardMeeting, Tiltak, WithEtag } from "../apiTypes.js";
import { agendaTiltak } from "../agenda.js";
import { formatDay } from "../formatDate.js";
import { useI18n } from "../i18n/index.js";
import { statusLabel } from "../labels.js";
import { isOverdue, type AreaGroup } from "../statusData.js";
import type { LiveDashboard } from "../useLiveDashboard.js";
import { FitList } from "./FitList.js";

/** Props of {@link MeetingStage}. */
export interface MeetingStageProps {
  meeting: DashboardMeeting;
  group: AreaGroup;
  live: LiveDashboard;
  now: Date;
  stage: boolean;
}

/**
 * The agenda item the chair is on, as the stage shows it: "Punkt 2 av 5: Utdanning for fremtiden",
 * its tiltak (or only those that need attention) with their status, late ones marked in words.
 */
export function MeetingStage({ meeting, group, live, now, stage }: MeetingStageProps) {
  const { t, lang } = useI18n();
  const name = lang === "en" && group.area.nameEn ? group.area.nameEn : group.area.name;
  const list = agendaTiltak(group, meeting.filter, live.data!.summary.period, now);
  return (
    <section className="dash-panel dash-item" aria-labelledby="item-heading" data-testid="dash-item">
      <h3 id="item-heading" data-testid="dash-item-heading">
        {t("agendaItemOf", { n: meeting.position, of: meeting.of, name })}
      </h3>
      {meeting.filter === "attention" && <p className="dash-sub">{t("agendaAttentionOnly")}</p>}
      {list.length === 0 ? (
        <p>{t("agendaNothing")}</p>
      ) : (
        <FitList
          items={list}
          max={stage ? Infinity : 8}
          keyOf={(x: WithEtag<Tiltak>) => x.id}
          classOf={(x) => (live.changed.has(x.id) ? "just-changed" : undefined)}
          testId="item-list"
          render={(x) => (
            <>
              <strong className="dash-line clamp-1">
                {statusLabel(x.status, t)}
                {isOverdue(x, now) && (
                  <>
                    {" · "}
                    {t("overdue")} ({t("dueOn", { date: formatDay(`${x.dueDate}T12:00:00Z`, lang) })})
                  </>
                )}
                :
              </strong>{" "}
              <span className="dash-line clamp-2" title={x.text} lang="nb">
                {x.text}
              </span>
            </>
          )}
        />
      )}
    </section>
  );
}
