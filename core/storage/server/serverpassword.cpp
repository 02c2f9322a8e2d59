#include "serverpassword.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

namespace ap::ServerPassword {

QString verifier(QSqlDatabase &db, const QString &login, const QString &password, QString *error)
{
    // Qt's QPSQL driver hands out its libpq connection as a PGconn* (named "pg_conn*", the
    // struct's own name, by the meta-type system).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const bool pq = handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    PGconn *connection = pq ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!connection) {
        if (error)
            *error = QStringLiteral("no PostgreSQL connection (%1)").arg(QString::fromLatin1(handle.typeName()));
        return QString();
    }
    QByteArray secret = password.toUtf8();
    char *made = PQencryptPasswordConn(connection, secret.constData(), login.toUtf8().constData(), "scram-sha-256");
    secret.fill('\0');
    if (!made) {
        if (error)
            *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        return QString();
    }
    const QString out = QString::fromLatin1(made);
    PQfreemem(made);
    return out;
}

} // namespace ap::ServerPassword
