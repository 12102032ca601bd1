using ChatTriage.Storage.Migrations;

namespace ChatTriage.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema, oldest first. Never edit a released migration: add a new one. Conversation state and
/// transcripts are jsonb; report and ticket JSON is text, so it comes back byte for byte and every provider
/// accepts the same input.
/// </summary>
public static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "core tables", """
            CREATE TABLE bot_state (
                state_key text PRIMARY KEY,
                etag text NOT NULL,
                json jsonb NOT NULL,
                updated_at timestamptz NOT NULL);
            CREATE SEQUENCE report_sequence;
            CREATE TABLE reports (
                reference text PRIMARY KEY,
                kind text NOT NULL,
                conversation_id text NOT NULL,
                json text NOT NULL,
                submitted_at timestamptz NOT NULL);
            CREATE INDEX ix_reports_submitted_at ON reports (submitted_at);
            CREATE TABLE handoff_tickets (
                id text PRIMARY KEY,
                conversation_id text NOT NULL,
                conversation_reference_json text NOT NULL,
                category text NOT NULL,
                step text NOT NULL,
                summary text NOT NULL,
                details_json text NOT NULL,
                status text NOT NULL,
                urgent boolean NOT NULL,
                urgent_reason text,
                agent_id text,
                agent_display_name text,
                created_at timestamptz NOT NULL,
                urgent_at timestamptz,
                accepted_at timestamptz,
                ended_at timestamptz,
                outcome text);
            CREATE UNIQUE INDEX ux_handoff_tickets_open ON handoff_tickets (conversation_id) WHERE status IN ('Waiting', 'Assigned');
            CREATE INDEX ix_handoff_tickets_status ON handoff_tickets (status, urgent, created_at);
            CREATE INDEX ix_handoff_tickets_agent ON handoff_tickets (agent_id, status);
            CREATE INDEX ix_handoff_tickets_created_at ON handoff_tickets (created_at);
            CREATE TABLE feedback (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                conversation_id text NOT NULL,
                outcome text NOT NULL,
                helpful boolean NOT NULL,
                comment text,
                at timestamptz NOT NULL);
            CREATE INDEX ix_feedback_at ON feedback (at);
            CREATE TABLE audit_events (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind text NOT NULL,
                conversation_id text NOT NULL,
                detail text NOT NULL,
                actor text,
                at timestamptz NOT NULL);
            CREATE INDEX ix_audit_events_at ON audit_events (at);
            """),
        new(2, "transcripts", """
            CREATE TABLE transcript_conversations (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                channel_id text NOT NULL,
                conversation_id text NOT NULL,
                created_at timestamptz NOT NULL,
                UNIQUE (channel_id, conversation_id));
            CREATE TABLE transcript_activities (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                channel_id text NOT NULL,
                conversation_id text NOT NULL,
                activity_id text,
                timestamp timestamptz NOT NULL,
                json jsonb NOT NULL);
            CREATE INDEX ix_transcript_activities_conversation ON transcript_activities (channel_id, conversation_id, seq);
            CREATE INDEX ix_transcript_activities_timestamp ON transcript_activities (timestamp);
            """),
        new(3, "direct line and data protection keys", """
            CREATE TABLE directline_conversations (
                id text PRIMARY KEY,
                user_id text NOT NULL,
                created_at timestamptz NOT NULL,
                started boolean NOT NULL,
                last_sequence bigint NOT NULL,
                last_timestamp timestamptz);
            CREATE TABLE directline_activities (
                conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
                sequence bigint NOT NULL,
                json text NOT NULL,
                PRIMARY KEY (conversation_id, sequence));
            CREATE INDEX ix_directline_conversations_created_at ON directline_conversations (created_at);
            CREATE TABLE data_protection_keys (
                name text PRIMARY KEY,
                xml text NOT NULL,
                created_at timestamptz NOT NULL);
            """),
        new(4, "one report per submission", """
            ALTER TABLE reports ADD COLUMN submission_key text;
            CREATE UNIQUE INDEX ux_reports_submission_key ON reports (submission_key);
            """),
        new(5, "agent notes and presence", """
            CREATE TABLE agent_notes (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                ticket_id text NOT NULL,
                agent_id text NOT NULL,
                agent_name text NOT NULL,
                text text NOT NULL,
                at timestamptz NOT NULL);
            CREATE INDEX ix_agent_notes_ticket ON agent_notes (ticket_id, seq);
            CREATE INDEX ix_agent_notes_at ON agent_notes (at);
            CREATE TABLE agent_presence (
                instance_id text NOT NULL,
                agent_id text NOT NULL,
                display_name text NOT NULL,
                is_supervisor boolean NOT NULL,
                seen_at timestamptz NOT NULL,
                PRIMARY KEY (instance_id, agent_id));
            """),
    ];
}
