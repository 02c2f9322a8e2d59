#include "departmentcompleter.h"

#include "document/plandocument.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QStringListModel>

namespace ap {

namespace {
const QRegularExpression &separators()
{
    static const QRegularExpression re(QStringLiteral("[、，,;；]"));
    return re;
}
} // namespace

DepartmentCompleter::DepartmentCompleter(PlanDocument *doc, QObject *parent)
    : QCompleter(parent)
{
    auto *names = new QStringListModel(this);
    auto update = [doc, names]() {
        QStringList list;
        for (const Department &d : doc->plan().departments)
            list << d.name;
        names->setStringList(list);
    };
    update();
    connect(doc, &PlanDocument::departmentsChanged, this, update);
    setModel(names);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
}

QStringList DepartmentCompleter::splitPath(const QString &path) const
{
    const int cut = int(path.lastIndexOf(separators()));
    return {path.mid(cut + 1).trimmed()};
}

QString DepartmentCompleter::pathFromIndex(const QModelIndex &index) const
{
    const auto *edit = qobject_cast<const QLineEdit *>(widget());
    const QString text = edit ? edit->text() : QString();
    const int cut = int(text.lastIndexOf(separators()));
    return text.left(cut + 1) + index.data().toString();
}

} // namespace ap
