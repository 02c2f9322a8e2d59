#include "servercredentials.h"

#include <QHash>
#include <QMutex>

namespace ap::ServerCredentials {

namespace {

QString key(const ServerAddress &a)
{
    return a.user + QLatin1Char('@') + a.host + QLatin1Char(':') + QString::number(a.port) + QLatin1Char('/') + a.database;
}

QMutex &lock()
{
    static QMutex m;
    return m;
}

QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> p;
    return p;
}

} // namespace

void remember(const ServerAddress &address, const QString &password)
{
    QMutexLocker l(&lock());
    passwords().insert(key(address), password);
}

QString password(const ServerAddress &address)
{
    QMutexLocker l(&lock());
    return passwords().value(key(address));
}

void forget(const ServerAddress &address)
{
    QMutexLocker l(&lock());
    passwords().remove(key(address));
}

} // namespace ap::ServerCredentials
