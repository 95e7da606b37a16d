namespace Parley.Store.Sql;

/// <summary>
/// The tables shared by both back ends, written with type tokens (<c>{pk}</c>, <c>{int}</c>,
/// <c>{real}</c>) that each dialect replaces. Full-text indexes are dialect-specific.
/// History: v1 had no <c>events.n_outlets</c> / <c>events.confidence</c>, no full-text index over
/// quotes, and indexed mentions and quotes by document id; v2 (current) adds the columns and the
/// index, and indexes by the integer <c>doc_seq</c> instead (cheaper to maintain per insert). See <c>docs/formats/database.md</c>.
/// </summary>
internal static class Schema
{
    /// <summary>The current schema version.</summary>
    public const int Current = 2;

    public const string EventColumns =
        "ekey, src_country, tgt_country, src_code, tgt_code, src_name, tgt_name, root, code, name, quad, goldstein, modality, " +
        "date, day, place, place_country, lat, lon, plover_event, plover_mode, is_root, first_seen, source_url, " +
        "n_mentions, n_articles, n_outlets, confidence";

    public static readonly string[] Tables =
    [
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE documents (seq {pk}, id TEXT NOT NULL UNIQUE, path TEXT, title TEXT, published TEXT, outlet TEXT, url TEXT, " +
            "engine TEXT NOT NULL, text TEXT NOT NULL, record TEXT NOT NULL, stored_at TEXT NOT NULL)",
        "CREATE TABLE quotes (seq {pk}, doc_seq {int} NOT NULL, doc_id TEXT NOT NULL, idx {int} NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, cue TEXT, " +
            "speaker TEXT, speaker_code TEXT, sentence {int} NOT NULL, start_off {int} NOT NULL, end_off {int} NOT NULL)",
        // Indexes on integer document sequence numbers grow at their end: cheap to maintain per insert.
        "CREATE INDEX quotes_doc ON quotes (doc_seq)",
        "CREATE TABLE events (id {pk}, ekey TEXT NOT NULL, src_country TEXT NOT NULL, tgt_country TEXT NOT NULL, " +
            "src_code TEXT NOT NULL, tgt_code TEXT, src_name TEXT, tgt_name TEXT, root TEXT NOT NULL, code TEXT NOT NULL, name TEXT NOT NULL, " +
            "quad {int} NOT NULL, goldstein {real} NOT NULL, modality TEXT NOT NULL, date TEXT, day {int}, place TEXT, place_country TEXT, " +
            "lat {real}, lon {real}, plover_event TEXT, plover_mode TEXT, is_root {int} NOT NULL, first_seen TEXT, source_url TEXT, " +
            "n_mentions {int} NOT NULL, n_articles {int} NOT NULL, n_outlets {int} NOT NULL, confidence {real} NOT NULL)",
        // Covering index for dyad timelines: the query reads only index pages.
        "CREATE INDEX events_dyad ON events (src_country, tgt_country, modality, day, quad, goldstein)",
        "CREATE INDEX events_day ON events (day)",
        "CREATE TABLE mentions (seq {pk}, event_id {int}, doc_seq {int} NOT NULL, doc_id TEXT NOT NULL, idx {int} NOT NULL, mkey TEXT NOT NULL, " +
            "sentence {int} NOT NULL, paragraph {int} NOT NULL, code TEXT NOT NULL, root TEXT NOT NULL, name TEXT NOT NULL, " +
            "quad {int} NOT NULL, goldstein {real} NOT NULL, src_code TEXT NOT NULL, src_country TEXT NOT NULL, src_text TEXT, " +
            "tgt_code TEXT, tgt_country TEXT NOT NULL, tgt_text TEXT, trigger_text TEXT, date TEXT, day_start {int}, day_end {int}, " +
            "place TEXT, place_country TEXT, lat {real}, lon {real}, modality TEXT NOT NULL, plover_event TEXT, plover_mode TEXT, " +
            "outlet_key TEXT NOT NULL, attr_outlet TEXT, attr_speaker TEXT, evidence TEXT, published TEXT, url TEXT)",
        "CREATE INDEX mentions_partition ON mentions (src_country, tgt_country, root, modality, day_start)",
        "CREATE INDEX mentions_event ON mentions (event_id)",
        "CREATE INDEX mentions_doc ON mentions (doc_seq)",
    ];

    /// <summary>Core-table changes from v1 to v2 (the dialect adds the quotes full-text index).</summary>
    public static readonly string[] V1ToV2 =
    [
        "ALTER TABLE events ADD COLUMN n_outlets {int} NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN confidence {real} NOT NULL DEFAULT 0",
        "DROP INDEX events_root",
        "ALTER TABLE mentions ADD COLUMN doc_seq {int} NOT NULL DEFAULT 0",
        "UPDATE mentions SET doc_seq = (SELECT d.seq FROM documents d WHERE d.id = mentions.doc_id)",
        "DROP INDEX mentions_doc",
        "CREATE INDEX mentions_doc ON mentions (doc_seq)",
        "ALTER TABLE quotes ADD COLUMN doc_seq {int} NOT NULL DEFAULT 0",
        "UPDATE quotes SET doc_seq = (SELECT d.seq FROM documents d WHERE d.id = quotes.doc_id)",
        "DROP INDEX quotes_doc",
        "CREATE INDEX quotes_doc ON quotes (doc_seq)",
    ];
}
