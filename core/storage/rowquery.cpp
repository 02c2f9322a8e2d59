#include "rowquery.h"

#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ap {

namespace {

// A text read from the file, holding hardly more memory than its characters (fewer than eight
// spare). QString::fromUtf8 makes room for as many UTF-16 units as the text has UTF-8 bytes,
// three times what Chinese takes: a large plan's titles and paragraphs held twice their size
// again. Shrunk in place (the allocator's realloc), nothing copied, when the string is not shared.
QString fitted(QString text)
{
    if (text.capacity() - text.size() >= 8)
        text.squeeze();
    return text;
}

} // namespace

RowQuery::RowQuery(const QSqlDatabase &db, QSqlError *firstError)
    : m_db(db)
    , m_firstError(firstError)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_sqlite) {
        m_query = std::make_unique<QSqlQuery>(db);
        m_query->setForwardOnly(true);
    }
}

RowQuery::~RowQuery()
{
    finish();
}

void RowQuery::finish()
{
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    if (m_query)
        m_query->finish();
}

void RowQuery::keep(const QSqlError &error)
{
    m_error = error;
    if (m_firstError && !m_firstError->isValid())
        *m_firstError = error;
}

void RowQuery::setSqliteError(int code)
{
    // As Qt's driver reports it, so that SqlError tells a full disk or a failed read alike.
    const int extended = sqlite3_extended_errcode(m_sqlite);
    keep(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_sqlite)), QSqlError::StatementError,
                   QString::number(extended ? extended : code)));
}

bool RowQuery::exec(const QString &sql)
{
    m_error = QSqlError();
    if (m_query) {
        const bool ok = m_query->exec(sql);
        if (!ok)
            keep(m_query->lastError());
        return ok;
    }
    finish();
    m_have = 0;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_sqlite, text.constData(), int(text.size()), &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        setSqliteError(rc);
        finish();
        return false;
    }
    m_columns = sqlite3_column_count(m_statement);
    return true;
}

bool RowQuery::next()
{
    if (m_query) {
        const bool more = m_query->next();
        if (!more && m_query->lastError().isValid())
            keep(m_query->lastError());
        return more;
    }
    if (!m_statement)
        return false;
    m_have = 0;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        setSqliteError(rc);
    return false;
}

QVariant RowQuery::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    if (!onColumn(column))
        return QVariant();
    if (column >= 32)
        return read(column);
    if (!(m_have & (1u << column))) {
        if (m_row.size() <= column)
            m_row.resize(column + 1);
        m_row[column] = read(column);
        m_have |= 1u << column;
    }
    return m_row.at(column);
}

QVariant RowQuery::read(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                                   sqlite3_column_bytes(m_statement, column)));
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QVariant(fitted(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column))));
    }
    }
}

bool RowQuery::onColumn(int column) const
{
    return m_statement && column >= 0 && column < m_columns;
}

RowQuery::Kind RowQuery::kind(int column) const
{
    if (m_query || !onColumn(column)) {
        const QVariant v = value(column);
        if (v.isNull())
            return Kind::Null;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            return Kind::Integer;
        case QMetaType::Double:
        case QMetaType::Float:
            return Kind::Real;
        case QMetaType::QString:
            return Kind::Text;
        default:
            return Kind::Other;
        }
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return Kind::Integer;
    case SQLITE_FLOAT:
        return Kind::Real;
    case SQLITE_NULL:
        return Kind::Null;
    case SQLITE_TEXT:
        return Kind::Text;
    default:
        return Kind::Other;
    }
}

QString RowQuery::text(int column) const
{
    if (m_query || !onColumn(column)) {
        QString text = value(column).toString();   // the QVariant gone, it is not shared: shrunk in place
        return fitted(std::move(text));
    }
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return fitted(QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)));
    }
    case SQLITE_NULL:
        return QString();
    default:
        return read(column).toString();
    }
}

QUtf8StringView RowQuery::utf8(int column) const
{
    if (m_query || !onColumn(column) || sqlite3_column_type(m_statement, column) != SQLITE_TEXT)
        return QUtf8StringView();
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QUtf8StringView(text, sqlite3_column_bytes(m_statement, column));
}

QAnyStringView RowQuery::textView(int column) const
{
    if (!m_query && onColumn(column) && sqlite3_column_type(m_statement, column) == SQLITE_TEXT) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QUtf8StringView(text, sqlite3_column_bytes(m_statement, column));
    }
    m_viewed = text(column);
    return m_viewed;
}

qint64 RowQuery::integer(int column) const
{
    if (m_query || !onColumn(column) || sqlite3_column_type(m_statement, column) != SQLITE_INTEGER)
        return value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

double RowQuery::real(int column) const
{
    if (m_query || !onColumn(column))
        return value(column).toDouble();
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_INTEGER:
        return double(sqlite3_column_int64(m_statement, column));
    default:
        return value(column).toDouble();
    }
}

QSqlError RowQuery::lastError() const
{
    return m_error;
}

} // namespace ap
