#include "evidence.h"

#include <QHash>
#include <QLocale>

namespace ap::evidence {

namespace {
struct KindInfo
{
    const char *key;
    const char *suffix;
    const char *display;
};
const QList<KindInfo> &infos()
{
    static const QList<KindInfo> list = {
        {"jpeg", "jpg", QT_TRANSLATE_NOOP("ap::Evidence", "Photo (JPEG)")},
        {"png", "png", QT_TRANSLATE_NOOP("ap::Evidence", "Picture (PNG)")},
        {"pdf", "pdf", QT_TRANSLATE_NOOP("ap::Evidence", "PDF document")},
        {"docx", "docx", QT_TRANSLATE_NOOP("ap::Evidence", "Word document")},
        {"xlsx", "xlsx", QT_TRANSLATE_NOOP("ap::Evidence", "Excel workbook")},
        {"doc", "doc", QT_TRANSLATE_NOOP("ap::Evidence", "Word 97–2003 document")},
        {"xls", "xls", QT_TRANSLATE_NOOP("ap::Evidence", "Excel 97–2003 workbook")},
        {"wps", "wps", QT_TRANSLATE_NOOP("ap::Evidence", "WPS document")},
        {"et", "et", QT_TRANSLATE_NOOP("ap::Evidence", "WPS spreadsheet")},
        {"ofd", "ofd", QT_TRANSLATE_NOOP("ap::Evidence", "OFD document")},
    };
    return list;
}
const KindInfo *infoOf(const QString &kind)
{
    for (const KindInfo &i : infos())
        if (kind == QLatin1String(i.key))
            return &i;
    return nullptr;
}
} // namespace

const QStringList &kinds()
{
    static const QStringList list = [] {
        QStringList out;
        for (const KindInfo &i : infos())
            out << QString::fromLatin1(i.key);
        return out;
    }();
    return list;
}

QString kindDisplay(const QString &kind)
{
    const KindInfo *i = infoOf(kind);
    return i ? QCoreApplication::translate("ap::Evidence", i->display) : kind;
}

QString suffixOf(const QString &kind)
{
    const KindInfo *i = infoOf(kind);
    return i ? QString::fromLatin1(i->suffix) : QStringLiteral("bin");
}

QString acceptedText()
{
    return QCoreApplication::translate("ap::Evidence", "photos (JPEG, PNG), PDF, Word, Excel, WPS and OFD files");
}

QString sizeText(qint64 bytes)
{
    // Base 1024, as the limits are counted and as Windows and WPS show sizes: 20 MB is 20 × 1024².
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace ap::evidence
