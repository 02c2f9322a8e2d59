#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

struct zip;

// Reads members of a ZIP archive held in memory (.docx, .xlsx) with libzip, the project's one ZIP
// library (ZipWriter packs with it too). Written for untrusted input: sizes from the headers are
// never trusted for allocation beyond a limit, a member must unpack to exactly its stated size
// with its CRC, and encrypted, oversized ("zip bomb") or damaged members are refused with a
// message. Owns a copy of the archive bytes (implicitly shared) and the open archive.
namespace ap {

class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(ap::ZipReader)
public:
    static constexpr qint64 kDefaultMaxBytes = 64 * 1024 * 1024;

    ZipReader() = default;
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool open(const QByteArray &data, QString *error);
    QStringList names() const { return m_order; }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    bool read(const QString &name, QByteArray *out, QString *error, qint64 maxBytes = kDefaultMaxBytes) const;

private:
    void close();

    struct Entry
    {
        qint64 index = 0;
        quint64 size = 0;
        quint64 compressedSize = 0;
        bool encrypted = false;
        quint16 method = 0;
    };
    QByteArray m_data;
    ::zip *m_zip = nullptr;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace ap
