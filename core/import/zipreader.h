#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// Reads members of a ZIP archive held in memory (.docx, .xlsx) with zlib's raw inflate.
// Written for untrusted input: every offset is checked against the buffer, sizes from the
// headers are never trusted for allocation beyond a limit, and encrypted or oversized
// ("zip bomb") members are refused. Owns a copy of the archive bytes (implicitly shared).
// Not QuaZip: its minizip symbols clash with libxlsxwriter's in one process.
namespace ap {

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ap::ZipReader)
public:
    static constexpr qint64 kDefaultMaxBytes = 64 * 1024 * 1024;

    bool open(const QByteArray &data, QString *error);
    QStringList names() const { return m_order; }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    bool read(const QString &name, QByteArray *out, QString *error, qint64 maxBytes = kDefaultMaxBytes) const;

private:
    struct Entry
    {
        quint16 flags = 0;
        quint16 method = 0;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint32 localOffset = 0;
    };
    QByteArray m_data;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace ap
