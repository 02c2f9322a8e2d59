#include "schemacheck.h"

#include "sqliteconnection.h"
#include "storage/schema.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QThreadPool>

#include <unordered_map>

namespace ap::sqlite {

namespace {

QString collapsed(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

QString key(const SchemaObject &o)
{
    return o.type + QLatin1Char('\n') + o.name;
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
    q.addBindValue(table);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

struct Expected
{
    QList<SchemaObject> objects;
    QList<QPair<QString, QStringList>> tables;
};

Expected build(int version)
{
    Expected e;
    TemporaryConnection connection(QStringLiteral(":memory:"), false);
    if (!connection.isOpen())
        return e;
    QSqlDatabase db = connection.db();
    for (const schema::Migration &m : schema::migrations())
        if (m.toVersion <= version && !schema::run(m, db, SqlDialect::sqlite(), nullptr))
            return e;
    bool ok = false;
    e.objects = SchemaCheck::actual(db, &ok);
    for (const SchemaObject &o : std::as_const(e.objects))
        if (o.type == QLatin1String("table") && !o.name.startsWith(QLatin1String("sqlite_")))
            e.tables.append({o.name, columnsOf(db, o.name)});
    return e;
}

// Made once a version, and handed out by reference after the lock is let go: a map whose
// references stay put when another version is added (another thread may add one meanwhile).
struct Cache
{
    QMutex mutex;
    std::unordered_map<int, Expected> made;
};

Cache &cache()
{
    static Cache c;
    return c;
}

const Expected &expectedFor(int version)
{
    Cache &c = cache();
    QMutexLocker locker(&c.mutex);
    auto it = c.made.find(version);
    if (it == c.made.end())
        it = c.made.emplace(version, build(version)).first;
    return it->second;
}

} // namespace

void SchemaCheck::prepare(int version)
{
    QThreadPool::globalInstance()->start([version] { expectedFor(version); });
}

bool SchemaCheck::isMade(int version)
{
    Cache &c = cache();
    QMutexLocker locker(&c.mutex);
    return c.made.count(version) > 0;
}

QList<SchemaObject> SchemaCheck::expected(int version)
{
    return expectedFor(version).objects;
}

QList<QPair<QString, QStringList>> SchemaCheck::tables(int version)
{
    return expectedFor(version).tables;
}

QList<SchemaObject> SchemaCheck::actual(QSqlDatabase &db, bool *ok)
{
    QList<SchemaObject> out;
    QSqlQuery q(db);
    // In the order SQLite made them (rowid): a table before what belongs to it.
    *ok = q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"));
    while (*ok && q.next())
        out << SchemaObject{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            collapsed(q.value(3).toString())};
    return out;
}

SchemaDifference SchemaCheck::compare(QSqlDatabase &db, int version, bool *ok)
{
    SchemaDifference d;
    const QList<SchemaObject> have = actual(db, ok);
    const QList<SchemaObject> &want = expectedFor(version).objects;
    if (!*ok || want.isEmpty()) {
        *ok = false;
        return d;
    }
    QHash<QString, const SchemaObject *> ours;
    for (const SchemaObject &o : want)
        ours.insert(key(o), &o);
    QSet<QString> seen;
    for (const SchemaObject &o : have) {
        const SchemaObject *mine = ours.value(key(o));
        seen.insert(key(o));
        if (!mine)
            d.foreign << describe(o);
        else if (mine->sql != o.sql || mine->table != o.table)
            d.changed << describe(o);
    }
    for (const SchemaObject &o : want)
        if (!seen.contains(key(o)))
            d.missing << describe(o);
    for (const auto &[table, columns] : expectedFor(version).tables) {
        const QStringList have = columnsOf(db, table);
        for (const QString &column : have)
            if (!columns.contains(column))
                d.extraColumns << table + QLatin1Char('.') + column;
        for (const QString &column : columns)
            if (!have.contains(column))
                d.missingColumns << table + QLatin1Char('.') + column;
    }
    return d;
}

QString SchemaCheck::describe(const SchemaObject &o)
{
    if (o.type == QLatin1String("table"))
        return tr("table “%1”").arg(o.name);
    if (o.type == QLatin1String("index"))
        return tr("index “%1” on table “%2”").arg(o.name, o.table);
    if (o.type == QLatin1String("trigger"))
        return tr("trigger “%1” on table “%2”").arg(o.name, o.table);
    if (o.type == QLatin1String("view"))
        return tr("view “%1”").arg(o.name);
    return tr("%1 “%2”").arg(o.type, o.name);
}

QString SchemaDifference::describe(int max) const
{
    QStringList parts;
    auto add = [&](const QStringList &items, const char *label) {
        if (items.isEmpty())
            return;
        QStringList named = items.mid(0, max);
        if (items.size() > max)
            named << SchemaCheck::tr("%n more", nullptr, int(items.size() - max));
        parts << QCoreApplication::translate("ap::sqlite::SchemaCheck", label).arg(named.join(SchemaCheck::tr(", ")));
    };
    add(foreign, QT_TRANSLATE_NOOP("ap::sqlite::SchemaCheck", "not part of a plan: %1"));
    add(changed, QT_TRANSLATE_NOOP("ap::sqlite::SchemaCheck", "defined otherwise than a plan's: %1"));
    add(extraColumns, QT_TRANSLATE_NOOP("ap::sqlite::SchemaCheck", "columns not part of a plan: %1"));
    add(missing, QT_TRANSLATE_NOOP("ap::sqlite::SchemaCheck", "missing: %1"));
    return parts.join(SchemaCheck::tr("; "));
}

} // namespace ap::sqlite
