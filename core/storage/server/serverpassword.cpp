#include "serverpassword.h"

#include "libpq.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>


namespace ap::ServerPassword {

QString verifier(QSqlDatabase &db, const QString &login, const QString &password, QString *error)
{
    // Qt's QPSQL driver hands out its libpq connection as a PGconn* (named "pg_conn*", the
    // struct's own name, by the meta-type system).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    const bool isPq = handle.isValid()
        && (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0);
    PGconn *connection = isPq ? *static_cast<PGconn *const *>(handle.constData()) : nullptr;
    if (!connection) {
        if (error)
            *error = QStringLiteral("no PostgreSQL connection (%1)").arg(QString::fromLatin1(handle.typeName()));
        return QString();
    }
    QString missing;
    const LibPq::Functions *pq = LibPq::functions(&missing);
    if (!pq) {
        if (error)
            *error = missing;
        return QString();
    }
    QByteArray secret = password.toUtf8();
    char *made = pq->encryptPasswordConn(connection, secret.constData(), login.toUtf8().constData(), "scram-sha-256");
    secret.fill('\0');
    if (!made) {
        if (error)
            *error = QString::fromUtf8(pq->errorMessage(connection)).trimmed();
        return QString();
    }
    const QString out = QString::fromLatin1(made);
    pq->freemem(made);
    return out;
}

} // namespace ap::ServerPassword
