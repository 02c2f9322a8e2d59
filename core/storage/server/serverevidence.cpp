#include "serverevidence.h"

#include "domain/evidence.h"
#include "domain/plan.h"

namespace ap::ServerEvidence {

namespace {

// What a file is, by its first bytes, for each kind the table takes: the same signatures
// EvidenceIntake looks for (an OOXML or OFD package is a ZIP, an old Office or WPS file an OLE
// compound file).
QString signatureCheck()
{
    return QStringLiteral(
        "CASE kind WHEN 'jpeg' THEN substring(content FROM 1 FOR 3) = '\\xffd8ff'::bytea "
        "WHEN 'png' THEN substring(content FROM 1 FOR 8) = '\\x89504e470d0a1a0a'::bytea "
        "WHEN 'pdf' THEN substring(content FROM 1 FOR 5) = '\\x255044462d'::bytea "
        "WHEN 'docx' THEN substring(content FROM 1 FOR 4) = '\\x504b0304'::bytea "
        "WHEN 'xlsx' THEN substring(content FROM 1 FOR 4) = '\\x504b0304'::bytea "
        "WHEN 'ofd' THEN substring(content FROM 1 FOR 4) = '\\x504b0304'::bytea "
        "ELSE substring(content FROM 1 FOR 8) = '\\xd0cf11e0a1b11ae1'::bytea END");
}

QStringList checks(const QString &s)
{
    return {
        QStringLiteral("ALTER TABLE %1.evidence ADD CONSTRAINT evidence_size_is_content CHECK (size = octet_length(content) "
                       "AND size <= %2)")
            .arg(s)
            .arg(evidence::kMaxFileBytes),
        QStringLiteral("ALTER TABLE %1.evidence ADD CONSTRAINT evidence_sha256_is_content "
                       "CHECK (sha256 = encode(sha256(content), 'hex'))")
            .arg(s),
        QStringLiteral("ALTER TABLE %1.evidence ADD CONSTRAINT evidence_kind_is_content CHECK (%2)").arg(s, signatureCheck()),
        QStringLiteral("ALTER TABLE %1.evidence ADD CONSTRAINT evidence_name_length CHECK (char_length(name) <= %2)")
            .arg(s)
            .arg(evidence::kMaxNameLength),
    };
}

// A file is never changed once written, and a reporter's goes into no locked period (the report's
// own period, read afresh: files are written in READ COMMITTED only, as reports are).
QStringList guards(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString &path = ServerNames::fixedPath();
    const QString guard = QStringLiteral(
        "CREATE FUNCTION %1.evidence_guard() RETURNS trigger LANGUAGE plpgsql %2 AS $$ DECLARE r record; BEGIN "
        "IF TG_OP = 'UPDATE' THEN RAISE EXCEPTION 'an evidence file is never changed' USING ERRCODE = '42501'; END IF; "
        "IF current_setting('transaction_isolation') <> 'read committed' THEN "
        "RAISE EXCEPTION 'evidence files are written in READ COMMITTED transactions only, not in %', "
        "current_setting('transaction_isolation') USING ERRCODE = '42501'; END IF; "
        "SELECT period INTO r FROM %1.checkin WHERE id = NEW.checkin_id; "
        "IF FOUND AND %1.reports_only() THEN PERFORM %1.period_open(r.period); END IF; "
        "RETURN NEW; END $$")
                              .arg(s, path);
    return {guard,
            QStringLiteral("CREATE TRIGGER evidence_guard BEFORE INSERT OR UPDATE ON %1.evidence "
                           "FOR EACH ROW EXECUTE FUNCTION %1.evidence_guard()")
                .arg(s)};
}

// How many files a report carries and how much the plan's come to, counted when the transaction
// commits (deferred: the lock that makes two writers count one after the other is held only
// then, not while a file is sent) and after waiting for any other writer's count: each sees the
// files committed before it.
QStringList limits(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString &path = ServerNames::fixedPath();
    const QString key = QStringLiteral("hashtextextended('%1:evidence', 0)").arg(n.schema);
    const QString check = QStringLiteral(
        "CREATE FUNCTION %1.evidence_limits() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN "
        "PERFORM pg_advisory_xact_lock(%3); "
        "IF (SELECT count(*) FROM %1.evidence WHERE checkin_id = NEW.checkin_id) > %4 THEN "
        "RAISE EXCEPTION 'a report carries at most %4 evidence files' USING ERRCODE = '54000'; END IF; "
        "IF (SELECT coalesce(sum(size), 0) FROM %1.evidence) > %5 THEN "
        "RAISE EXCEPTION 'the plan''s evidence files would pass %5 bytes' USING ERRCODE = '54000'; END IF; "
        "RETURN NULL; END $$")
                              .arg(s, path, key)
                              .arg(evidence::kMaxFilesPerReport)
                              .arg(evidence::kMaxPlanBytes);
    return {check,
            QStringLiteral("CREATE CONSTRAINT TRIGGER evidence_limits AFTER INSERT ON %1.evidence "
                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION %1.evidence_limits()")
                .arg(s)};
}

// As the reports' own rights (ServerBoundary::grants): members read, editors write, a reporter
// adds to its own reports.
QStringList grants(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString e = ServerNames::quoted(n.editor), r = ServerNames::quoted(n.reporter), v = ServerNames::quoted(n.viewer);
    return {
        QStringLiteral("GRANT SELECT ON %1.evidence TO %2, %3, %4").arg(s, e, r, v),
        QStringLiteral("GRANT INSERT, DELETE ON %1.evidence TO %2").arg(s, e),
        QStringLiteral("GRANT INSERT ON %1.evidence TO %2").arg(s, r),
        QStringLiteral("GRANT USAGE ON SEQUENCE %1.evidence_id_seq TO %2, %3").arg(s, e, r),
        QStringLiteral("ALTER TABLE %1.evidence ENABLE ROW LEVEL SECURITY").arg(s),
        QStringLiteral("CREATE POLICY members_read ON %1.evidence FOR SELECT USING (true)").arg(s),
        QStringLiteral("CREATE POLICY editors_write ON %1.evidence FOR ALL TO %2 USING (true) WITH CHECK (true)").arg(s, e),
        QStringLiteral("CREATE POLICY reporters_add ON %1.evidence FOR INSERT TO %2 WITH CHECK ("
                       " EXISTS (SELECT 1 FROM %1.checkin c WHERE c.id = evidence.checkin_id AND c.entered_by = session_user))")
            .arg(s, r),
    };
}

} // namespace

QStringList upgradeTo12(const ServerNames &names)
{
    const QString s = ServerNames::quoted(names.schema);
    return checks(s) + guards(names) + limits(names) + grants(names)
        + ServerNames::changeNotices(s, {QStringLiteral("evidence")});
}

} // namespace ap::ServerEvidence
