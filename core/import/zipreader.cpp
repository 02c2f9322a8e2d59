#include "zipreader.h"

#include <zlib.h>

namespace ap {

namespace {

quint16 u16(const QByteArray &d, qsizetype at)
{
    return quint16(uchar(d.at(at))) | quint16(uchar(d.at(at + 1))) << 8;
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return quint32(u16(d, at)) | quint32(u16(d, at + 2)) << 16;
}

bool fits(const QByteArray &d, qint64 at, qint64 length)
{
    return at >= 0 && length >= 0 && at <= d.size() && length <= d.size() - at;
}

} // namespace

bool ZipReader::open(const QByteArray &data, QString *error)
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    m_data = data;
    m_entries.clear();
    m_order.clear();
    const QString damaged = tr("The file is not a valid ZIP package (Word and Excel files are ZIP packages); it may be damaged or cut short.");
    if (data.size() < 22)
        return fail(damaged);
    // End of central directory: the last signature within the final 64 KiB + 22 bytes.
    qsizetype eocd = -1;
    const qsizetype lowest = std::max<qsizetype>(0, data.size() - 22 - 65535);
    for (qsizetype i = data.size() - 22; i >= lowest; --i) {
        if (u32(data, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        return fail(damaged);
    const quint16 entries = u16(data, eocd + 10);
    const quint32 cdSize = u32(data, eocd + 12);
    const quint32 cdOffset = u32(data, eocd + 16);
    if (cdOffset == 0xFFFFFFFFu || entries == 0xFFFF)
        return fail(tr("The ZIP package uses the ZIP64 format, which is not supported for plan documents."));
    if (!fits(data, cdOffset, cdSize))
        return fail(damaged);
    qint64 p = cdOffset;
    for (int i = 0; i < entries; ++i) {
        if (!fits(data, p, 46) || u32(data, p) != 0x02014b50)
            return fail(damaged);
        Entry e;
        e.flags = u16(data, p + 8);
        e.method = u16(data, p + 10);
        e.crc = u32(data, p + 16);
        e.compressedSize = u32(data, p + 20);
        e.size = u32(data, p + 24);
        const quint16 nameLength = u16(data, p + 28);
        const quint16 extraLength = u16(data, p + 30);
        const quint16 commentLength = u16(data, p + 32);
        e.localOffset = u32(data, p + 42);
        if (!fits(data, p + 46, qint64(nameLength) + extraLength + commentLength))
            return fail(damaged);
        const QString name = QString::fromUtf8(data.constData() + p + 46, nameLength);
        if (!m_entries.contains(name))
            m_order.append(name);
        m_entries.insert(name, e);
        p += 46 + qint64(nameLength) + extraLength + commentLength;
    }
    return true;
}

bool ZipReader::read(const QString &name, QByteArray *out, QString *error, qint64 maxBytes) const
{
    auto fail = [error](const QString &m) {
        if (error)
            *error = m;
        return false;
    };
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        return fail(tr("The package has no part “%1”.").arg(name));
    const Entry &e = *it;
    const QString damaged = tr("The part “%1” of the package is damaged.").arg(name);
    if (e.flags & 0x1)
        return fail(tr("The document is password-protected. Remove the password in Word or WPS, save it, and import it again."));
    if (qint64(e.size) > maxBytes)
        return fail(tr("The part “%1” would unpack to %2 MB, more than the %3 MB a plan document can have; the file "
                       "looks like a zip bomb, or is no plan document, and was not opened.")
                        .arg(name)
                        .arg(double(e.size) / (1024 * 1024), 0, 'f', 1)
                        .arg(double(maxBytes) / (1024 * 1024), 0, 'f', 0));
    if (e.size > 1024 * 1024 && e.compressedSize > 0 && e.size / e.compressedSize > 200)
        return fail(tr("The part “%1” is packed %2 times smaller than it unpacks, far more than any document is; the "
                       "file looks like a zip bomb and was not opened.")
                        .arg(name)
                        .arg(e.size / e.compressedSize));
    if (!fits(m_data, e.localOffset, 30) || u32(m_data, e.localOffset) != 0x04034b50)
        return fail(damaged);
    const qint64 start = qint64(e.localOffset) + 30 + u16(m_data, e.localOffset + 26) + u16(m_data, e.localOffset + 28);
    if (!fits(m_data, start, e.compressedSize))
        return fail(damaged);
    const char *src = m_data.constData() + start;
    QByteArray result;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return fail(damaged);
        result = QByteArray(src, e.size);
    } else if (e.method == 8) {
        // The header's size is the whole truth: output that ends early or runs past it is damage.
        result.resize(qsizetype(e.size));
        if (e.size > 0) {
            z_stream z{};
            if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
                return fail(damaged);
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(src));
            z.avail_in = e.compressedSize;
            z.next_out = reinterpret_cast<Bytef *>(result.data());
            z.avail_out = e.size;
            const int rc = inflate(&z, Z_FINISH);
            const uLong produced = z.total_out;
            inflateEnd(&z);
            if (rc != Z_STREAM_END || produced != e.size)
                return fail(damaged);
        }
    } else {
        return fail(tr("The part “%1” uses a compression method (%2) that is not supported.").arg(name).arg(e.method));
    }
    if (crc32(0L, reinterpret_cast<const Bytef *>(result.constData()), uInt(result.size())) != e.crc)
        return fail(damaged);
    *out = result;
    return true;
}

} // namespace ap
