// PlanRows' ordered lists (sections under their parent, tasks in their section, the departments),
// apart from planrows.cpp: the positions every insert, removal and move keeps dense.
#include "planrows.h"

#include <QSqlQuery>
#include <QVariant>

namespace ap {

// Sections, tasks and departments are ordered lists: positions 0..n-1 within a group (a
// section's parent, a task's section; departments form one list). These steps keep them dense.
namespace {
struct ListSql
{
    QString table;
    QString group;  // empty: the table is one list
    QString what;   // for the message when a row has gone
};

ListSql listSql(int list)
{
    switch (list) {
    case 0: return {QStringLiteral("section"), QStringLiteral("parent_id"), PlanRows::tr("the section")};
    case 1: return {QStringLiteral("task"), QStringLiteral("section_id"), PlanRows::tr("the task")};
    default: return {QStringLiteral("department"), QString(), PlanRows::tr("the department")};
    }
}

QString groupClause(const ListSql &l)
{
    // IS NOT DISTINCT FROM: NULL (a top-level section) equals NULL, in SQLite and PostgreSQL alike.
    return l.group.isEmpty() ? QStringLiteral("1 = 1") : l.group + QStringLiteral(" IS NOT DISTINCT FROM ?");
}
} // namespace

bool PlanRows::findPlace(List list, Id id, QVariant *group, int *row)
{
    const ListSql l = listSql(int(list));
    QSqlQuery &q = query(QStringLiteral("SELECT %1, position FROM %2 WHERE id = ?")
                                .arg(l.group.isEmpty() ? QStringLiteral("NULL") : l.group, l.table));
    q.addBindValue(id);
    if (!execute(q) || !q.next()) {
        m_lastCode = StoreError::WriteFailed;
        m_lastError = tr("The change could not be saved: %1 no longer exists.").arg(l.what);
        return false;
    }
    *group = q.value(0);
    *row = q.value(1).toInt();
    q.finish();
    return true;
}

bool PlanRows::openGap(List list, const QVariant &group, int row, Id except, int by)
{
    const ListSql l = listSql(int(list));
    QSqlQuery &q = query(QStringLiteral("UPDATE %1 SET position = position + ? WHERE %2 AND position >= ? AND id <> ?")
                                .arg(l.table, groupClause(l)));
    q.addBindValue(by);
    if (!l.group.isEmpty())
        q.addBindValue(group);
    q.addBindValue(row);
    q.addBindValue(except);
    return execute(q);
}

bool PlanRows::closeGap(List list, const QVariant &group, int row)
{
    const ListSql l = listSql(int(list));
    QSqlQuery &q = query(QStringLiteral("UPDATE %1 SET position = position - 1 WHERE %2 AND position > ?")
                                .arg(l.table, groupClause(l)));
    if (!l.group.isEmpty())
        q.addBindValue(group);
    q.addBindValue(row);
    return execute(q);
}

bool PlanRows::removeFromList(List list, Id id)
{
    QVariant group;
    int row = 0;
    if (!findPlace(list, id, &group, &row))
        return false;
    QSqlQuery &del = query(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(listSql(int(list)).table));
    del.addBindValue(id);
    return execute(del) && closeGap(list, group, row);
}

bool PlanRows::moveInList(List list, Id id, const QVariant &newGroup, int newRow)
{
    QVariant oldGroup;
    int oldRow = 0;
    if (!findPlace(list, id, &oldGroup, &oldRow) || !closeGap(list, oldGroup, oldRow)
        || !openGap(list, newGroup, newRow, id))
        return false;
    const ListSql l = listSql(int(list));
    QSqlQuery &place = query(
        l.group.isEmpty() ? QStringLiteral("UPDATE %1 SET position = ? WHERE id = ?").arg(l.table)
                          : QStringLiteral("UPDATE %1 SET %2 = ?, position = ? WHERE id = ?").arg(l.table, l.group));
    if (!l.group.isEmpty())
        place.addBindValue(newGroup);
    place.addBindValue(newRow);
    place.addBindValue(id);
    return execute(place);
}

bool PlanRows::deleteTasks(const QList<Id> &ids)
{
    QList<Id> sections;
    for (Id id : ids) {
        QVariant section;
        int row = 0;
        if (!claimRow(QStringLiteral("task"), id, true) || !findPlace(List::Tasks, id, &section, &row))
            return false;
        QSqlQuery &del = query(QStringLiteral("DELETE FROM task WHERE id = ?"));
        del.addBindValue(id);
        if (!execute(del))
            return false;
        if (!sections.contains(section.toLongLong()))
            sections << section.toLongLong();
    }
    // Each section's rows numbered 0, 1, 2 … again, only those whose place changed written.
    for (Id section : std::as_const(sections)) {
        QSqlQuery &rest = query(QStringLiteral("SELECT id, position FROM task WHERE section_id = ? ORDER BY position, id"));
        rest.addBindValue(section);
        if (!execute(rest))
            return false;
        QList<QPair<Id, int>> moved;
        for (int row = 0; rest.next(); ++row)
            if (rest.value(1).toInt() != row)
                moved.append({rest.value(0).toLongLong(), row});
        rest.finish();
        for (const auto &[id, row] : std::as_const(moved)) {
            QSqlQuery &place = query(QStringLiteral("UPDATE task SET position = ? WHERE id = ?"));
            place.addBindValue(row);
            place.addBindValue(id);
            if (!execute(place))
                return false;
        }
    }
    return true;
}

} // namespace ap
