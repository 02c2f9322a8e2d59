#include "planmime.h"

#include <QDataStream>
#include <QIODevice>

namespace ap::planMime {

QMimeData *encode(const QString &format, const QString &planPath, const QList<Id> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << planPath << qint32(ids.size());
    for (Id id : ids)
        out << qint64(id);
    auto *data = new QMimeData;
    data->setData(format, bytes);
    return data;
}

bool decode(const QMimeData *data, const QString &format, const QString &planPath, QList<Id> *ids)
{
    if (!data || !data->hasFormat(format))
        return false;
    QDataStream in(data->data(format));
    QString path;
    qint32 n = 0;
    in >> path >> n;
    if (in.status() != QDataStream::Ok || path != planPath || n < 0 || n > 1000000)
        return false;
    ids->clear();
    for (qint32 i = 0; i < n; ++i) {
        qint64 id = 0;
        in >> id;
        ids->append(id);
    }
    return in.status() == QDataStream::Ok;
}

} // namespace ap::planMime
