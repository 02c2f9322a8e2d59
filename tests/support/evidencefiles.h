#pragma once

#include "archive/zipwriter.h"

#include <QByteArray>
#include <QString>

// Evidence files (佐证材料) for the tests, made in memory: the first bytes of each kind the plan
// keeps, and the parts an OOXML or OFD package is told by, with filler to any size.
namespace testutil {

inline QByteArray jpegBytes(int size = 4096, char fill = 'j')
{
    QByteArray b = QByteArrayLiteral("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00");
    b += QByteArray(qMax(0, size - int(b.size()) - 2), fill);
    return b + QByteArrayLiteral("\xFF\xD9");
}

inline QByteArray pngBytes()
{
    return QByteArrayLiteral("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR") + QByteArray(64, 'p');
}

inline QByteArray pdfBytes()
{
    return QByteArrayLiteral("%PDF-1.4\n% 整改报告\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
}

// A ZIP package holding the named part.
inline QByteArray packageWith(const QString &part)
{
    ap::ZipWriter zip;
    zip.add(QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types/>"));
    zip.add(part, QByteArrayLiteral("<x/>"));
    QByteArray out;
    QString error;
    zip.finish(&out, &error);
    return out;
}

// An OLE compound file whose directory names stream (UTF-16), as an old Word, Excel or WPS file's.
inline QByteArray compoundWith(const char *stream)
{
    QByteArray b = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0');
    for (const char *c = stream; *c; ++c)
        b += QByteArray(1, *c) + QByteArray(1, '\0');
    return b + QByteArray(256, '\0');
}

} // namespace testutil
