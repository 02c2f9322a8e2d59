#include "serverassessment.h"

#include "domain/plan.h"

namespace ap::ServerAssessment {

namespace {

const QStringList &tables()
{
    static const QStringList list = {QStringLiteral("task_assessment"), QStringLiteral("assessment_extra"),
                                     QStringLiteral("assessment_tier"), QStringLiteral("assessment_mark"),
                                     QStringLiteral("assessment_award")};
    return list;
}

// A mark or award is refused once the result is published (a cascade from a task's or a
// department's removal excepted); a unit's claimed points are within the task's.
QStringList guards(const QString &s)
{
    const QString &path = ServerNames::fixedPath();
    const QString closed = QStringLiteral(
        "CREATE FUNCTION %1.assessment_open() RETURNS trigger LANGUAGE plpgsql %2 AS $$ BEGIN "
        "IF pg_trigger_depth() = 1 AND (SELECT assessment_published FROM %1.plan WHERE id = 1) <> 0 THEN "
        "RAISE EXCEPTION 'the assessment is published: its marks and awards no longer change' USING ERRCODE = '42501'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$")
                               .arg(s, path);
    const QString within = QStringLiteral(
        "CREATE FUNCTION %1.assessment_mark_within() RETURNS trigger LANGUAGE plpgsql %2 AS $$ DECLARE most float8; BEGIN "
        "SELECT points INTO most FROM %1.task_assessment WHERE task_id = NEW.task_id; "
        "IF (NEW.self_points IS NOT NULL OR NEW.review_points IS NOT NULL) AND most IS NULL THEN "
        "RAISE EXCEPTION 'the task is not assessed' USING ERRCODE = '23514'; END IF; "
        "IF NEW.self_points > most OR NEW.review_points > most THEN "
        "RAISE EXCEPTION 'points above the task''s %', most USING ERRCODE = '23514'; END IF; "
        "RETURN NEW; END $$")
                               .arg(s, path);
    return {
        closed, within,
        QStringLiteral("CREATE TRIGGER assessment_mark_open BEFORE INSERT OR UPDATE OR DELETE ON %1.assessment_mark "
                       "FOR EACH ROW EXECUTE FUNCTION %1.assessment_open()")
            .arg(s),
        QStringLiteral("CREATE TRIGGER assessment_award_open BEFORE INSERT OR UPDATE OR DELETE ON %1.assessment_award "
                       "FOR EACH ROW EXECUTE FUNCTION %1.assessment_open()")
            .arg(s),
        QStringLiteral("CREATE TRIGGER assessment_mark_within BEFORE INSERT OR UPDATE ON %1.assessment_mark "
                       "FOR EACH ROW EXECUTE FUNCTION %1.assessment_mark_within()")
            .arg(s),
    };
}

// Finite numbers, texts within the plan's limit, on the new tables' columns.
QStringList checks(const ServerNames &n)
{
    QStringList quotedTables;
    for (const QString &table : tables())
        quotedTables << QLatin1Char('\'') + table + QLatin1Char('\'');
    return {
        QStringLiteral("DO $$ DECLARE c record; BEGIN FOR c IN SELECT table_name, column_name, data_type "
                       "FROM information_schema.columns WHERE table_schema = '%1' AND table_name IN (%3) "
                       "AND data_type IN ('text', 'double precision') ORDER BY table_name, ordinal_position LOOP "
                       "IF c.data_type = 'text' THEN EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I "
                       "CHECK (char_length(%I) <= %2)', '%1', c.table_name, c.table_name || '_' || c.column_name || '_length', "
                       "c.column_name); "
                       "ELSE EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I CHECK (%I IS NULL OR (%I >= 0 AND %I NOT IN "
                       "(''NaN''::float8, ''Infinity''::float8)))', '%1', c.table_name, "
                       "c.table_name || '_' || c.column_name || '_finite', c.column_name, c.column_name, c.column_name); "
                       "END IF; END LOOP; END $$")
            .arg(n.schema)
            .arg(kMaxTextLength)
            .arg(quotedTables.join(QLatin1Char(','))),
    };
}

QStringList grants(const ServerNames &n)
{
    const QString s = ServerNames::quoted(n.schema);
    const QString e = ServerNames::quoted(n.editor), r = ServerNames::quoted(n.reporter), v = ServerNames::quoted(n.viewer);
    const QString all = QStringList{e, r, v}.join(QStringLiteral(", "));
    QStringList out;
    for (const QString &table : tables())
        out << QStringLiteral("GRANT SELECT ON %1.%2 TO %3").arg(s, table, all)
            << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1.%2 TO %3").arg(s, table, e);
    // A reporter's own unit, on the tasks it leads.
    const QString own = QStringLiteral(
        "assessment_mark.department_id = (SELECT m.department_id FROM %1.member m WHERE m.login = session_user "
        "AND m.role = 'reporter') AND EXISTS (SELECT 1 FROM %1.task_department td WHERE td.task_id = assessment_mark.task_id "
        "AND td.department_id = assessment_mark.department_id AND td.role = 'lead')")
                            .arg(s);
    out << QStringLiteral("GRANT USAGE ON SEQUENCE %1.assessment_extra_id_seq TO %2").arg(s, e)
        << QStringLiteral("GRANT INSERT (task_id, department_id, self_points, self_note), UPDATE (self_points, self_note) "
                          "ON %1.assessment_mark TO %2")
               .arg(s, r)
        << QStringLiteral("ALTER TABLE %1.assessment_mark ENABLE ROW LEVEL SECURITY").arg(s)
        << QStringLiteral("CREATE POLICY members_read ON %1.assessment_mark FOR SELECT USING (true)").arg(s)
        << QStringLiteral("CREATE POLICY editors_write ON %1.assessment_mark FOR ALL TO %2 USING (true) WITH CHECK (true)").arg(s, e)
        << QStringLiteral("CREATE POLICY reporters_add ON %1.assessment_mark FOR INSERT TO %2 WITH CHECK (%3)").arg(s, r, own)
        << QStringLiteral("CREATE POLICY reporters_change ON %1.assessment_mark FOR UPDATE TO %2 USING (%3) WITH CHECK (%3)")
               .arg(s, r, own);
    return out;
}

} // namespace

QStringList upgradeTo6(const ServerNames &names)
{
    const QString s = ServerNames::quoted(names.schema);
    return ServerNames::changeNotices(s, tables()) + guards(s) + checks(names) + grants(names);
}

} // namespace ap::ServerAssessment
