#include "schema.h"

#include "sqlerror.h"

#include "steprows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ap::schema {

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             QStringLiteral(
                 "CREATE TABLE plan ("
                 " id INTEGER PRIMARY KEY CHECK (id = 1),"
                 " year INTEGER NOT NULL,"
                 " title TEXT NOT NULL DEFAULT '',"
                 " organisation TEXT NOT NULL DEFAULT '',"
                 " document_date TEXT,"
                 " cadence TEXT NOT NULL DEFAULT 'quarterly' CHECK (cadence IN ('monthly','quarterly')))"),
             QStringLiteral(
                 "CREATE TABLE department ("
                 " id {id},"
                 " name TEXT NOT NULL UNIQUE,"
                 " short_name TEXT NOT NULL DEFAULT '',"
                 " position INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE section ("
                 " id {id},"
                 " parent_id {ref} REFERENCES section(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " title TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX section_parent ON section(parent_id, position)"),
             QStringLiteral(
                 "CREATE TABLE task ("
                 " id {id},"
                 " section_id {ref} NOT NULL REFERENCES section(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " title TEXT NOT NULL DEFAULT '',"
                 " description TEXT NOT NULL DEFAULT '',"
                 " start_date TEXT,"
                 " deadline TEXT,"
                 " notes TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX task_section ON task(section_id, position)"),
             QStringLiteral(
                 "CREATE TABLE target ("
                 " id {id},"
                 " task_id {ref} NOT NULL REFERENCES task(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " indicator TEXT NOT NULL DEFAULT '',"
                 " op TEXT NOT NULL DEFAULT '>=' CHECK (op IN ('>=','<=','=','>','<')),"
                 " value {real},"
                 " unit TEXT NOT NULL DEFAULT '',"
                 " baseline {real},"
                 " baseline_year INTEGER,"
                 " due_date TEXT)"),
             QStringLiteral("CREATE INDEX target_task ON target(task_id, position)"),
             QStringLiteral(
                 "CREATE TABLE task_department ("
                 " task_id {ref} NOT NULL REFERENCES task(id) ON DELETE CASCADE,"
                 " department_id {ref} NOT NULL REFERENCES department(id) ON DELETE CASCADE,"
                 " role TEXT NOT NULL CHECK (role IN ('lead','support')),"
                 " position INTEGER NOT NULL,"
                 " PRIMARY KEY (task_id, department_id))"),
             QStringLiteral("CREATE INDEX task_department_dept ON task_department(department_id)"),
         }},
        // Version 2 reserves the monitoring data: progress reports per task and period,
        // actual values per target, period locks, and the plan's warning settings.
        {2,
         {
             QStringLiteral("ALTER TABLE plan ADD COLUMN warn_days INTEGER NOT NULL DEFAULT 30"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN behind_points {real} NOT NULL DEFAULT 10"),
             QStringLiteral(
                 "CREATE TABLE checkin ("
                 " id {id},"
                 " task_id {ref} NOT NULL REFERENCES task(id) ON DELETE CASCADE,"
                 " period TEXT NOT NULL,"
                 " entered_at TEXT NOT NULL,"
                 " report_date TEXT,"
                 " status TEXT NOT NULL DEFAULT 'not_started'"
                 "  CHECK (status IN ('not_started','in_progress','done','behind','cancelled')),"
                 " percent {real},"
                 " progress TEXT NOT NULL DEFAULT '',"
                 " problems TEXT NOT NULL DEFAULT '',"
                 " next_steps TEXT NOT NULL DEFAULT '',"
                 " department_id {ref} REFERENCES department(id) ON DELETE SET NULL,"
                 " supersedes_id {ref} REFERENCES checkin(id) ON DELETE SET NULL,"
                 " correction_reason TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX checkin_task ON checkin(task_id, period)"),
             QStringLiteral(
                 "CREATE TABLE checkin_value ("
                 " checkin_id {ref} NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,"
                 " target_id {ref} NOT NULL REFERENCES target(id) ON DELETE CASCADE,"
                 " actual {real},"
                 " PRIMARY KEY (checkin_id, target_id))"),
             QStringLiteral(
                 "CREATE TABLE period_lock ("
                 " period TEXT PRIMARY KEY,"
                 " locked INTEGER NOT NULL,"
                 " changed_at TEXT NOT NULL,"
                 " reason TEXT NOT NULL DEFAULT '')"),
         }},
        // Version 3 gives each plan an identity of its own, which stays when the plan is edited,
        // copied or saved under another name: return forms carry it back.
        {3,
         {
             QStringLiteral("ALTER TABLE plan ADD COLUMN uid TEXT NOT NULL DEFAULT ''"),
         },
         {
             QStringLiteral("UPDATE plan SET uid = lower(hex(randomblob(16))) WHERE uid = ''"),
         }},
        // Version 4 remembers where a target's baseline came from: '' given, 'actual' last year's
        // recorded result, 'target' only last year's target (which is printed as such).
        {4,
         {
             QStringLiteral("ALTER TABLE target ADD COLUMN baseline_source TEXT NOT NULL DEFAULT ''"),
         }},
        // Version 5 keeps the notice the plan is issued in (版头, 主送机关, text, 版记): every
        // part optional, printed only when the plan is issued by notice.
        {5,
         {
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice_issuer_mark TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice_number TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice_addressees TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice_text TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice_copies_to TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice_printed_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN notice_print_date TEXT"),
         }},
        // Version 6 gives the plan's year its shape: a target is one indicator with its steps
        // (target_step: the values due before the year's, which stays on the target row), says
        // how its figure behaves (measure), and a report may give the year's final values
        // (year_end); a baseline from one of last year's periods names it (baseline_period). The rows of one indicator an older file kept as several targets become
        // one target with steps, their reports' figures moved with them (foldStepRows).
        {6,
         {
             QStringLiteral(
                 "CREATE TABLE target_step ("
                 " target_id {ref} NOT NULL REFERENCES target(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " value {real},"
                 " due_date TEXT,"
                 " PRIMARY KEY (target_id, position))"),
             QStringLiteral("ALTER TABLE target ADD COLUMN measure TEXT NOT NULL DEFAULT ''"
                            " CHECK (measure IN ('','level','cumulative','steady'))"),
             QStringLiteral("ALTER TABLE checkin ADD COLUMN year_end INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE target ADD COLUMN baseline_period TEXT NOT NULL DEFAULT ''"),
         },
         {},
         &foldStepRows},
        // Version 7 keeps the year-end assessment (年度目标考核): each assessed task's points and
        // scoring rule (task_assessment), the bonus and veto items and the tiers of the scheme, each
        // unit's 自评 and the bureau's 复核 per task (assessment_mark), the bonuses and vetoes given
        // (assessment_award), and whether the result is published (closing marks and awards).
        {7,
         {
             QStringLiteral(
                 "CREATE TABLE task_assessment ("
                 " task_id {ref} PRIMARY KEY REFERENCES task(id) ON DELETE CASCADE,"
                 " points {real} NOT NULL,"
                 " rule TEXT NOT NULL CHECK (rule IN ('met','proportional','deduction','done','manual')),"
                 " floor {real} NOT NULL DEFAULT 60,"
                 " step {real} NOT NULL DEFAULT 1,"
                 " deduct {real} NOT NULL DEFAULT 1,"
                 " cap {real},"
                 " method TEXT NOT NULL DEFAULT '')"),
             QStringLiteral(
                 "CREATE TABLE assessment_extra ("
                 " id {id},"
                 " kind TEXT NOT NULL CHECK (kind IN ('bonus','veto')),"
                 " title TEXT NOT NULL DEFAULT '',"
                 " points {real} NOT NULL DEFAULT 0,"
                 " cap {real} NOT NULL DEFAULT 0,"
                 " position INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE assessment_tier ("
                 " position INTEGER PRIMARY KEY,"
                 " name TEXT NOT NULL,"
                 " min_score {real} NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE assessment_mark ("
                 " task_id {ref} NOT NULL REFERENCES task(id) ON DELETE CASCADE,"
                 " department_id {ref} NOT NULL REFERENCES department(id) ON DELETE CASCADE,"
                 " self_points {real},"
                 " self_note TEXT NOT NULL DEFAULT '',"
                 " review_points {real},"
                 " review_reason TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY (task_id, department_id))"),
             QStringLiteral("CREATE INDEX assessment_mark_department ON assessment_mark(department_id)"),
             QStringLiteral(
                 "CREATE TABLE assessment_award ("
                 " extra_id {ref} NOT NULL REFERENCES assessment_extra(id) ON DELETE CASCADE,"
                 " department_id {ref} NOT NULL REFERENCES department(id) ON DELETE CASCADE,"
                 " count {real} NOT NULL DEFAULT 1,"
                 " note TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY (extra_id, department_id))"),
             QStringLiteral("ALTER TABLE plan ADD COLUMN assessment_published INTEGER NOT NULL DEFAULT 0"),
         }},
        // Version 8 keeps named versions of the plan (印发版, 调整版): each frozen whole under a name,
        // its content the plan as VersionContent encodes it, in parts that stay far below a
        // value's limit (plan_version_part); and the reasons typed for what changed since a
        // version (adjustment_reason: 调整理由, by the changed item's key).
        {8,
         {
             QStringLiteral(
                 "CREATE TABLE plan_version ("
                 " id {id},"
                 " name TEXT NOT NULL CHECK (name <> ''),"
                 " saved_at TEXT NOT NULL,"
                 " saved_by TEXT NOT NULL DEFAULT '',"
                 " task_count INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral(
                 "CREATE TABLE plan_version_part ("
                 " version_id {ref} NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " content {blob} NOT NULL,"
                 " PRIMARY KEY (version_id, position))"),
             QStringLiteral(
                 "CREATE TABLE adjustment_reason ("
                 " version_id {ref} NOT NULL REFERENCES plan_version(id) ON DELETE CASCADE,"
                 " item TEXT NOT NULL,"
                 " reason TEXT NOT NULL DEFAULT '',"
                 " PRIMARY KEY (version_id, item))"),
         }},
        // Version 9 keeps the files a progress report carries (佐证材料): each whole, with its
        // name as added, its kind by content (domain/evidence), its size and SHA-256, written
        // once with its report and gone with it.
        {9,
         {
             QStringLiteral(
                 "CREATE TABLE evidence ("
                 " id {id},"
                 " checkin_id {ref} NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,"
                 " position INTEGER NOT NULL,"
                 " name TEXT NOT NULL CHECK (name <> ''),"
                 " kind TEXT NOT NULL CHECK (kind IN ('jpeg','png','pdf','docx','xlsx','doc','xls','wps','et','ofd')),"
                 " size {ref} NOT NULL CHECK (size >= 0),"
                 " sha256 TEXT NOT NULL,"
                 " content {blob} NOT NULL)"),
             QStringLiteral("CREATE INDEX evidence_checkin ON evidence(checkin_id, position)"),
         }},
    };
    return all;
}

QStringList statements(const Migration &step, const SqlDialect &dialect)
{
    QStringList out;
    for (const QString &statement : step.statements)
        out << dialect.tableSql(statement);
    if (dialect.isSqlite())
        out += step.fileData;
    return out;
}

QStringList tables(const SqlDialect &dialect, int upTo)
{
    QStringList out;
    for (const Migration &step : migrations())
        if (step.toVersion <= upTo)
            for (const QString &statement : step.statements)
                out << dialect.tableSql(statement);
    return out;
}

const Migration &migrationTo(int version)
{
    for (const Migration &step : migrations())
        if (step.toVersion == version)
            return step;
    Q_UNREACHABLE();
}

bool run(const Migration &step, QSqlDatabase &db, const SqlDialect &dialect, QString *detail)
{
    QSqlQuery q(db);
    for (const QString &statement : statements(step, dialect))
        if (!q.exec(statement)) {
            if (detail)
                *detail = SqlError::describe(q.lastError());
            return false;
        }
    return !step.rows || step.rows(db, detail);
}

QStringList requiredTables(int version)
{
    QStringList tables = {QStringLiteral("plan"), QStringLiteral("department"), QStringLiteral("section"),
                          QStringLiteral("task"), QStringLiteral("target"), QStringLiteral("task_department")};
    if (version >= 2)
        tables << QStringLiteral("checkin") << QStringLiteral("checkin_value") << QStringLiteral("period_lock");
    if (version >= 6)
        tables << QStringLiteral("target_step");
    if (version >= 7)
        tables << QStringLiteral("task_assessment") << QStringLiteral("assessment_extra")
               << QStringLiteral("assessment_tier") << QStringLiteral("assessment_mark")
               << QStringLiteral("assessment_award");
    if (version >= 8)
        tables << QStringLiteral("plan_version") << QStringLiteral("plan_version_part")
               << QStringLiteral("adjustment_reason");
    if (version >= 9)
        tables << QStringLiteral("evidence");
    return tables;
}

} // namespace ap::schema
