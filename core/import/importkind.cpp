#include "importkind.h"

#include <QFileInfo>

namespace ap {

ImportKind importKindOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return ImportKind::Table;
    return ImportKind::Document;
}

bool isImportable(const QString &path)
{
    static const QStringList suffixes = {QStringLiteral("docx"), QStringLiteral("doc"), QStringLiteral("wps"),
                                         QStringLiteral("rtf"),  QStringLiteral("pdf"), QStringLiteral("txt"),
                                         QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("tsv")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

} // namespace ap
