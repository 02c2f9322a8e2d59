// PlanRows' write steps of the year-end assessment (the scheme, a task's item, the marks and
// awards), apart from planrows.cpp, which keeps the plan's own rows.
#include "planrows.h"

#include "sqlvalues.h"

#include <QSqlQuery>

namespace ap {

using sqlvalue::optionalDouble;
using sqlvalue::text;

bool PlanRows::writeAssessmentScheme(AssessmentScheme &scheme)
{
    // The published flag is the plan row's: a server plan's row version guards it.
    if (!claimRow(QStringLiteral("plan"), 1, false))
        return false;
    QSqlQuery &published = query(QStringLiteral("UPDATE plan SET assessment_published = ? WHERE id = 1"));
    published.addBindValue(scheme.published ? 1 : 0);
    if (!execute(published))
        return false;
    // Bonus and veto items keep their ids (the awards point at them): the ones gone are deleted
    // with their awards, the rest written in place, new ones given an id.
    QSet<Id> keep;
    for (const AssessmentExtra &e : std::as_const(scheme.extras))
        keep.insert(e.id);
    QSqlQuery &existing = query(QStringLiteral("SELECT id FROM assessment_extra"));
    if (!execute(existing))
        return false;
    QList<Id> gone;
    while (existing.next())
        if (!keep.contains(existing.value(0).toLongLong()))
            gone << existing.value(0).toLongLong();
    existing.finish();
    for (Id id : std::as_const(gone)) {
        QSqlQuery &del = query(QStringLiteral("DELETE FROM assessment_extra WHERE id = ?"));
        del.addBindValue(id);
        if (!execute(del))
            return false;
    }
    for (int i = 0; i < scheme.extras.size(); ++i) {
        AssessmentExtra &e = scheme.extras[i];
        QSqlQuery &q = query(QStringLiteral("INSERT INTO assessment_extra (id, kind, title, points, cap, position) "
                                            "VALUES (%1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, "
                                            "title = excluded.title, points = excluded.points, cap = excluded.cap, "
                                            "position = excluded.position RETURNING id")
                                 .arg(m_dialect.newId(QStringLiteral("assessment_extra"))));
        q.addBindValue(sqlvalue::idOrNull(e.id));
        q.addBindValue(extraKindKey(e.kind));
        q.addBindValue(text(e.title));
        q.addBindValue(e.points);
        q.addBindValue(e.cap);
        q.addBindValue(i);
        if (!execute(q) || !q.next())
            return false;
        e.id = q.value(0).toLongLong();
        q.finish();
    }
    QSqlQuery &clear = query(QStringLiteral("DELETE FROM assessment_tier"));
    if (!execute(clear))
        return false;
    for (int i = 0; i < scheme.tiers.size(); ++i) {
        QSqlQuery &q = query(QStringLiteral("INSERT INTO assessment_tier (position, name, min_score) VALUES (?, ?, ?)"));
        q.addBindValue(i);
        q.addBindValue(text(scheme.tiers.at(i).name));
        q.addBindValue(scheme.tiers.at(i).minScore);
        if (!execute(q))
            return false;
    }
    return true;
}

bool PlanRows::writeTaskAssessment(Id taskId, const std::optional<AssessmentItem> &item)
{
    if (!item) {
        QSqlQuery &del = query(QStringLiteral("DELETE FROM task_assessment WHERE task_id = ?"));
        del.addBindValue(taskId);
        return execute(del);
    }
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO task_assessment (task_id, points, rule, floor, step, deduct, cap, method) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (task_id) DO UPDATE SET points = excluded.points, rule = excluded.rule, floor = excluded.floor, "
        "step = excluded.step, deduct = excluded.deduct, cap = excluded.cap, method = excluded.method"));
    q.addBindValue(taskId);
    q.addBindValue(item->points);
    q.addBindValue(scoringRuleKey(item->rule));
    q.addBindValue(item->floor);
    q.addBindValue(item->step);
    q.addBindValue(item->deduct);
    q.addBindValue(optionalDouble(item->cap));
    q.addBindValue(text(item->method));
    return execute(q);
}

bool PlanRows::writeAssessmentMark(Id taskId, Id departmentId, const std::optional<AssessmentMark> &mark)
{
    if (!mark || mark->isEmpty()) {
        QSqlQuery &del = query(QStringLiteral("DELETE FROM assessment_mark WHERE task_id = ? AND department_id = ?"));
        del.addBindValue(taskId);
        del.addBindValue(departmentId);
        return execute(del);
    }
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO assessment_mark (task_id, department_id, self_points, self_note, review_points, review_reason) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (task_id, department_id) DO UPDATE SET self_points = excluded.self_points, "
        "self_note = excluded.self_note, review_points = excluded.review_points, review_reason = excluded.review_reason"));
    q.addBindValue(taskId);
    q.addBindValue(departmentId);
    q.addBindValue(optionalDouble(mark->selfPoints));
    q.addBindValue(text(mark->selfNote));
    q.addBindValue(optionalDouble(mark->reviewPoints));
    q.addBindValue(text(mark->reviewReason));
    return execute(q);
}

bool PlanRows::writeAssessmentSelf(const AssessmentMark &mark)
{
    // Only the unit's own columns: a reporter of a server plan may write these and no others.
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO assessment_mark (task_id, department_id, self_points, self_note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (task_id, department_id) DO UPDATE SET self_points = excluded.self_points, self_note = excluded.self_note"));
    q.addBindValue(mark.taskId);
    q.addBindValue(mark.departmentId);
    q.addBindValue(optionalDouble(mark.selfPoints));
    q.addBindValue(text(mark.selfNote));
    return execute(q);
}

bool PlanRows::writeAssessmentAward(Id extraId, Id departmentId, const std::optional<AssessmentAward> &award)
{
    if (!award) {
        QSqlQuery &del = query(QStringLiteral("DELETE FROM assessment_award WHERE extra_id = ? AND department_id = ?"));
        del.addBindValue(extraId);
        del.addBindValue(departmentId);
        return execute(del);
    }
    QSqlQuery &q = query(QStringLiteral(
        "INSERT INTO assessment_award (extra_id, department_id, count, note) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (extra_id, department_id) DO UPDATE SET count = excluded.count, note = excluded.note"));
    q.addBindValue(extraId);
    q.addBindValue(departmentId);
    q.addBindValue(award->count);
    q.addBindValue(text(award->note));
    return execute(q);
}

} // namespace ap
