#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// A plan file's schema against the one its version defines. A plan file comes from anyone (a
// colleague's draft, last year's file from another office): SQLite keeps the whole schema as SQL
// text in the file, so a trigger, view or changed definition put there by another tool would run,
// or change what is read, inside our own edits. Only the objects our migrations make, with our
// definitions, may be in a file we read or write.
namespace ap::sqlite {

// One object of a schema as sqlite_master keeps it.
struct SchemaObject
{
    QString type;   // table, index, trigger, view
    QString name;
    QString table;  // the table it belongs to (tbl_name)
    QString sql;    // its definition, whitespace collapsed; empty for SQLite's automatic indexes
};

// How a file's schema differs from its version's, in words for the clerk.
struct SchemaDifference
{
    QStringList foreign;  // objects that are not ours
    QStringList changed;  // ours, with another definition
    QStringList missing;  // ours, not there
    // Columns of our tables the file has besides ours ("task.extra"), and ours it lacks.
    QStringList extraColumns;
    QStringList missingColumns;
    bool isEmpty() const { return foreign.isEmpty() && changed.isEmpty() && missing.isEmpty(); }
    // Not ours or not as ours: what makes a file unsafe (as against merely incomplete).
    bool hasForeign() const { return !foreign.isEmpty() || !changed.isEmpty(); }
    // The findings as one line, at most max of them named.
    QString describe(int max = 4) const;
};

class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(ap::sqlite::SchemaCheck)
public:
    // The schema a plan file of version has: made by running our migrations up to it on a new
    // database in memory, so there is no second description of it to drift from the first.
    static QList<SchemaObject> expected(int version);
    // Makes version's expected schema on a thread of Qt's global pool (which the application
    // waits for when it ends), so that the first check finds it made: making it runs every
    // migration, about a twentieth of the time to open a window with a plan. A check that comes
    // while it is being made waits for it.
    static void prepare(int version);
    // Whether version's expected schema has been made in this process (for the tests).
    static bool isMade(int version);
    // The schema of the file open on db (its own objects; SQLite's internal tables included).
    static QList<SchemaObject> actual(QSqlDatabase &db, bool *ok);
    // Compares db's schema with version's; *ok false when the schema could not be read.
    static SchemaDifference compare(QSqlDatabase &db, int version, bool *ok);
    // Our tables of version, in the order their rows may be copied, with their columns.
    static QList<QPair<QString, QStringList>> tables(int version);

    static QString describe(const SchemaObject &o);
};

} // namespace ap::sqlite
