#include "planrows.h"

#include "rowreader.h"
#include "sqlerror.h"
#include "sqlvalues.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

using sqlvalue::dateFrom;
using sqlvalue::idOrNull;
using sqlvalue::optionalDouble;
using sqlvalue::optionalInt;
using sqlvalue::text;

struct PlanRows::Prepared
{
    QHash<QString, QSqlQuery> queries;
};

PlanRows::PlanRows()
    : m_prepared(std::make_unique<Prepared>())
{
}

PlanRows::~PlanRows()
{
    close();
}

void PlanRows::attach(const QString &connection, bool readOnly, int schemaVersion, SqlDialect dialect,
                      RowClaims *claims)
{
    m_connection = connection;
    m_readOnly = readOnly;
    m_schemaVersion = schemaVersion;
    m_dialect = dialect;
    m_claims = claims;
}

void PlanRows::close()
{
    m_prepared->queries.clear();
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase d = db();
        if (d.isOpen())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QSqlDatabase PlanRows::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

bool PlanRows::claimed(bool ok)
{
    if (!ok)
        setLastError(m_claims->refusalCode(), m_claims->refusal(), m_claims->conflict());
    return ok;
}

bool PlanRows::claimRow(const QString &table, Id id, bool remove)
{
    return !m_claims || claimed(m_claims->claimRow(table, id, remove));
}

bool PlanRows::rowInserted(const QString &table, Id id)
{
    return !m_claims || claimed(m_claims->rowInserted(table, id));
}

bool PlanRows::claimReports(const QList<Id> &tasks, const QSet<Id> &known)
{
    return !m_claims || claimed(m_claims->claimReports(tasks, known));
}

QSqlQuery &PlanRows::query(const QString &sql)
{
    auto &queries = m_prepared->queries;
    auto it = queries.find(sql);
    if (it == queries.end()) {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(sql);
        it = queries.insert(sql, q);
    }
    return it.value();
}

// ---- reading ------------------------------------------------------------------------------

bool PlanRows::readAll(PlanData *plan, ReportLog *reports, QString *error,
                       const std::function<bool(QString *error)> &first)
{
    // Inside a write transaction the rows are read as that transaction sees them.
    const bool own = !m_inTransaction;
    QSqlQuery begin(db());
    if (own && !begin.exec(m_dialect.beginRead())) {
        if (error)
            *error = tr("The plan could not be read: %1").arg(SqlError::describe(begin.lastError()));
        return false;
    }
    const bool ok = (!first || first(error)) && load(plan, error) && loadReports(reports, error);
    if (own) {
        QSqlQuery end(db());
        end.exec(QStringLiteral("ROLLBACK"));   // it only read: nothing to keep
    }
    return ok;
}

bool PlanRows::load(PlanData *out, QString *error)
{
    return RowReader(db(), m_schemaVersion, m_dialect).plan(out, error);
}

bool PlanRows::loadReports(ReportLog *out, QString *error)
{
    return RowReader(db(), m_schemaVersion, m_dialect).reports(out, error);
}

bool PlanRows::loadPeriodLocks(QHash<QString, PeriodLock> *out, QString *error)
{
    return RowReader(db(), m_schemaVersion, m_dialect).periodLocks(out, error);
}

// ---- transactions -------------------------------------------------------------------------

PlanRows::Transaction::Transaction(PlanRows &rows)
    : m_rows(rows)
{
    if (rows.m_readOnly) {
        rows.m_lastCode = StoreError::ReadOnly;
        rows.m_lastError = tr("The plan is open read-only; changes cannot be saved.");
        return;
    }
    // Sent as it is, not prepared: PostgreSQL prepares no BEGIN, COMMIT or ROLLBACK.
    QSqlQuery q(rows.db());
    if (!q.exec(rows.m_dialect.beginWrite())) {
        rows.m_lastCode = StoreError::WriteFailed;
        rows.m_lastError = tr("The change could not be saved: %1").arg(SqlError::describe(q.lastError()));
        return;
    }
    rows.m_inTransaction = true;
    m_active = true;
}

PlanRows::Snapshot::Snapshot(PlanRows &rows)
    : m_rows(rows)
{
    if (rows.m_inTransaction)
        return;   // inside a transaction, its reads are already of one moment
    QSqlQuery q(rows.db());
    m_active = q.exec(rows.m_dialect.isSqlite() ? rows.m_dialect.beginRead()
                                                : rows.m_dialect.beginRead() + QStringLiteral(" READ ONLY"));
    rows.m_inTransaction = m_active;
}

PlanRows::Snapshot::~Snapshot()
{
    if (!m_active)
        return;
    QSqlQuery q(m_rows.db());
    q.exec(QStringLiteral("ROLLBACK"));
    m_rows.m_inTransaction = false;
}

PlanRows::Transaction::~Transaction()
{
    if (m_active) {
        QSqlQuery q(m_rows.db());
        q.exec(QStringLiteral("ROLLBACK"));
        m_rows.m_inTransaction = false;
        if (m_rows.m_claims)
            m_rows.m_claims->transactionEnded(false);
    }
}

bool PlanRows::Transaction::commit(QString *error)
{
    if (!m_active) {
        if (error)
            *error = m_rows.m_lastError;
        return false;
    }
    QSqlQuery q(m_rows.db());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError e = q.lastError();
        m_rows.m_lastCode = SqlError::isDiskFull(e) ? StoreError::DiskFull : StoreError::WriteFailed;
        m_rows.m_lastError = SqlError::isDiskFull(e)  ? tr("The disk is full. The change was not saved.")
                            : SqlError::isIoError(e) ? SqlError::ioErrorMessage()
                                           : tr("The change could not be saved: %1").arg(SqlError::describe(e));
        if (error)
            *error = m_rows.m_lastError;
        return false;  // the destructor rolls back
    }
    m_active = false;
    m_rows.m_inTransaction = false;
    if (m_rows.m_claims)
        m_rows.m_claims->transactionEnded(true);
    return true;
}

// ---- write steps ---------------------------------------------------------------------------

namespace {

bool run(QSqlQuery &q, QString *lastError, StoreError *lastCode)
{
    if (q.exec())
        return true;
    const QSqlError e = q.lastError();
    if (SqlError::isDiskFull(e)) {
        *lastCode = StoreError::DiskFull;
        *lastError = PlanRows::tr("The disk is full. The change was not saved.");
    } else if (SqlError::isIoError(e)) {
        *lastCode = StoreError::WriteFailed;
        *lastError = SqlError::ioErrorMessage();
    } else if (SqlError::isReadOnly(e)) {
        *lastCode = StoreError::ReadOnly;
        *lastError = PlanRows::tr("The plan file cannot be written. The change was not saved.");
    } else if (SqlError::isDenied(e)) {
        *lastCode = StoreError::Denied;
        *lastError = PlanRows::tr("The change was not saved. %1").arg(SqlError::describe(e));
    } else {
        *lastCode = StoreError::WriteFailed;
        *lastError = PlanRows::tr("The change could not be saved: %1").arg(SqlError::describe(e));
    }
    return false;
}

} // namespace

#define AP_RUN(q) run((q), &m_lastError, &m_lastCode)

bool PlanRows::execute(QSqlQuery &q)
{
    return AP_RUN(q);
}

bool PlanRows::writePlanInfo(const PlanInfo &info)
{
    if (!claimRow(QStringLiteral("plan"), 1, false))
        return false;
    QSqlQuery &q = query(QStringLiteral(
        "UPDATE plan SET year = ?, title = ?, organisation = ?, document_date = ?, cadence = ?, warn_days = ?, "
        "behind_points = ?, notice = ?, notice_issuer_mark = ?, notice_number = ?, notice_addressees = ?, "
        "notice_text = ?, notice_copies_to = ?, notice_printed_by = ?, notice_print_date = ? WHERE id = 1"));
    q.addBindValue(info.year);
    q.addBindValue(text(info.title));
    q.addBindValue(text(info.organisation));
    q.addBindValue(sqlvalue::date(info.documentDate));
    q.addBindValue(cadenceKey(info.cadence));
    q.addBindValue(info.warnDays);
    q.addBindValue(info.behindPoints);
    const IssueNotice &n = info.notice;
    q.addBindValue(n.enabled ? 1 : 0);
    for (const QString *v : {&n.issuerMark, &n.number, &n.addressees, &n.text, &n.copiesTo, &n.printedBy})
        q.addBindValue(text(*v));
    q.addBindValue(sqlvalue::date(n.printDate));
    return AP_RUN(q);
}

bool PlanRows::insertSection(Section &section, int row)
{
    if (!openGap(List::Sections, idOrNull(section.parentId), row, 0))
        return false;
    QSqlQuery &q = query(QStringLiteral("INSERT INTO section (id, parent_id, position, title) VALUES (%1, ?, ?, ?) RETURNING id")
                             .arg(m_dialect.newId(QStringLiteral("section"))));
    q.addBindValue(idOrNull(section.id));
    q.addBindValue(idOrNull(section.parentId));
    q.addBindValue(row);
    q.addBindValue(text(section.title));
    if (!AP_RUN(q))
        return false;
    if (!q.next())
        return false;
    section.id = q.value(0).toLongLong();
    q.finish();
    return rowInserted(QStringLiteral("section"), section.id);
}

bool PlanRows::deleteSection(Id id)
{
    if (!claimRow(QStringLiteral("section"), id, true))
        return false;
    return removeFromList(List::Sections, id);
}

bool PlanRows::moveSection(Id id, Id newParent, int newRow)
{
    return moveInList(List::Sections, id, idOrNull(newParent), newRow);
}

bool PlanRows::renameSection(Id id, const QString &title)
{
    if (!claimRow(QStringLiteral("section"), id, false))
        return false;
    QSqlQuery &q = query(QStringLiteral("UPDATE section SET title = ? WHERE id = ?"));
    q.addBindValue(text(title));
    q.addBindValue(id);
    return AP_RUN(q);
}

namespace {
const QString kTargetUpsert = QStringLiteral(
    "INSERT INTO target (id, task_id, position, indicator, op, value, unit, baseline, baseline_year, due_date, "
    "baseline_source, measure, baseline_period) VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT(id) DO UPDATE SET task_id = excluded.task_id, position = excluded.position, "
    "indicator = excluded.indicator, op = excluded.op, value = excluded.value, unit = excluded.unit, "
    "baseline = excluded.baseline, baseline_year = excluded.baseline_year, due_date = excluded.due_date, "
    "baseline_source = excluded.baseline_source, measure = excluded.measure, baseline_period = excluded.baseline_period "
    "RETURNING id");
}

bool PlanRows::insertTask(Task &task, Id sectionId, int row)
{
    return openGap(List::Tasks, sectionId, row, 0) && insertTaskRow(task, sectionId, row);
}

bool PlanRows::insertTasks(QList<Task> &tasks, Id sectionId, int row)
{
    if (!openGap(List::Tasks, sectionId, row, 0, int(tasks.size())))
        return false;
    for (int i = 0; i < tasks.size(); ++i)
        if (!insertTaskRow(tasks[i], sectionId, row + i))
            return false;
    return true;
}

bool PlanRows::insertTaskRow(Task &task, Id sectionId, int row)
{
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO task (id, section_id, position, title, description, start_date, deadline, notes) "
        "VALUES (%1, ?, ?, ?, ?, ?, ?, ?) RETURNING id").arg(m_dialect.newId(QStringLiteral("task"))));
    q.addBindValue(idOrNull(task.id));
    q.addBindValue(sectionId);
    q.addBindValue(row);
    q.addBindValue(text(task.title));
    q.addBindValue(text(task.description));
    q.addBindValue(sqlvalue::date(task.start));
    q.addBindValue(sqlvalue::date(task.deadline));
    q.addBindValue(text(task.notes));
    if (!AP_RUN(q))
        return false;
    if (!q.next())
        return false;
    task.id = q.value(0).toLongLong();
    q.finish();
    return rowInserted(QStringLiteral("task"), task.id) && writeTaskParts(task, true);
}

bool PlanRows::updateTask(Task &task)
{
    if (!claimRow(QStringLiteral("task"), task.id, false))
        return false;
    QSqlQuery &q = query(QStringLiteral(
        "UPDATE task SET title = ?, description = ?, start_date = ?, deadline = ?, notes = ? WHERE id = ?"));
    q.addBindValue(text(task.title));
    q.addBindValue(text(task.description));
    q.addBindValue(sqlvalue::date(task.start));
    q.addBindValue(sqlvalue::date(task.deadline));
    q.addBindValue(text(task.notes));
    q.addBindValue(task.id);
    if (!AP_RUN(q))
        return false;

    return writeTaskParts(task, false);
}

bool PlanRows::writeTaskParts(Task &task, bool fresh)
{
    // Targets keep their ids (progress reports point at them): delete the ones that are gone,
    // upsert the rest.
    if (!fresh) {
        QSet<Id> keep;
        for (const Target &t : task.targets)
            keep.insert(t.id);
        QSqlQuery &existing = query(QStringLiteral("SELECT id FROM target WHERE task_id = ?"));
        existing.addBindValue(task.id);
        if (!AP_RUN(existing))
            return false;
        QList<Id> gone;
        while (existing.next())
            if (!keep.contains(existing.value(0).toLongLong()))
                gone.append(existing.value(0).toLongLong());
        existing.finish();
        for (const Id id : std::as_const(gone)) {
            QSqlQuery &del = query(QStringLiteral("DELETE FROM target WHERE id = ?"));
            del.addBindValue(id);
            if (!AP_RUN(del))
                return false;
        }
    }
    for (int i = 0; i < task.targets.size(); ++i) {
        Target &t = task.targets[i];
        QSqlQuery &u = query(kTargetUpsert.arg(m_dialect.newId(QStringLiteral("target"))));
        u.addBindValue(idOrNull(t.id));
        u.addBindValue(task.id);
        u.addBindValue(i);
        u.addBindValue(text(t.indicator));
        u.addBindValue(opSymbol(t.op));
        u.addBindValue(optionalDouble(t.value));
        u.addBindValue(text(t.unit));
        u.addBindValue(optionalDouble(t.baseline));
        u.addBindValue(optionalInt(t.baselineYear));
        u.addBindValue(sqlvalue::date(t.due));
        u.addBindValue(text(baselineSourceKey(t.baselineSource)));
        u.addBindValue(text(measureKey(t.measure)));
        u.addBindValue(text(t.baselinePeriod));
        if (!AP_RUN(u))
            return false;
        if (!u.next())
            return false;
        t.id = u.value(0).toLongLong();
        u.finish();
        if (!writeTargetSteps(t, fresh))
            return false;
    }

    if (!fresh) {
        QSqlQuery &clear = query(QStringLiteral("DELETE FROM task_department WHERE task_id = ?"));
        clear.addBindValue(task.id);
        if (!AP_RUN(clear))
            return false;
    }
    for (int i = 0; i < task.assignments.size(); ++i) {
        const Assignment &a = task.assignments.at(i);
        QSqlQuery &ins = query(QStringLiteral(
            "INSERT INTO task_department (task_id, department_id, role, position) VALUES (?, ?, ?, ?)"));
        ins.addBindValue(task.id);
        ins.addBindValue(a.departmentId);
        ins.addBindValue(a.role == DepartmentRole::Support ? QStringLiteral("support") : QStringLiteral("lead"));
        ins.addBindValue(i);
        if (!AP_RUN(ins))
            return false;
    }
    // A task's item in the assessment goes with it (a plan file before format 7 has none).
    if (m_schemaVersion < 7 || (fresh && !task.assessment))
        return true;
    return writeTaskAssessment(task.id, task.assessment);
}

bool PlanRows::writeTargetSteps(const Target &target, bool fresh)
{
    if (!fresh) {
        QSqlQuery &clear = query(QStringLiteral("DELETE FROM target_step WHERE target_id = ?"));
        clear.addBindValue(target.id);
        if (!AP_RUN(clear))
            return false;
    }
    for (int i = 0; i < target.milestones.size(); ++i) {
        QSqlQuery &ins = query(QStringLiteral("INSERT INTO target_step (target_id, position, value, due_date) VALUES (?, ?, ?, ?)"));
        ins.addBindValue(target.id);
        ins.addBindValue(i);
        ins.addBindValue(optionalDouble(target.milestones.at(i).value));
        ins.addBindValue(sqlvalue::date(target.milestones.at(i).due));
        if (!AP_RUN(ins))
            return false;
    }
    return true;
}

bool PlanRows::moveTask(Id id, Id newSection, int newRow)
{
    return moveInList(List::Tasks, id, newSection, newRow);
}

bool PlanRows::insertDepartment(Department &dept, int row)
{
    if (!openGap(List::Departments, QVariant(), row, 0))
        return false;
    QSqlQuery &q = query(QStringLiteral("INSERT INTO department (id, name, short_name, position) VALUES (%1, ?, ?, ?) RETURNING id")
                             .arg(m_dialect.newId(QStringLiteral("department"))));
    q.addBindValue(idOrNull(dept.id));
    q.addBindValue(text(dept.name));
    q.addBindValue(text(dept.shortName));
    q.addBindValue(row);
    if (!AP_RUN(q))
        return false;
    if (!q.next())
        return false;
    dept.id = q.value(0).toLongLong();
    q.finish();
    dept.position = row;
    return rowInserted(QStringLiteral("department"), dept.id);
}

bool PlanRows::deleteDepartment(Id id)
{
    if (!claimRow(QStringLiteral("department"), id, true))
        return false;
    return removeFromList(List::Departments, id);
}

bool PlanRows::updateDepartment(const Department &dept)
{
    if (!claimRow(QStringLiteral("department"), dept.id, false))
        return false;
    QSqlQuery &q = query(QStringLiteral("UPDATE department SET name = ?, short_name = ? WHERE id = ?"));
    q.addBindValue(text(dept.name));
    q.addBindValue(text(dept.shortName));
    q.addBindValue(dept.id);
    return AP_RUN(q);
}

bool PlanRows::moveDepartment(Id id, int newRow)
{
    return moveInList(List::Departments, id, QVariant(), newRow);
}

#undef AP_RUN

} // namespace ap
