using ChatTriage.Storage.Migrations;

namespace ChatTriage.Storage.Sqlite;

/// <summary>The SQLite schema, oldest first. Never edit a released migration: add a new one. Times are Unix milliseconds.</summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "core tables", """
            CREATE TABLE bot_state (
                state_key TEXT PRIMARY KEY,
                etag TEXT NOT NULL,
                json TEXT NOT NULL,
                updated_at INTEGER NOT NULL);
            CREATE TABLE report_sequence (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
            INSERT INTO report_sequence (id, value) VALUES (1, 0);
            CREATE TABLE reports (
                reference TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                json TEXT NOT NULL,
                submitted_at INTEGER NOT NULL);
            CREATE INDEX ix_reports_submitted_at ON reports (submitted_at);
            CREATE TABLE handoff_tickets (
                id TEXT PRIMARY KEY,
                conversation_id TEXT NOT NULL,
                conversation_reference_json TEXT NOT NULL,
                category TEXT NOT NULL,
                step TEXT NOT NULL,
                summary TEXT NOT NULL,
                details_json TEXT NOT NULL,
                status TEXT NOT NULL,
                urgent INTEGER NOT NULL,
                urgent_reason TEXT,
                agent_id TEXT,
                agent_display_name TEXT,
                created_at INTEGER NOT NULL,
                urgent_at INTEGER,
                accepted_at INTEGER,
                ended_at INTEGER,
                outcome TEXT);
            CREATE UNIQUE INDEX ux_handoff_tickets_open ON handoff_tickets (conversation_id) WHERE status IN ('Waiting', 'Assigned');
            CREATE INDEX ix_handoff_tickets_status ON handoff_tickets (status, urgent, created_at);
            CREATE INDEX ix_handoff_tickets_agent ON handoff_tickets (agent_id, status);
            CREATE INDEX ix_handoff_tickets_created_at ON handoff_tickets (created_at);
            CREATE TABLE feedback (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                conversation_id TEXT NOT NULL,
                outcome TEXT NOT NULL,
                helpful INTEGER NOT NULL,
                comment TEXT,
                at INTEGER NOT NULL);
            CREATE INDEX ix_feedback_at ON feedback (at);
            CREATE TABLE audit_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                detail TEXT NOT NULL,
                actor TEXT,
                at INTEGER NOT NULL);
            CREATE INDEX ix_audit_events_at ON audit_events (at);
            """),
        new(2, "transcripts", """
            CREATE TABLE transcript_conversations (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                UNIQUE (channel_id, conversation_id));
            CREATE TABLE transcript_activities (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                channel_id TEXT NOT NULL,
                conversation_id TEXT NOT NULL,
                activity_id TEXT,
                timestamp INTEGER NOT NULL,
                json TEXT NOT NULL);
            CREATE INDEX ix_transcript_activities_conversation ON transcript_activities (channel_id, conversation_id, seq);
            CREATE INDEX ix_transcript_activities_timestamp ON transcript_activities (timestamp);
            """),
        new(3, "direct line and data protection keys", """
            CREATE TABLE directline_conversations (
                id TEXT PRIMARY KEY,
                user_id TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                started INTEGER NOT NULL,
                last_sequence INTEGER NOT NULL,
                last_timestamp INTEGER);
            CREATE TABLE directline_activities (
                conversation_id TEXT NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
                sequence INTEGER NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (conversation_id, sequence));
            CREATE INDEX ix_directline_conversations_created_at ON directline_conversations (created_at);
            CREATE TABLE data_protection_keys (
                name TEXT PRIMARY KEY,
                xml TEXT NOT NULL,
                created_at INTEGER NOT NULL);
            """),
        new(4, "one report per submission", """
            ALTER TABLE reports ADD COLUMN submission_key TEXT;
            CREATE UNIQUE INDEX ux_reports_submission_key ON reports (submission_key);
            """),
        new(5, "agent notes and presence", """
            CREATE TABLE agent_notes (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                ticket_id TEXT NOT NULL,
                agent_id TEXT NOT NULL,
                agent_name TEXT NOT NULL,
                text TEXT NOT NULL,
                at INTEGER NOT NULL);
            CREATE INDEX ix_agent_notes_ticket ON agent_notes (ticket_id, seq);
            CREATE INDEX ix_agent_notes_at ON agent_notes (at);
            CREATE TABLE agent_presence (
                instance_id TEXT NOT NULL,
                agent_id TEXT NOT NULL,
                display_name TEXT NOT NULL,
                is_supervisor INTEGER NOT NULL,
                seen_at INTEGER NOT NULL,
                PRIMARY KEY (instance_id, agent_id));
            """),
    ];
}
