#include "importreviewmodel.h"

#include "domain/targetsteps.h"

#include <QColor>
#include <QFont>

#include "domain/datetext.h"
#include "domain/targettext.h"

namespace ap {

namespace {

const QString kListSeparator = QStringLiteral("、");

QStringList splitNames(const QString &text)
{
    QString t = text;
    t.replace(QChar(0xFF0C), QChar(0x3001)).replace(QLatin1Char(','), QChar(0x3001)).replace(QChar(0xFF1B), QChar(0x3001))
        .replace(QLatin1Char(';'), QChar(0x3001));
    QStringList out;
    for (const QString &n : t.split(QChar(0x3001), Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty() && !out.contains(n.trimmed()))
            out.append(n.trimmed());
    return out;
}

} // namespace

ImportReviewModel::ImportReviewModel(const ImportResult &result, QObject *parent)
    : QAbstractTableModel(parent)
    , m_result(result)
    , m_included(result.nodes.size(), true)
{
}

int ImportReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.nodes.size());
}

int ImportReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn: return tr("Item");
    case KindColumn: return tr("Kind");
    case TitleColumn: return tr("Title");
    case LeadColumn: return tr("Lead");
    case SupportColumn: return tr("Support");
    case DeadlineColumn: return tr("Deadline");
    case TargetsColumn: return tr("Targets");
    case FoundColumn: return tr("Found by");
    }
    return QVariant();
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const ImportNode &n = m_result.nodes.at(index.row());
    const bool section = n.kind == ImportNode::Kind::Section;
    switch (role) {
    case SourceStartRole: return n.sourceStart;
    case SourceEndRole: return n.sourceEnd;
    case LevelRole: return n.level;
    case IsSectionRole: return section;
    case DoubtsRole: return n.doubts;
    case Qt::BackgroundRole:
        // A guess stands out until the clerk has looked at it.
        return n.doubts ? QVariant(QColor(0xff, 0xf1, 0xc6)) : QVariant();
    case Qt::CheckStateRole:
        return index.column() == ItemColumn ? QVariant(m_included.at(index.row()) ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ItemColumn:
            // Indented by level so the outline shows in a flat list.
            return role == Qt::DisplayRole ? QString(2 * (n.level - 1), QChar(0x3000)) + (n.label.isEmpty() ? QStringLiteral("·") : n.label)
                                           : n.label;
        case KindColumn: return section ? tr("Section") : tr("Task");
        case TitleColumn: return n.title;
        case LeadColumn: return section ? QVariant() : QVariant(n.lead.join(kListSeparator));
        case SupportColumn: return section ? QVariant() : QVariant(n.support.join(kListSeparator));
        case DeadlineColumn:
            return section || !n.deadline.isValid() ? QVariant() : QVariant(n.deadline.toString(Qt::ISODate));
        case TargetsColumn:
            if (role == Qt::EditRole)
                return targetsText(foldSteps(n.targets), m_result.year);
            {
                QStringList parts;
                for (const Target &t : foldSteps(n.targets))
                    parts.append(targetSummary(t));
                return parts.join(QStringLiteral("；"));
            }
        case FoundColumn:
            return (n.doubts ? QStringLiteral("⚠ ") : QString()) + foundBy(n, m_result.source);
        }
        break;
    case Qt::ToolTipRole:
    {
        // The item's whole text under its title; on every cell of a guessed row, what to check.
        const QString check = n.doubts ? tr("Check: %1").arg(doubtTexts(n.doubts).join(tr("; "))) : QString();
        if (index.column() == TitleColumn)
            return check.isEmpty() ? n.text : n.text + QLatin1Char('\n') + check;
        if (index.column() == FoundColumn)
            return check.isEmpty() ? foundBy(n, m_result.source) : foundBy(n, m_result.source) + QLatin1Char('\n') + check;
        if (!check.isEmpty())
            return check;
        break;
    }
    case Qt::FontRole:
        if (section) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    }
    return QVariant();
}

Qt::ItemFlags ImportReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const bool section = m_result.nodes.at(index.row()).kind == ImportNode::Kind::Section;
    switch (index.column()) {
    case ItemColumn: f |= Qt::ItemIsUserCheckable; break;
    case KindColumn:
    case TitleColumn: f |= Qt::ItemIsEditable; break;
    case LeadColumn:
    case SupportColumn:
    case DeadlineColumn:
        if (!section)
            f |= Qt::ItemIsEditable;
        break;
    case TargetsColumn: f |= Qt::ItemIsEditable; break;
    }
    return f;
}

QList<int> ImportReviewModel::subtree(int row) const
{
    QList<int> rows{row};
    const int level = m_result.nodes.at(row).level;
    for (int r = row + 1; r < m_result.nodes.size() && m_result.nodes.at(r).level > level; ++r)
        rows.append(r);
    return rows;
}

bool ImportReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const int row = index.row();
    ImportNode &n = m_result.nodes[row];
    if (role == Qt::CheckStateRole && index.column() == ItemColumn) {
        const bool on = value.toInt() == Qt::Checked;
        const QList<int> rows = n.kind == ImportNode::Kind::Section ? subtree(row) : QList<int>{row};
        for (int r : rows)
            m_included[r] = on;
        Q_EMIT dataChanged(this->index(rows.first(), ItemColumn), this->index(rows.last(), ItemColumn), {Qt::CheckStateRole});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case KindColumn: {
        const bool section = text == tr("Section") || text == QLatin1String("section");
        const bool task = text == tr("Task") || text == QLatin1String("task");
        if (!section && !task)
            return false;
        n.kind = section ? ImportNode::Kind::Section : ImportNode::Kind::Task;
        if (task)
            PlanImport::recognise(&n, m_result.year);
        break;
    }
    case TitleColumn:
        if (text.isEmpty())
            return false;
        n.title = text;
        break;
    case LeadColumn: n.lead = splitNames(text); break;
    case SupportColumn: n.support = splitNames(text); break;
    case DeadlineColumn: {
        if (text.isEmpty()) {
            n.deadline = QDate();
            break;
        }
        const QDate d = datetext::parseWithin(text, m_result.year);
        if (!d.isValid())
            return false;
        n.deadline = d;
        break;
    }
    case TargetsColumn: n.targets = parseTargets(text, m_result.year); break;
    default: return false;
    }
    n.doubts = 0;   // the clerk has looked at this row
    Q_EMIT dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    return true;
}

QString ImportReviewModel::foundBy(const ImportNode &n, const QString &source)
{
    QString how;
    switch (n.origin) {
    case ImportNode::Origin::Label: how = tr("label"); break;
    case ImportNode::Origin::Paragraph: how = tr("paragraph under its heading"); break;
    case ImportNode::Origin::LeadPhrase: how = tr("lead phrase"); break;
    case ImportNode::Origin::TableRow: how = tr("table row"); break;
    }
    // Units read from a line of their own ("牵头单位：…" under the item).
    for (const auto &span : n.responsibilitySpans)
        if (span.first > 0 && span.first <= source.size() && source.at(span.first - 1) == QLatin1Char('\n')) {
            how += tr(", units on a line below");
            break;
        }
    return how;
}

QStringList ImportReviewModel::doubtTexts(unsigned doubts)
{
    QStringList out;
    if (doubts & ImportNode::NoLabel)
        out << tr("no label: is it a work item of its own?");
    if (doubts & ImportNode::TitleCut)
        out << tr("the title was cut where the text ran on after it");
    if (doubts & ImportNode::UnitsSplit)
        out << tr("a 、 list of units was read by a guess: check where one name ends");
    if (doubts & ImportNode::BareAmount)
        out << tr("an amount with no comparison word was taken as a target");
    if (doubts & ImportNode::BareYearDate)
        out << tr("the deadline comes from a year opening a sentence");
    return out;
}

int ImportReviewModel::guessCount() const
{
    int n = 0;
    for (int r = 0; r < m_result.nodes.size(); ++r)
        n += m_included.at(r) && m_result.nodes.at(r).doubts ? 1 : 0;
    return n;
}

int ImportReviewModel::nextGuess(int from, bool forward) const
{
    const int count = int(m_result.nodes.size());
    for (int step = 1; step <= count; ++step) {
        const int r = ((from + (forward ? step : -step)) % count + count) % count;
        if (m_included.at(r) && m_result.nodes.at(r).doubts)
            return r;
    }
    return -1;
}

void ImportReviewModel::checked(int row)
{
    if (row < 0 || row >= m_result.nodes.size() || !m_result.nodes.at(row).doubts)
        return;
    m_result.nodes[row].doubts = 0;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ImportReviewModel::mergeWithPrevious(int row)
{
    ImportResult merged = m_result;
    if (!PlanImport::mergeTasks(&merged, row))
        return false;
    merged.nodes[row - 1].doubts &= ~unsigned(ImportNode::NoLabel);   // the clerk said where it ends
    beginRemoveRows(QModelIndex(), row, row);
    m_result = std::move(merged);
    m_included.removeAt(row);
    endRemoveRows();
    Q_EMIT dataChanged(index(row - 1, 0), index(row - 1, ColumnCount - 1));
    return true;
}

bool ImportReviewModel::swapUnits(int row)
{
    if (row < 0 || row >= m_result.nodes.size() || m_result.nodes.at(row).kind != ImportNode::Kind::Task)
        return false;
    ImportNode &n = m_result.nodes[row];
    if (n.lead.isEmpty() && n.support.isEmpty())
        return false;
    std::swap(n.lead, n.support);
    n.doubts &= ~unsigned(ImportNode::UnitsSplit);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool ImportReviewModel::shiftLevel(int row, int delta)
{
    if (row < 0 || row >= m_result.nodes.size() || delta == 0)
        return false;
    const QList<int> rows = subtree(row);
    const int level = m_result.nodes.at(row).level + delta;
    const int maxLevel = row == 0 ? 1 : m_result.nodes.at(row - 1).level + 1;
    if (level < 1 || level > maxLevel)
        return false;
    for (int r : rows)
        m_result.nodes[r].level += delta;
    Q_EMIT dataChanged(index(rows.first(), 0), index(rows.last(), ColumnCount - 1));
    return true;
}

int ImportReviewModel::splitAt(int sourcePos)
{
    // The innermost work item there: the last in document order whose text holds the position.
    int row = -1;
    for (int r = 0; r < m_result.nodes.size(); ++r) {
        const ImportNode &n = m_result.nodes.at(r);
        if (n.kind == ImportNode::Kind::Task && n.sourceStart < sourcePos && sourcePos < n.sourceEnd)
            row = r;
    }
    if (row < 0)
        return -1;
    ImportResult split = m_result;
    if (!PlanImport::splitTask(&split, row, sourcePos))
        return -1;
    beginInsertRows(QModelIndex(), row + 1, row + 1);
    m_result = std::move(split);
    m_included.insert(row + 1, m_included.at(row));
    endInsertRows();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return row + 1;
}

void ImportReviewModel::setPlanYear(int year)
{
    m_result.year = year;
}

int ImportReviewModel::includedCount(ImportNode::Kind kind) const
{
    int n = 0;
    for (int r = 0; r < m_result.nodes.size(); ++r)
        n += m_included.at(r) && m_result.nodes.at(r).kind == kind;
    return n;
}

ImportResult ImportReviewModel::result() const
{
    ImportResult out = m_result;
    out.nodes.clear();
    // Levels stay consistent when rows are left out: nothing may sit more than one level
    // below the node before it.
    int previous = 0;
    for (int r = 0; r < m_result.nodes.size(); ++r) {
        if (!m_included.at(r))
            continue;
        ImportNode n = m_result.nodes.at(r);
        n.level = std::min(n.level, previous + 1);
        previous = n.level;
        out.nodes.append(n);
    }
    return out;
}

} // namespace ap
