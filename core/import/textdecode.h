#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Decodes a text file of unknown encoding as Chinese offices write them: UTF-8 with or without
// BOM, UTF-16 (LE/BE, with or without BOM) and GB18030 (a superset of GBK and GB2312), and
// refuses what is not text at all.
namespace ap {

class TextDecode
{
    Q_DECLARE_TR_FUNCTIONS(ap::TextDecode)
public:
    static constexpr qint64 kMaxBytes = 8 * 1024 * 1024;

    // encodingName: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030".
    static bool decode(const QByteArray &bytes, QString *text, QString *encodingName, QString *error);
};

} // namespace ap
