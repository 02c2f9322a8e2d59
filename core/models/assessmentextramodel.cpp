#include "assessmentextramodel.h"

#include "assessmentscoremodel.h"
#include "document/planedits.h"
#include "status/assessmentwords.h"

namespace ap {

AssessmentExtraModel::AssessmentExtraModel(PlanDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_rows(int(doc->plan().assessment.extras.size()))
{
    connect(doc, &PlanDocument::assessmentChanged, this, &AssessmentExtraModel::refresh);
}

void AssessmentExtraModel::refresh()
{
    const int rows = int(m_doc->plan().assessment.extras.size());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, ColumnCount - 1));
    }
}

QString AssessmentExtraModel::kindName(AssessmentExtra::Kind kind)
{
    return kind == AssessmentExtra::Kind::Veto ? tr("Veto (一票否决)") : tr("Bonus (加分项)");
}

Id AssessmentExtraModel::extraId(int row) const
{
    return m_doc->plan().assessment.extras.value(row).id;
}

bool AssessmentExtraModel::write(const QList<AssessmentExtra> &extras, const QString &text)
{
    AssessmentChange change;
    change.scheme = m_doc->plan().assessment;
    change.scheme.extras = extras;
    return edits::setAssessment(*m_doc, change, text);
}

int AssessmentExtraModel::add(AssessmentExtra::Kind kind, const QString &title)
{
    QList<AssessmentExtra> extras = m_doc->plan().assessment.extras;
    extras.append({0, kind, title, kind == AssessmentExtra::Kind::Bonus ? 1.0 : 0.0, 0});
    return write(extras, kind == AssessmentExtra::Kind::Bonus ? tr("Add a Bonus Item") : tr("Add a Veto Item"))
        ? int(m_doc->plan().assessment.extras.size()) - 1
        : -1;
}

bool AssessmentExtraModel::remove(int row)
{
    QList<AssessmentExtra> extras = m_doc->plan().assessment.extras;
    if (row < 0 || row >= extras.size())
        return false;
    extras.removeAt(row);
    return write(extras, tr("Remove a Bonus or Veto Item"));
}

int AssessmentExtraModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AssessmentExtraModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentExtraModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case TitleColumn: return tr("Item");
    case PointsColumn: return tr("Points Each Time");
    case CapColumn: return tr("At Most");
    }
    return QVariant();
}

QVariant AssessmentExtraModel::data(const QModelIndex &index, int role) const
{
    const QList<AssessmentExtra> &extras = m_doc->plan().assessment.extras;
    if (!index.isValid() || index.row() >= extras.size())
        return QVariant();
    const AssessmentExtra &e = extras.at(index.row());
    if (role == ChoicesRole && index.column() == KindColumn)
        return QStringList{kindName(AssessmentExtra::Kind::Bonus), kindName(AssessmentExtra::Kind::Veto)};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    const bool veto = e.kind == AssessmentExtra::Kind::Veto;
    switch (index.column()) {
    case KindColumn: return kindName(e.kind);
    case TitleColumn: return e.title;
    case PointsColumn: return veto ? QString() : AssessmentWords::points(e.points);
    case CapColumn: return veto || e.cap <= 0 ? QString() : AssessmentWords::points(e.cap);
    }
    return QVariant();
}

Qt::ItemFlags AssessmentExtraModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_doc->isReadOnly() || m_doc->plan().assessment.published)
        return f;
    const bool veto = m_doc->plan().assessment.extras.value(index.row()).kind == AssessmentExtra::Kind::Veto;
    if (!(veto && (index.column() == PointsColumn || index.column() == CapColumn)))
        f |= Qt::ItemIsEditable;
    return f;
}

QString AssessmentExtraModel::refusal(const QModelIndex &index, const QString &text) const
{
    if (index.column() != PointsColumn && index.column() != CapColumn)
        return QString();
    std::optional<double> number;
    if (!AssessmentScoreModel::parsePoints(text, &number) || (number && (*number < 0 || *number > 1000)))
        return tr("“%1” is not a number of points: type one from 0 to 1000.").arg(text.trimmed());
    return QString();
}

bool AssessmentExtraModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    QList<AssessmentExtra> extras = m_doc->plan().assessment.extras;
    AssessmentExtra &e = extras[index.row()];
    const QString text = value.toString().trimmed();
    if (const QString why = refusal(index, text); !why.isEmpty()) {
        Q_EMIT refused(why);
        return false;
    }
    std::optional<double> number;
    switch (index.column()) {
    case KindColumn:
        e.kind = text == kindName(AssessmentExtra::Kind::Veto) || text == QLatin1String("veto") ? AssessmentExtra::Kind::Veto
                                                                                                 : AssessmentExtra::Kind::Bonus;
        break;
    case TitleColumn: e.title = text; break;
    case PointsColumn:
        AssessmentScoreModel::parsePoints(text, &number);
        e.points = number.value_or(0);
        break;
    case CapColumn:
        AssessmentScoreModel::parsePoints(text, &number);
        e.cap = number.value_or(0);
        break;
    }
    if (e == m_doc->plan().assessment.extras.at(index.row()))
        return true;
    return write(extras, tr("Bonus or Veto Item"));
}

} // namespace ap
