/**
 * The named queries analysts get in Athena (created by the stack) and can run offline with
 * `feedback-miner query --named NAME` (DuckDB). One SQL text serves both engines: it keeps to
 * the common ground of Trino and DuckDB (UNNEST, contains, struct fields, TIMESTAMP literals).
 * `{{db}}` is the Glue database; `{{today}}` is `current_date` on AWS, and the last day with
 * data locally (or --today), so the same query answers the same question on sample data.
 */
export interface NamedQuery {
  name: string;
  /** The CX question it answers. */
  description: string;
  sql: string;
}

const since = (days: number) => `CAST(CAST({{today}} - INTERVAL '${days}' DAY AS DATE) AS VARCHAR)`;

/** The named queries (at least one per CX question of the analytics issue). */
export const NAMED_QUERIES: readonly NamedQuery[] = [
  {
    name: 'sentiment_by_channel_per_day',
    description: 'Sentiment split per channel per day, last 30 days',
    sql: `SELECT dt, channel,
       count(*) AS items,
       sum(CASE WHEN sentiment.label = 'POSITIVE' THEN 1 ELSE 0 END) AS positive,
       sum(CASE WHEN sentiment.label = 'NEGATIVE' THEN 1 ELSE 0 END) AS negative,
       sum(CASE WHEN sentiment.label = 'NEUTRAL' THEN 1 ELSE 0 END) AS neutral,
       sum(CASE WHEN sentiment.label = 'MIXED' THEN 1 ELSE 0 END) AS mixed,
       round(avg(sentiment.negative), 3) AS mean_negative_score
FROM {{db}}.feedback
WHERE dt > ${since(30)}
GROUP BY dt, channel
ORDER BY dt, channel`,
  },
  {
    name: 'top_negative_topics_week_over_week',
    description: 'Topics with the most negative feedback this week, against last week',
    sql: `SELECT topic,
       sum(CASE WHEN dt > ${since(7)} THEN 1 ELSE 0 END) AS negative_this_week,
       sum(CASE WHEN dt <= ${since(7)} THEN 1 ELSE 0 END) AS negative_last_week,
       sum(CASE WHEN dt > ${since(7)} THEN 1 ELSE 0 END) - sum(CASE WHEN dt <= ${since(7)} THEN 1 ELSE 0 END) AS change
FROM {{db}}.feedback
CROSS JOIN UNNEST(topics) AS t(topic)
WHERE dt > ${since(14)} AND sentiment.label = 'NEGATIVE'
GROUP BY topic
ORDER BY negative_this_week DESC, change DESC, topic
LIMIT 20`,
  },
  {
    name: 'emotions_by_source',
    description: 'How often each CX emotion is clearly present (score >= 0.3) per source, last 30 days',
    sql: `SELECT source, e.name AS emotion, count(*) AS items, round(avg(e.score), 3) AS mean_score
FROM {{db}}.feedback
CROSS JOIN UNNEST(emotions) AS u(e)
WHERE dt > ${since(30)} AND e.score >= 0.3
GROUP BY source, e.name
ORDER BY source, items DESC, emotion`,
  },
  {
    name: 'churn_risk_mentions',
    description: 'Customers who say they will cancel or switch, with the (redacted) text, last 30 days',
    sql: `SELECT created_at, source, channel, language, sentiment.label AS sentiment, topics, text
FROM {{db}}.feedback
WHERE dt > ${since(30)} AND signals.churn_risk
ORDER BY created_at DESC
LIMIT 100`,
  },
  {
    name: 'bot_loop_conversations',
    description: 'Chats where the bot kept failing while the customer rephrased, with their turns',
    sql: `SELECT f.id, f.created_at, f.conversation_outcome, f.signals.escalation_requested AS asked_for_human,
       count(t.turn_index) AS turns,
       sum(CASE WHEN t.role = 'bot' THEN 1 ELSE 0 END) AS bot_turns,
       f.text
FROM {{db}}.feedback f
JOIN {{db}}.turns t ON t.feedback_id = f.id AND t.dt = f.dt
WHERE f.dt > ${since(30)} AND f.channel = 'chat' AND f.signals.bot_loop
GROUP BY f.id, f.created_at, f.conversation_outcome, f.signals.escalation_requested, f.text
ORDER BY f.created_at DESC`,
  },
  {
    name: 'items_by_language_and_analyzer',
    description: 'Volume per detected language and sentiment engine (Comprehend or local), last 30 days',
    sql: `SELECT language, analyzer, analyzer_version, count(*) AS items,
       round(avg(sentiment.positive), 3) AS mean_positive, round(avg(sentiment.negative), 3) AS mean_negative
FROM {{db}}.feedback
WHERE dt > ${since(30)}
GROUP BY language, analyzer, analyzer_version
ORDER BY items DESC, language`,
  },
  {
    name: 'effort_and_escalation_by_topic',
    description: 'Where customers have to try repeatedly or ask for a human, per topic, last 30 days',
    sql: `SELECT topic, count(*) AS items,
       sum(CASE WHEN signals.effort THEN 1 ELSE 0 END) AS high_effort,
       sum(CASE WHEN signals.escalation_requested THEN 1 ELSE 0 END) AS asked_for_human
FROM {{db}}.feedback
CROSS JOIN UNNEST(topics) AS t(topic)
WHERE dt > ${since(30)}
GROUP BY topic
ORDER BY high_effort DESC, items DESC, topic`,
  },
];

/** Fills in the database and the anchor day of a named query. */
export function renderNamedQuery(query: NamedQuery, values: { db: string; today: string }): string {
  return query.sql.replaceAll('{{db}}', values.db).replaceAll('{{today}}', values.today);
}
