#include "serversql.h"

#include "servererror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ap::serversql {

QString errorText(const QSqlError &e)
{
    return ServerError::describe(e);
}

namespace {

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    if (values.isEmpty())
        return q.exec(sql);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

bool exec(QSqlDatabase &db, const QString &sql, QString *detail, const QVariantList &values)
{
    QSqlQuery q(db);
    const bool ok = run(q, sql, values);
    if (!ok && detail)
        *detail = errorText(q.lastError());
    return ok;
}

QVariant value(QSqlDatabase &db, const QString &sql, QString *detail, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!run(q, sql, values)) {
        if (detail)
            *detail = errorText(q.lastError());
        return QVariant();
    }
    if (!q.next()) {
        if (detail)
            detail->clear();
        return QVariant();
    }
    return q.value(0);
}

} // namespace ap::serversql
