#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <zlib.h>

// Builds ZIP archives in memory for tests: .docx/.xlsx fixtures and damaged or hostile
// packages (encrypted flag, wrong CRC, bombs), without any zip program on the machine.
namespace testutil {

struct ZipMember
{
    QString name;
    QByteArray data;
    bool deflate = true;
    bool encryptedFlag = false;
    bool wrongCrc = false;
    qint64 claimedSize = -1;    // >= 0: write this uncompressed size instead of the real one
};

inline void put16(QByteArray &b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}

inline void put32(QByteArray &b, quint32 v)
{
    put16(b, quint16(v & 0xFFFF));
    put16(b, quint16(v >> 16));
}

inline QByteArray rawDeflate(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

inline QByteArray makeZip(const QList<ZipMember> &members)
{
    QByteArray body, directory;
    for (const ZipMember &m : members) {
        const QByteArray name = m.name.toUtf8();
        const QByteArray stored = m.deflate ? rawDeflate(m.data) : m.data;
        quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(m.data.constData()), uInt(m.data.size())));
        if (m.wrongCrc)
            crc ^= 0xDEADBEEF;
        const quint32 size = quint32(m.claimedSize >= 0 ? m.claimedSize : m.data.size());
        const quint16 flags = m.encryptedFlag ? 1 : 0;
        const quint32 offset = quint32(body.size());
        put32(body, 0x04034b50);
        put16(body, 20);
        put16(body, flags);
        put16(body, m.deflate ? 8 : 0);
        put16(body, 0);
        put16(body, 0);
        put32(body, crc);
        put32(body, quint32(stored.size()));
        put32(body, size);
        put16(body, quint16(name.size()));
        put16(body, 0);
        body += name;
        body += stored;
        put32(directory, 0x02014b50);
        put16(directory, 20);
        put16(directory, 20);
        put16(directory, flags);
        put16(directory, m.deflate ? 8 : 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, crc);
        put32(directory, quint32(stored.size()));
        put32(directory, size);
        put16(directory, quint16(name.size()));
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put16(directory, 0);
        put32(directory, 0);
        put32(directory, offset);
        directory += name;
    }
    QByteArray zip = body + directory;
    put32(zip, 0x06054b50);
    put16(zip, 0);
    put16(zip, 0);
    put16(zip, quint16(members.size()));
    put16(zip, quint16(members.size()));
    put32(zip, quint32(directory.size()));
    put32(zip, quint32(body.size()));
    put16(zip, 0);
    return zip;
}

// A minimal .docx: document.xml from the given body XML (inside <w:body>), optional numbering.
inline QByteArray makeDocx(const QString &bodyXml, const QString &numberingXml = QString(),
                           const QString &stylesXml = QString())
{
    const QString ns = QStringLiteral("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"");
    QList<ZipMember> members;
    members.append({QStringLiteral("[Content_Types].xml"),
                    QByteArray("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")});
    members.append({QStringLiteral("word/document.xml"),
                    (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document ") + ns
                     + QStringLiteral("><w:body>") + bodyXml + QStringLiteral("</w:body></w:document>"))
                        .toUtf8()});
    if (!numberingXml.isEmpty())
        members.append({QStringLiteral("word/numbering.xml"),
                        (QStringLiteral("<?xml version=\"1.0\"?><w:numbering ") + ns + QStringLiteral(">") + numberingXml
                         + QStringLiteral("</w:numbering>"))
                            .toUtf8()});
    if (!stylesXml.isEmpty())
        members.append({QStringLiteral("word/styles.xml"),
                        (QStringLiteral("<?xml version=\"1.0\"?><w:styles ") + ns + QStringLiteral(">") + stylesXml
                         + QStringLiteral("</w:styles>"))
                            .toUtf8()});
    return makeZip(members);
}

// One paragraph of document.xml, optionally numbered.
inline QString docxParagraph(const QString &text, int numId = 0, int ilvl = 0, const QString &style = QString())
{
    QString ppr;
    if (!style.isEmpty())
        ppr += QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(style);
    if (numId > 0)
        ppr += QStringLiteral("<w:numPr><w:ilvl w:val=\"%1\"/><w:numId w:val=\"%2\"/></w:numPr>").arg(ilvl).arg(numId);
    return QStringLiteral("<w:p>") + (ppr.isEmpty() ? QString() : QStringLiteral("<w:pPr>") + ppr + QStringLiteral("</w:pPr>"))
        + QStringLiteral("<w:r><w:t xml:space=\"preserve\">") + text.toHtmlEscaped() + QStringLiteral("</w:t></w:r></w:p>");
}

} // namespace testutil
