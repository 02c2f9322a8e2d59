#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QVarLengthArray>
#include <QVariant>

#include <memory>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace ap {

// A forward-only query for reading many rows, as QSqlQuery reads them (the same values: whole
// numbers as qint64, reals as double, text as QString, NULL as a null QString), but on a plan
// file it steps SQLite's own statement: Qt's SQLite driver caches every value as a QVariant and
// has SQLite turn each text into UTF-16 first, which made reading the rows most of the time to
// open a large plan. On a server it is a forward-only QSqlQuery.
class RowQuery
{
public:
    // firstError, when given, keeps the first error of any query made with it (a row that could
    // not be read ends next() as the last row would: the reader asks it once at the end).
    explicit RowQuery(const QSqlDatabase &db, QSqlError *firstError = nullptr);
    ~RowQuery();
    RowQuery(const RowQuery &) = delete;
    RowQuery &operator=(const RowQuery &) = delete;

    // Runs sql (no values bound); false, and lastError(), when it fails.
    bool exec(const QString &sql);
    // The next row; false after the last one, or when reading it failed (lastError() tells).
    bool next();
    QVariant value(int column) const;

    // A value of the row read straight into what it becomes, without a QVariant (reading the
    // rows of a large plan is most of its opening): each gives what value(column) converted
    // would, text(c) value(c).toString(), integer(c) toLongLong(), real(c) toDouble().
    enum class Kind { Null, Integer, Real, Text, Other };
    Kind kind(int column) const;
    QString text(int column) const;
    // text(c) as a view, without a QString when SQLite holds text (its UTF-8): for a key, a
    // symbol or a date that is read only to be interpreted. Valid until the next textView() or
    // next().
    QAnyStringView textView(int column) const;
    // SQLite's own UTF-8 of a text value; a null view for any other value and on a server. Valid
    // until next(): SQLite converts a value once, and reading it again (text(), kind()) gives
    // the same bytes.
    QUtf8StringView utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QSqlError lastError() const;
    // Lets the statement go (its read lock with it) before the query does.
    void finish();

private:
    void setSqliteError(int code);
    bool onColumn(int column) const;   // a column of the statement it stands on
    QVariant read(int column) const;
    void keep(const QSqlError &error);

    QSqlDatabase m_db;
    sqlite3 *m_sqlite = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_columns = 0;   // the statement's
    std::unique_ptr<QSqlQuery> m_query;
    QSqlError m_error;
    QSqlError *m_firstError = nullptr;
    // The values of the row it stands on, each read from SQLite once (readers ask for a value to
    // check it and again to use it).
    // The typed readers above read SQLite each time and are meant to be asked once per value.
    mutable QVarLengthArray<QVariant, 16> m_row;
    mutable quint32 m_have = 0;   // bit c: column c of this row is in m_row
    mutable QString m_viewed;     // what textView() shows when SQLite does not hold text
};

} // namespace ap
