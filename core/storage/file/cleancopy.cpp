#include "cleancopy.h"

#include "filemigration.h"
#include "planstore.h"
#include "schemacheck.h"
#include "sqliteconnection.h"

#include "fs/atomicfile.h"
#include "storage/sqlerror.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace ap {

using namespace sqlite;

namespace {

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

// The new file at part: our schema of version, then every row of ours from source, in one transaction.
bool fill(const QString &part, const QString &source, int version, CleanCopyReport *report, QString *why)
{
    TemporaryConnection connection(part, false);
    if (!connection.isOpen()) {
        *why = connection.detail();
        return false;
    }
    QSqlDatabase db = connection.db();
    if (!makePlanFile(db, version, why))
        return false;
    // Rows go in table by table, so a row may come before the one it refers to: the references
    // are checked once all are in.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS source"));
    q.addBindValue(source);
    if (!q.exec()) {
        *why = SqlError::describe(q.lastError());
        return false;
    }
    bool ok = execAll(db, {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("BEGIN IMMEDIATE")}, why);
    for (const auto &[table, columns] : SchemaCheck::tables(version)) {
        if (!ok)
            break;
        QStringList names;
        for (const QString &c : columns)
            names << quoted(c);
        const QString list = names.join(QLatin1String(", "));
        QSqlQuery copy(db);
        if (!copy.exec(QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM source.%1").arg(quoted(table), list))) {
            *why = CleanCopy::tr("the rows of its table “%1” break the plan's rules (%2)")
                       .arg(table, SqlError::describe(copy.lastError()));
            ok = false;
            break;
        }
        report->rowsKept.append({table, copy.numRowsAffected()});
    }
    // What ids were handed out before (removed rows included), so that a new row never takes the
    // id of one a return form still names.
    ok = ok && execAll(db, {QStringLiteral("INSERT OR REPLACE INTO main.sqlite_sequence (name, seq) "
                                           "SELECT s.name, s.seq FROM source.sqlite_sequence s "
                                           "JOIN main.sqlite_master m ON m.type = 'table' AND m.name = s.name "
                                           "WHERE typeof(s.seq) = 'integer'")},
                       why);
    if (ok) {
        QSqlQuery check(db);
        if (check.exec(QStringLiteral("PRAGMA main.foreign_key_check")) && check.next()) {
            *why = CleanCopy::tr("rows of its table “%1” refer to rows that are not there").arg(check.value(0).toString());
            ok = false;
        }
    }
    ok = ok && execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(version), QStringLiteral("COMMIT")}, why);
    if (!ok)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    QSqlQuery(db).exec(QStringLiteral("DETACH DATABASE source"));
    ok = ok && execAll(db, {QStringLiteral("PRAGMA foreign_keys = ON")}, why)
         && migrateFile(db, version, kSchemaVersion, why);
    if (ok) {
        bool read = false;
        const QString result = scalar(db, QStringLiteral("PRAGMA integrity_check"), &read).toString();
        if (!read || result != QLatin1String("ok")) {
            *why = CleanCopy::tr("the copy did not pass its integrity check");
            ok = false;
        }
    }
    return ok;
}

// A table of ours in the clerk's words.
QString tableWords(const QString &table)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("ap::CleanCopy", "plan")},
        {QStringLiteral("department"), QT_TRANSLATE_NOOP("ap::CleanCopy", "departments")},
        {QStringLiteral("section"), QT_TRANSLATE_NOOP("ap::CleanCopy", "sections")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("ap::CleanCopy", "tasks")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("ap::CleanCopy", "targets")},
        {QStringLiteral("task_department"), QT_TRANSLATE_NOOP("ap::CleanCopy", "lead and cooperating departments")},
        {QStringLiteral("checkin"), QT_TRANSLATE_NOOP("ap::CleanCopy", "progress reports")},
        {QStringLiteral("checkin_value"), QT_TRANSLATE_NOOP("ap::CleanCopy", "reported figures")},
        {QStringLiteral("period_lock"), QT_TRANSLATE_NOOP("ap::CleanCopy", "period locks")},
        {QStringLiteral("target_step"), QT_TRANSLATE_NOOP("ap::CleanCopy", "target steps")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("ap::CleanCopy", "evidence files")},
    };
    const char *w = words.value(table);
    return w ? QCoreApplication::translate("ap::CleanCopy", w) : table;
}

} // namespace

QString CleanCopyReport::text() const
{
    QStringList lines;
    if (dropped.isEmpty())
        lines << CleanCopy::tr("Nothing was left behind.");
    else
        lines << CleanCopy::tr("Left behind (not part of a plan): %1").arg(dropped.join(CleanCopy::tr(", ")));
    QStringList kept;
    for (const auto &[table, rows] : rowsKept)
        kept << CleanCopy::tr("%1: %n row(s)", nullptr, rows).arg(tableWords(table));
    lines << CleanCopy::tr("Kept: %1").arg(kept.join(CleanCopy::tr(", ")));
    return lines.join(QLatin1Char('\n'));
}

bool CleanCopy::make(const QString &source, const QString &target, CleanCopyReport *report, QString *error)
{
    const QString name = QDir::toNativeSeparators(QFileInfo(source).fileName());
    const QString to = QFileInfo(target).absoluteFilePath();
    const QString from = QFileInfo(source).absoluteFilePath();
    auto refuse = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink() || to == from)
        return refuse(tr("“%1” already exists. Choose a new name for the clean copy.")
                          .arg(QDir::toNativeSeparators(QFileInfo(target).fileName())));
    // The file must be whole and sound; only its schema may be not ours.
    int version = 0;
    StoreError code = StoreError::None;
    QString probeError;
    bool checked = false;
    if (!PlanStore::probe(from, &version, &probeError, &code, &checked, true) && code != StoreError::Foreign)
        return refuse(probeError);
    if (code != StoreError::Foreign && !checked)
        return refuse(tr("“%1” was not closed properly. Open it once (it is recovered as it opens), then make the copy.")
                          .arg(name));
    CleanCopyReport r;
    r.version = version;
    {
        TemporaryConnection connection(from, true);
        if (!connection.isOpen())
            return refuse(tr("“%1” cannot be read: %2").arg(name, connection.detail()));
        QSqlDatabase db = connection.db();
        bool ok = false;
        const SchemaDifference d = SchemaCheck::compare(db, version, &ok);
        if (!ok)
            return refuse(tr("No clean copy can be made of “%1”: %2.").arg(name, tr("its schema cannot be read")));
        if (!d.missingColumns.isEmpty()) {
            const QStringList column = d.missingColumns.first().split(QLatin1Char('.'));
            return refuse(tr("No clean copy can be made of “%1”: %2.")
                              .arg(name, tr("its table “%1” has no column “%2”, so the plan's rows cannot all be read")
                                             .arg(column.value(0), column.value(1))));
        }
        r.dropped = d.foreign + d.changed;
        for (const QString &column : d.extraColumns)
            r.dropped << tr("column “%1”").arg(column);
    }
    QString why;
    if (!fs::writeByName(to, fs::OutputTarget::Kind::PlanCopy,
                         [&](const QString &part, QString *partWhy) {
                             const bool ok = fill(part, from, version, &r, partWhy);
                             QFile::remove(part + QStringLiteral("-journal"));
                             return ok;
                         },
                         &why, from))
        return refuse(tr("No clean copy can be made of “%1”: %2.").arg(name, why));
    if (report)
        *report = r;
    return true;
}

} // namespace ap
