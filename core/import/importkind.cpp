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

} // namespace ap
