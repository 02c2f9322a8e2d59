#pragma once

#include <QCompleter>

namespace ap {

class PlanDocument;

// Completes the department name being typed after the last 、 or comma, so a list of several
// names can be entered from the registry: "区卫健委、区财" → "区卫健委、区财政局".
class DepartmentCompleter : public QCompleter
{
    Q_OBJECT
public:
    DepartmentCompleter(PlanDocument *doc, QObject *parent);
    QStringList splitPath(const QString &path) const override;
    QString pathFromIndex(const QModelIndex &index) const override;
};

} // namespace ap
