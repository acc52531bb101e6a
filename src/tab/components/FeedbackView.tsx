import { Button, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { ApiClient } from "../api.js";
import type { FeedbackResponse } from "../apiTypes.js";
import { formatDateTime } from "../formatDate.js";
import { useI18n, type Lang } from "../i18n/index.js";
import { ApiProblem } from "./ApiProblem.js";

// Texts of this editors-only view travel in its own lazily loaded chunk, not in the first view's catalogue.
const TEXT: Record<
  Lang,
  {
    show: string;
    heading: string;
    intro: string;
    counts: (like: number, dislike: number, days: number) => string;
    none: string;
    when: string;
    rating: string;
    question: string;
    comment: string;
    like: string;
    dislike: string;
    notKnown: string;
  }
> = {
  nb: {
    show: "Vis tilbakemeldinger på svar",
    heading: "Tilbakemeldinger på svar",
    intro: "Det de ansatte har sagt om svarene fra boten. En 👎 peker ofte på data som må rettes.",
    counts: (l, d, days) => `Nyttig ${l} · Ikke nyttig ${d} (siste ${days} dager)`,
    none: "Ingen har gitt tilbakemelding ennå.",
    when: "Tidspunkt",
    rating: "Vurdering",
    question: "Spørsmål",
    comment: "Kommentar",
    like: "👍 Nyttig",
    dislike: "👎 Ikke nyttig",
    notKnown: "(ikke kjent)",
  },
  nn: {
    show: "Vis tilbakemeldingar på svar",
    heading: "Tilbakemeldingar på svar",
    intro: "Det dei tilsette har sagt om svara frå boten. Ein 👎 peikar ofte på data som må rettast.",
    counts: (l, d, days) => `Nyttig ${l} · Ikkje nyttig ${d} (siste ${days} dagar)`,
    none: "Ingen har gitt tilbakemelding enno.",
    when: "Tidspunkt",
    rating: "Vurdering",
    question: "Spørsmål",
    comment: "Kommentar",
    like: "👍 Nyttig",
    dislike: "👎 Ikkje nyttig",
    notKnown: "(ikkje kjent)",
  },
  en: {
    show: "Show feedback on answers",
    heading: "Feedback on answers",
    intro: "What staff said about the bot's answers. A 👎 often points to data that needs fixing.",
    counts: (l, d, days) => `Helpful ${l} · Not helpful ${d} (last ${days} days)`,
    none: "No feedback yet.",
    when: "Time",
    rating: "Rating",
    question: "Question",
    comment: "Comment",
    like: "👍 Helpful",
    dislike: "👎 Not helpful",
    notKnown: "(not known)",
  },
};

/**
 * Editors: 👍/👎 on the bot's answers, newest first, loaded when asked for. Questions and comments
 * are what people typed; React renders them as text, never as markup.
 */
export function FeedbackView({ api }: { api: ApiClient }) {
  const { lang } = useI18n();
  const t = TEXT[lang];
  const [state, setState] = useState<{ loading?: boolean; data?: FeedbackResponse; error?: unknown }>({});
  const load = () => {
    setState({ loading: true });
    api
      .request("/api/feedback")
      .then((r) => r.json() as Promise<FeedbackResponse>)
      .then(
        (data) => setState({ data }),
        (error: unknown) => setState({ error }),
      );
  };

  if (!state.data && !state.loading && state.error === undefined) {
    return (
      <Button onClick={load} data-testid="show-feedback">
        {t.show}
      </Button>
    );
  }
  if (state.error !== undefined) return <ApiProblem error={state.error} onRetry={load} />;
  if (!state.data) return <Spinner label={t.show} />;
  const { items, counts, retentionDays } = state.data;
  return (
    <section aria-labelledby="feedback-heading" className="feedback-overview" data-testid="feedback-overview">
      <h2 id="feedback-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table className="report-table">
          <caption>{t.counts(counts.like, counts.dislike, retentionDays)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.when}</th>
              <th scope="col">{t.rating}</th>
              <th scope="col">{t.question}</th>
              <th scope="col">{t.comment}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f, i) => (
              <tr key={`${f.at}|${i}`}>
                <td>{formatDateTime(f.at, lang)}</td>
                <td>{f.reaction === "like" ? t.like : t.dislike}</td>
                <td>{f.question ?? t.notKnown}</td>
                <td>{f.text ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
