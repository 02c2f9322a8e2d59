#include "serverprobe.h"

#include "libpq.h"
#include "serverstore.h"

#include <vector>

namespace ap::ServerProbe {

bool answers(const ServerAddress &address)
{
    QList<QByteArray> keys, values;
    auto add = [&](const QByteArray &key, const QString &value) {
        if (value.isEmpty())
            return;
        keys << key;
        values << value.toUtf8();
    };
    add("host", address.host);
    add("port", QString::number(address.port));
    add("dbname", address.database);
    add("user", address.user);
    for (const QString &option : ServerStore::connectionOptions(address)) {
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        if (equals > 0)
            add(option.left(equals).toUtf8(), option.mid(equals + 1));
    }
    QString missing;
    const LibPq::Functions *pq = LibPq::functions(&missing);
    if (!pq) {
        // Not a server that is away: this computer cannot ask any (said once).
        static const bool said = [&missing] {
            qWarning("PostgreSQL client library not loaded: %s", qPrintable(missing));
            return true;
        }();
        Q_UNUSED(said);
        return false;
    }
    std::vector<const char *> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k.push_back(keys.at(i).constData());
        v.push_back(values.at(i).constData());
    }
    k.push_back(nullptr);
    v.push_back(nullptr);
    // PQPING_REJECT is a server that is there but takes no connection yet (starting up): not yet.
    return pq->pingParams(k.data(), v.data(), 0) == PQPING_OK;
}

} // namespace ap::ServerProbe
