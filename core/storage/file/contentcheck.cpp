#include "contentcheck.h"

#include "planstore.h"
#include "sqliteconnection.h"
#include "storage/sqlerror.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace ap::sqlite {

ContentCheck::ContentCheck(const QString &path, bool full)
{
    // The thread makes its own connection: a Qt SQL connection is used only by the thread that made it.
    m_thread = std::thread([this, path, full] {
        TemporaryConnection connection(path, true);
        if (!connection.isOpen())
            return;
        QSqlDatabase db = connection.db();
        m_passed = run(db, nullptr, full);
    });
}

ContentCheck::~ContentCheck()
{
    if (m_thread.joinable())
        m_thread.join();
}

bool ContentCheck::passed()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_passed;
}

bool ContentCheck::run(QSqlDatabase &db, QString *detail, bool full)
{
    bool ok = false;
    const QVariant result = scalar(db, full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"), &ok);
    if (!ok || result.toString() != QLatin1String("ok")) {
        if (detail)
            *detail = ok ? result.toString() : SqlError::describe(db.lastError());
        return false;
    }
    return scalar(db, QStringLiteral("PRAGMA application_id")).toLongLong() == kApplicationId;
}

} // namespace ap::sqlite
