#include "rowreader.h"

#include "domain/targetsteps.h"
#include "sqlerror.h"
#include "sqlvalues.h"
#include "targetrows.h"
#include "repeatedtext.h"
#include "rowquery.h"
#include "rowvalues.h"

#include <QSqlError>

#include <algorithm>
#include <map>
#include <tuple>
#include <vector>

namespace ap {

using sqlvalue::dateFrom;

namespace {

// A row's place among its parent's (a task's in its section, a target's in its task): the plan's
// order is (parent, position, id).
struct Place
{
    Id parent;
    qint64 position;
    Id id;
    bool operator<(const Place &o) const { return std::tie(parent, position, id) < std::tie(o.parent, o.position, o.id); }
};

// A task's targets, read in the table's order, put in the order of their places [from, to) (its
// targets sorted by position and id; one place a target).
template<typename PlaceIt>
void putInOrder(QList<Target> &targets, PlaceIt from, PlaceIt to)
{
    qsizetype i = 0;
    while (i < targets.size() && targets.at(i).id == (from + i)->id)
        ++i;
    if (i == targets.size())
        return;
    // Where each target is now, by its id (a task may have many: no search per place).
    std::vector<std::pair<Id, qsizetype>> at;
    at.reserve(size_t(targets.size()));
    for (qsizetype k = 0; k < targets.size(); ++k)
        at.emplace_back(targets.at(k).id, k);
    std::sort(at.begin(), at.end());
    QList<Target> ordered;
    ordered.reserve(targets.size());
    for (PlaceIt p = from; p != to; ++p) {
        const auto found = std::lower_bound(at.begin(), at.end(), std::pair<Id, qsizetype>(p->id, 0));
        if (found != at.end() && found->first == p->id)
            ordered.append(std::move(targets[found->second]));
    }
    targets = std::move(ordered);
}

// Rows read in a table's own order are most often in the plan's already (written in it): a look
// is cheaper than a sort of 200,000.
template<typename Rows>
void sortUnlessSorted(Rows &rows)
{
    if (!std::is_sorted(rows.begin(), rows.end()))
        std::sort(rows.begin(), rows.end());
}

} // namespace

RowReader::RowReader(QSqlDatabase db, int schemaVersion, SqlDialect dialect)
    : m_db(db)
    , m_schemaVersion(schemaVersion)
    , m_dialect(dialect)
{
}

bool RowReader::fail(const RowQuery &q, QString *error) const
{
    if (error)
        *error = tr("The plan could not be read: %1").arg(SqlError::describe(q.lastError()));
    return false;
}

bool RowReader::refuse(const QString &table, const QVariant &row, const QString &column, const QVariant &value,
                       QString *error) const
{
    if (error)
        *error = tr("The plan holds a value no plan has, so it is not read (nothing in it has been shown or changed): "
                    "“%1” in column “%2” of row %3 of table “%4”.")
                     .arg(value.toString().left(40), column, row.toString(), table);
    return false;
}

bool RowReader::readFailed(QString *error) const
{
    if (!m_readError.isValid())
        return false;
    if (error)
        *error = tr("The plan could not be read: %1").arg(SqlError::describe(m_readError));
    return true;
}

bool RowReader::plan(PlanData *out, QString *error)
{
    PlanData data;
    const bool read = planInfo(&data.info, error) && departments(data, error) && sections(data, error)
                      && tasks(data, error) && targets(data, error) && assignments(data, error)
                      && assessment(data, error);
    if (readFailed(error) || !read)
        return false;
    if (!rowvalues::isOutline(data)) {
        if (error)
            *error = tr("The plan's sections do not form an outline (a section's parent is missing or one of its own "
                        "subsections, or a task's section is missing), so it is not read. Nothing has been changed.");
        return false;
    }
    *out = std::move(data);
    return true;
}

bool RowReader::planInfo(PlanInfo *info, QString *error)
{
    RowQuery q(m_db, &m_readError);
    // A version 1 file opened read-only (it cannot be upgraded) has no warning settings yet.
    const bool v2 = m_schemaVersion >= 2;
    if (!q.exec(v2 ? QStringLiteral("SELECT year, title, organisation, document_date, cadence, warn_days, behind_points "
                                    "FROM plan WHERE id = 1")
                   : QStringLiteral("SELECT year, title, organisation, document_date, cadence FROM plan WHERE id = 1"))
        || !q.next())
        return fail(q, error);
    if (!rowvalues::isWhole(q.value(0), 1900, 2999))
        return refuse(QStringLiteral("plan"), 1, QStringLiteral("year"), q.value(0), error);
    if (!rowvalues::isDateOrNone(q.value(3)))
        return refuse(QStringLiteral("plan"), 1, QStringLiteral("document_date"), q.value(3), error);
    if (v2) {
        if (!rowvalues::isWhole(q.value(5), 0, 3660))
            return refuse(QStringLiteral("plan"), 1, QStringLiteral("warn_days"), q.value(5), error);
        if (q.value(6).isNull() || !rowvalues::isNumber(q.value(6), 0, 100))
            return refuse(QStringLiteral("plan"), 1, QStringLiteral("behind_points"), q.value(6), error);
        info->warnDays = q.value(5).toInt();
        info->behindPoints = q.value(6).toDouble();
    }
    info->year = q.value(0).toInt();
    info->title = q.value(1).toString();
    info->organisation = q.value(2).toString();
    info->documentDate = dateFrom(q.value(3));
    info->cadence = cadenceFromKey(q.value(4).toString()).value_or(Cadence::Quarterly);
    // Files before version 5 (opened read-only, not upgraded) have no notice.
    if (m_schemaVersion < 5)
        return true;
    if (!q.exec(QStringLiteral("SELECT notice, notice_issuer_mark, notice_number, notice_addressees, notice_text, "
                               "notice_copies_to, notice_printed_by, notice_print_date FROM plan WHERE id = 1"))
        || !q.next())
        return fail(q, error);
    if (!rowvalues::isDateOrNone(q.value(7)))
        return refuse(QStringLiteral("plan"), 1, QStringLiteral("notice_print_date"), q.value(7), error);
    IssueNotice &n = info->notice;
    n.enabled = q.value(0).toInt() != 0;
    n.issuerMark = q.value(1).toString();
    n.number = q.value(2).toString();
    n.addressees = q.value(3).toString();
    n.text = q.value(4).toString();
    n.copiesTo = q.value(5).toString();
    n.printedBy = q.value(6).toString();
    n.printDate = dateFrom(q.value(7));
    return true;
}

bool RowReader::departments(PlanData &data, QString *error)
{
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT id, name, short_name, position FROM department ORDER BY position, id")))
        return fail(q, error);
    while (q.next())
        data.departments.append({q.integer(0), q.text(1), q.text(2), int(data.departments.size())});
    return true;
}

bool RowReader::sections(PlanData &data, QString *error)
{
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT id, coalesce(parent_id, 0), title FROM section "
                               "ORDER BY coalesce(parent_id, 0), position, id")))
        return fail(q, error);
    while (q.next()) {
        Section s{q.integer(0), q.integer(1), q.text(2)};
        data.sections.insert(s.id, s);
        data.childSections[s.parentId].append(s.id);
    }
    return true;
}

bool RowReader::tasks(PlanData &data, QString *error)
{
    // Read in the table's own order and put in the plan's order here: ordering by an index would
    // look each row up in the table a second time.
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT id, section_id, title, description, start_date, deadline, notes, position FROM task")))
        return fail(q, error);
    std::vector<Place> order;   // a task's place in its section
    while (q.next()) {
        Task t;
        if (!rowvalues::isDateOrNone(q, 4, &t.start))
            return refuse(QStringLiteral("task"), q.value(0), QStringLiteral("start_date"), q.value(4), error);
        if (!rowvalues::isDateOrNone(q, 5, &t.deadline))
            return refuse(QStringLiteral("task"), q.value(0), QStringLiteral("deadline"), q.value(5), error);
        t.id = q.integer(0);
        const Id section = q.integer(1);
        t.title = q.text(2);
        t.description = q.text(3);
        t.notes = q.text(6);
        order.push_back({section, q.integer(7), t.id});
        data.taskSection.insert(t.id, section);
        data.tasks.insert(t.id, std::move(t));
    }
    sortUnlessSorted(order);
    for (const Place &p : order)
        data.sectionTasks[p.parent].append(p.id);
    return true;
}

bool RowReader::targets(PlanData &data, QString *error)
{
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT %1, position FROM target").arg(targetrows::columns(m_schemaVersion))))
        return fail(q, error);
    const int positionColumn = targetrows::kColumnCount;   // after the target's own
    // Each target goes straight to its task, and each task's targets are put in their order
    // (position, id) afterwards: a list of every row first would hold the whole plan's targets
    // twice over at the peak. Their places are a sorted list, not a table by target (building
    // one was a tenth of reading the targets).
    std::vector<Place> places;   // a target's place in its task
    RepeatedText repeated;
    while (q.next()) {
        if (!rowvalues::isNumber(q, 4))
            return refuse(QStringLiteral("target"), q.value(0), QStringLiteral("value"), q.value(4), error);
        if (!rowvalues::isNumber(q, 6))
            return refuse(QStringLiteral("target"), q.value(0), QStringLiteral("baseline"), q.value(6), error);
        if (q.kind(7) != RowQuery::Kind::Null && !rowvalues::isWhole(q, 7, 1900, 2999))
            return refuse(QStringLiteral("target"), q.value(0), QStringLiteral("baseline_year"), q.value(7), error);
        Id task = 0;
        Target t = targetrows::read(q, &task, repeated);
        // Its due date checked as read (read once): none, or a date of a plan's years as text.
        const RowQuery::Kind due = q.kind(8);
        if (due != RowQuery::Kind::Null && (due != RowQuery::Kind::Text || !rowvalues::isPlanDate(t.due)))
            return refuse(QStringLiteral("target"), q.value(0), QStringLiteral("due_date"), q.value(8), error);
        auto it = data.tasks.find(task);
        if (it == data.tasks.end())
            continue;
        places.push_back({task, q.integer(positionColumn), t.id});
        it->targets.append(std::move(t));
    }
    sortUnlessSorted(places);
    for (auto from = places.begin(); from != places.end();) {
        const auto to = std::find_if(from, places.end(), [from](const Place &p) { return p.parent != from->parent; });
        QList<Target> &targets = data.tasks[from->parent].targets;
        if (to - from > 1)
            putInOrder(targets, from, to);
        from = to;
    }
    if (m_schemaVersion < 6) {
        // One row per step, as the file keeps them: folded as its upgrade would fold them.
        for (Task &t : data.tasks)
            if (t.targets.size() > 1)
                t.targets = foldSteps(t.targets);
        return true;
    }
    return steps(data, error);
}

bool RowReader::steps(PlanData &data, QString *error)
{
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT target_id, value, due_date FROM target_step ORDER BY target_id, position")))
        return fail(q, error);
    QHash<Id, Target *> byId;   // made at the first step: most plans have few
    bool made = false;
    while (q.next()) {
        const Id target = q.integer(0);
        if (!rowvalues::isNumber(q, 1))
            return refuse(QStringLiteral("target_step"), target, QStringLiteral("value"), q.value(1), error);
        TargetStep step;
        if (!rowvalues::isDateOrNone(q, 2, &step.due))
            return refuse(QStringLiteral("target_step"), target, QStringLiteral("due_date"), q.value(2), error);
        if (q.kind(1) != RowQuery::Kind::Null)
            step.value = q.real(1);
        if (!made) {
            for (Task &task : data.tasks)
                for (Target &t : task.targets)
                    byId.insert(t.id, &t);
            made = true;
        }
        if (Target *t = byId.value(target))
            t->milestones.append(step);
    }
    return true;
}

bool RowReader::assignments(PlanData &data, QString *error)
{
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT task_id, department_id, role, position FROM task_department")))
        return fail(q, error);
    struct Row
    {
        Id task;
        qint64 position;
        Id department;
        DepartmentRole role;
        bool operator<(const Row &o) const
        {
            return std::tie(task, position, department) < std::tie(o.task, o.position, o.department);
        }
    };
    std::vector<Row> rows;
    while (q.next())
        rows.push_back({q.integer(0), q.integer(3), q.integer(1),
                        q.textView(2) == QLatin1String("support") ? DepartmentRole::Support : DepartmentRole::Lead});
    // The plan's order (task, position), read in the table's own.
    sortUnlessSorted(rows);
    for (const Row &row : rows) {
        auto it = data.tasks.find(row.task);
        if (it != data.tasks.end())
            it->assignments.append({row.department, row.role});
    }
    return true;
}

QHash<Id, Id> RowReader::foldedRows(QString *error)
{
    QHash<Id, Id> merged;
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT %1 FROM target ORDER BY task_id, position, id").arg(targetrows::columns(m_schemaVersion)))) {
        fail(q, error);
        return merged;
    }
    std::map<Id, QList<Target>> byTask;
    RepeatedText repeated;
    while (q.next()) {
        Id task = 0;
        const Target t = targetrows::read(q, &task, repeated);
        byTask[task].append(t);
    }
    for (const auto &entry : byTask)
        if (entry.second.size() > 1)
            foldSteps(entry.second, &merged);
    return merged;
}

bool RowReader::reports(ReportLog *out, QString *error)
{
    if (m_schemaVersion < 2) {
        *out = ReportLog();
        return true;
    }
    RowQuery q(m_db, &m_readError);
    ReportLog log;
    auto failed = [&] {
        if (error)
            *error = tr("The progress reports could not be read: %1").arg(SqlError::describe(q.lastError()));
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT id, task_id, period, entered_at, report_date, status, percent, progress, problems, "
                               "next_steps, coalesce(department_id, 0), coalesce(supersedes_id, 0), correction_reason, %1, %2 "
                               "FROM checkin ORDER BY id")
                    .arg(m_dialect.enteredBy(), m_schemaVersion >= 6 ? QStringLiteral("year_end") : QStringLiteral("0"))))
        return failed();
    QHash<Id, int> index;
    while (q.next()) {
        if (!rowvalues::isPeriodOrNone(q.value(2).toString()))
            return refuse(QStringLiteral("checkin"), q.value(0), QStringLiteral("period"), q.value(2), error);
        if (!rowvalues::isNumber(q.value(6), 0, 100))
            return refuse(QStringLiteral("checkin"), q.value(0), QStringLiteral("percent"), q.value(6), error);
        if (!rowvalues::isDateOrNone(q.value(4)))
            return refuse(QStringLiteral("checkin"), q.value(0), QStringLiteral("report_date"), q.value(4), error);
        ProgressReport c;
        c.id = q.value(0).toLongLong();
        c.taskId = q.value(1).toLongLong();
        c.period = q.value(2).toString();
        c.enteredAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        c.reportDate = dateFrom(q.value(4));
        c.status = statusFromKey(q.value(5).toString()).value_or(TaskStatus::NotStarted);
        if (!q.value(6).isNull())
            c.percent = q.value(6).toDouble();
        c.progress = q.value(7).toString();
        c.problems = q.value(8).toString();
        c.nextSteps = q.value(9).toString();
        c.departmentId = q.value(10).toLongLong();
        c.supersedesId = q.value(11).toLongLong();
        c.correctionReason = q.value(12).toString();
        c.enteredBy = q.value(13).toString();
        c.yearEnd = q.value(14).toInt() != 0;
        index.insert(c.id, int(log.entries.size()));
        log.entries.append(c);
    }
    // An older plan's figure for a step row is its indicator's, as the upgrade would move it:
    // the target's own first, else its latest step's (rows come by due date; a step's figure
    // never replaces the target's).
    QHash<Id, Id> folded;
    if (m_schemaVersion < 6) {
        QString foldError;
        folded = foldedRows(&foldError);
        if (!foldError.isEmpty()) {
            if (error)
                *error = foldError;
            return false;
        }
    }
    if (!q.exec(folded.isEmpty() ? QStringLiteral("SELECT checkin_id, target_id, actual FROM checkin_value WHERE actual IS NOT NULL")
                                 : QStringLiteral("SELECT v.checkin_id, v.target_id, v.actual FROM checkin_value v "
                                                  "JOIN target t ON t.id = v.target_id WHERE v.actual IS NOT NULL "
                                                  "ORDER BY t.due_date IS NULL, t.due_date")))
        return failed();
    QHash<QPair<Id, Id>, bool> fromStep;   // (report, target) whose figure came from a step row
    while (q.next()) {
        if (!rowvalues::isNumber(q.value(2)))
            return refuse(QStringLiteral("checkin_value"), q.value(0), QStringLiteral("actual"), q.value(2), error);
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.cend())
            continue;
        const Id row = q.value(1).toLongLong();
        const Id target = folded.value(row, row);
        QHash<Id, double> &actuals = log.entries[*it].actuals;
        const QPair<Id, Id> key(log.entries[*it].id, target);
        if (row == target) {
            actuals.insert(target, q.value(2).toDouble());
            fromStep.remove(key);
        } else if (!actuals.contains(target) || fromStep.value(key)) {
            actuals.insert(target, q.value(2).toDouble());
            fromStep.insert(key, true);
        }
    }
    q.finish();
    if (!evidence(log, index, error) || !periodLocks(&log.locks, error) || !assessmentRecord(&log.assessment, error)
        || readFailed(error))
        return false;
    *out = std::move(log);
    return true;
}

bool RowReader::periodLocks(QHash<QString, PeriodLock> *out, QString *error)
{
    out->clear();
    if (m_schemaVersion < 2)
        return true;
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT period, locked, changed_at, reason FROM period_lock"))) {
        if (error)
            *error = tr("The progress reports could not be read: %1").arg(SqlError::describe(q.lastError()));
        return false;
    }
    while (q.next()) {
        if (q.value(0).toString().isEmpty() || !rowvalues::isPeriodOrNone(q.value(0).toString()))
            return refuse(QStringLiteral("period_lock"), q.value(0), QStringLiteral("period"), q.value(0), error);
        PeriodLock l{q.value(0).toString(), q.value(1).toInt() != 0,
                     QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString()};
        out->insert(l.period, l);
    }
    return !readFailed(error);
}

bool RowReader::assessment(PlanData &data, QString *error)
{
    if (m_schemaVersion < 7)
        return true;
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT task_id, points, rule, floor, step, deduct, cap, method FROM task_assessment")))
        return fail(q, error);
    const QString items = QStringLiteral("task_assessment");
    while (q.next()) {
        auto task = data.tasks.find(q.value(0).toLongLong());
        if (task == data.tasks.end())
            return refuse(items, q.value(0), QStringLiteral("task_id"), q.value(0), error);
        const std::optional<ScoringRule> rule = scoringRuleFromKey(q.value(2).toString());
        if (!rule)
            return refuse(items, q.value(0), QStringLiteral("rule"), q.value(2), error);
        // Points, a floor in percent and a deduction's figures: what a 考核细则 can have.
        static const char *const columns[] = {"points", "floor", "step", "deduct", "cap"};
        static const double highest[] = {1000, 100, rowvalues::kMaxFigure, 1000, 1000};
        for (int c = 0; c < 5; ++c) {
            const QVariant v = q.value(c == 0 ? 1 : c + 2);
            if ((c < 4 && v.isNull()) || !rowvalues::isNumber(v, 0, highest[c]))
                return refuse(items, q.value(0), QLatin1String(columns[c]), v, error);
        }
        AssessmentItem item;
        item.points = q.value(1).toDouble();
        item.rule = *rule;
        item.floor = q.value(3).toDouble();
        item.step = q.value(4).toDouble();
        item.deduct = q.value(5).toDouble();
        if (!q.value(6).isNull())
            item.cap = q.value(6).toDouble();
        item.method = q.value(7).toString();
        task->assessment = item;
    }
    AssessmentScheme &scheme = data.assessment;
    if (!q.exec(QStringLiteral("SELECT assessment_published FROM plan WHERE id = 1")) || !q.next())
        return fail(q, error);
    scheme.published = q.value(0).toInt() != 0;
    if (!q.exec(QStringLiteral("SELECT id, kind, title, points, cap FROM assessment_extra ORDER BY position, id")))
        return fail(q, error);
    while (q.next()) {
        const std::optional<AssessmentExtra::Kind> kind = extraKindFromKey(q.value(1).toString());
        if (!kind)
            return refuse(QStringLiteral("assessment_extra"), q.value(0), QStringLiteral("kind"), q.value(1), error);
        for (int c : {3, 4})
            if (q.value(c).isNull() || !rowvalues::isNumber(q.value(c), 0, 1000))
                return refuse(QStringLiteral("assessment_extra"), q.value(0), c == 3 ? QStringLiteral("points") : QStringLiteral("cap"),
                              q.value(c), error);
        scheme.extras.append({q.value(0).toLongLong(), *kind, q.value(2).toString(), q.value(3).toDouble(), q.value(4).toDouble()});
    }
    if (!q.exec(QStringLiteral("SELECT position, name, min_score FROM assessment_tier ORDER BY position")))
        return fail(q, error);
    while (q.next()) {
        if (q.value(2).isNull() || !rowvalues::isNumber(q.value(2), 0, 1000))
            return refuse(QStringLiteral("assessment_tier"), q.value(0), QStringLiteral("min_score"), q.value(2), error);
        scheme.tiers.append({q.value(1).toString(), q.value(2).toDouble()});
    }
    return true;
}

bool RowReader::assessmentRecord(AssessmentRecord *out, QString *error)
{
    *out = AssessmentRecord();
    if (m_schemaVersion < 7)
        return true;
    RowQuery q(m_db, &m_readError);
    if (!q.exec(QStringLiteral("SELECT task_id, department_id, self_points, self_note, review_points, review_reason "
                               "FROM assessment_mark ORDER BY task_id, department_id")))
        return fail(q, error);
    while (q.next()) {
        for (int c : {2, 4})
            if (!rowvalues::isNumber(q.value(c), 0, 1000))
                return refuse(QStringLiteral("assessment_mark"), q.value(0),
                              c == 2 ? QStringLiteral("self_points") : QStringLiteral("review_points"), q.value(c), error);
        AssessmentMark m;
        m.taskId = q.value(0).toLongLong();
        m.departmentId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            m.selfPoints = q.value(2).toDouble();
        m.selfNote = q.value(3).toString();
        if (!q.value(4).isNull())
            m.reviewPoints = q.value(4).toDouble();
        m.reviewReason = q.value(5).toString();
        out->marks.append(m);
    }
    if (!q.exec(QStringLiteral("SELECT extra_id, department_id, count, note FROM assessment_award ORDER BY extra_id, department_id")))
        return fail(q, error);
    while (q.next()) {
        if (q.value(2).isNull() || !rowvalues::isNumber(q.value(2), 0, 1000))
            return refuse(QStringLiteral("assessment_award"), q.value(0), QStringLiteral("count"), q.value(2), error);
        out->awards.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toString()});
    }
    return true;
}

} // namespace ap
