#include "sectiontreemodel.h"

#include <QColor>

#include "document/planedits.h"
#include "planmime.h"

#include <optional>
#include <algorithm>

namespace ap {

SectionTreeModel::SectionTreeModel(PlanDocument *doc, QObject *parent)
    : QAbstractItemModel(parent), m_doc(doc), m_standing(TaskStanding::of(doc))
{
    // A task's standing colours every section over it.
    connect(m_standing, &TaskStanding::changed, this, [this](Id task) {
        Id section = task ? m_doc->plan().taskSection.value(task) : 0;
        if (task == 0 || section == 0) {
            Q_EMIT layoutChanged();   // any section may be marked or unmarked
            return;
        }
        for (; section != 0; section = m_doc->plan().sections.value(section).parentId) {
            const QModelIndex i = indexOf(section);
            Q_EMIT dataChanged(i, i, {Qt::ForegroundRole, Qt::ToolTipRole});
        }
    });
    connect(doc, &PlanDocument::sectionAboutToBeInserted, this, [this](Id parentId, int row) {
        beginInsertRows(indexOf(parentId), row, row);
    });
    connect(doc, &PlanDocument::sectionInserted, this, [this](Id id) {
        endInsertRows();
        relabelChildren(m_doc->plan().sections.value(id).parentId);
    });
    connect(doc, &PlanDocument::sectionAboutToBeRemoved, this, [this](Id id) {
        const QModelIndex idx = indexOf(id);
        beginRemoveRows(idx.parent(), idx.row(), idx.row());
    });
    connect(doc, &PlanDocument::sectionRemoved, this, [this](Id parentId, int) {
        endRemoveRows();
        relabelChildren(parentId);
    });
    connect(doc, &PlanDocument::sectionAboutToBeMoved, this, [this](Id id, Id newParent, int newRow) {
        const QModelIndex idx = indexOf(id);
        m_moveOldParent = m_doc->plan().sections.value(id).parentId;
        // beginMoveRows counts the destination before the row has left its place.
        const int dest = (m_moveOldParent == newParent && newRow > idx.row()) ? newRow + 1 : newRow;
        beginMoveRows(idx.parent(), idx.row(), idx.row(), indexOf(newParent), dest);
    });
    connect(doc, &PlanDocument::sectionMoved, this, [this](Id id) {
        endMoveRows();
        relabelChildren(m_moveOldParent);
        const Id newParent = m_doc->plan().sections.value(id).parentId;
        if (newParent != m_moveOldParent)
            relabelChildren(newParent);
    });
    connect(doc, &PlanDocument::sectionChanged, this, [this](Id id) {
        const QModelIndex idx = indexOf(id);
        Q_EMIT dataChanged(idx, idx);
    });
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const QList<Id> &kids = m_doc->plan().childSections.value(sectionId(parent));
    if (row >= kids.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(kids.at(row)));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Id parentId = m_doc->plan().sections.value(Id(child.internalId())).parentId;
    return indexOf(parentId);
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(m_doc->plan().childSections.value(sectionId(parent)).size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Id id = sectionId(index);
    const Section &s = m_doc->plan().sections.value(id);
    switch (role) {
    case Qt::DisplayRole:
        return s.title;  // the label is painted by the view's delegate (LabelRole)
    case Qt::ToolTipRole: {
        const int overdue = overdueTasks(id);
        return m_doc->sectionLabel(id) + s.title + (overdue ? tr("\n%n overdue task(s)", nullptr, overdue) : QString());
    }
    case Qt::ForegroundRole:
        return overdueTasks(id) > 0 ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case Qt::EditRole:
    case TitleRole:
        return s.title;
    case LabelRole:
        return m_doc->sectionLabel(id);
    case SectionIdRole:
        return id;
    default:
        return QVariant();
    }
}

int SectionTreeModel::overdueTasks(Id sectionId) const
{
    int n = 0;
    for (Id s : m_doc->plan().sectionSubtree(sectionId))
        for (Id t : m_doc->plan().sectionTasks.value(s))
            n += m_standing->warning(t) == Warning::Red;
    return n;
}

bool SectionTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_doc->isReadOnly())
        return false;
    const Id id = sectionId(index);
    const QString title = value.toString().trimmed();
    if (title == m_doc->plan().sections.value(id).title)
        return false;
    return edits::renameSection(*m_doc, id, title);
}

Qt::ItemFlags SectionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_doc->isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_doc->isReadOnly())
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return f;
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Sections");
    return QVariant();
}

Qt::DropActions SectionTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions SectionTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList SectionTreeModel::mimeTypes() const
{
    return {planMime::sections(), planMime::tasks()};
}

QMimeData *SectionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QList<Id> ids;
    for (const QModelIndex &i : indexes)
        if (i.isValid() && !ids.contains(sectionId(i)))
            ids << sectionId(i);
    // Dragging a section and one of its descendants moves the ancestor only.
    QList<Id> roots;
    for (Id id : ids) {
        bool inside = false;
        for (Id other : ids)
            inside = inside || (other != id && m_doc->isInSubtree(id, other));
        if (!inside)
            roots << id;
    }
    std::sort(roots.begin(), roots.end(), [this](Id a, Id b) {
        const QList<Id> order = m_doc->plan().sectionsInOrder();
        return order.indexOf(a) < order.indexOf(b);
    });
    return planMime::encode(planMime::sections(), m_doc->location().toString(), roots);
}

bool SectionTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                       const QModelIndex &parent) const
{
    if (m_doc->isReadOnly() || action != Qt::MoveAction)
        return false;
    const Id target = sectionId(parent);
    QList<Id> ids;
    if (planMime::decode(data, planMime::sections(), m_doc->location().toString(), &ids)) {
        for (Id id : ids)
            if (!m_doc->plan().sections.contains(id) || m_doc->isInSubtree(target, id))
                return false;
        return !ids.isEmpty();
    }
    if (planMime::decode(data, planMime::tasks(), m_doc->location().toString(), &ids))
        return target != 0 && row < 0 && !ids.isEmpty();  // tasks go onto a section
    return false;
}

bool SectionTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Id target = sectionId(parent);
    const PlanData &plan = m_doc->plan();
    QList<Id> ids;
    if (planMime::decode(data, planMime::sections(), m_doc->location().toString(), &ids)) {
        int insertAt = row < 0 ? int(plan.childSections.value(target).size()) : row;
        // Several as one undo step.
        std::optional<edits::Group> group;
        if (ids.size() > 1)
            group.emplace(*m_doc, tr("Move %n sections", nullptr, int(ids.size())));
        for (Id id : ids) {
            const Section s = plan.sections.value(id);
            int newRow = insertAt;
            const int oldRow = plan.sectionRow(id);
            if (s.parentId == target && oldRow < insertAt)
                --newRow;  // the row counts positions before the section left its place
            else
                ++insertAt;
            if (s.parentId != target || oldRow != newRow)
                edits::moveSection(*m_doc, id, target, newRow);
        }
        return true;
    }
    if (planMime::decode(data, planMime::tasks(), m_doc->location().toString(), &ids)) {
        std::optional<edits::Group> group;
        if (ids.size() > 1)
            group.emplace(*m_doc, tr("Move %n tasks to another section", nullptr, int(ids.size())));
        for (Id id : ids) {
            if (plan.taskSection.value(id) == target)
                continue;
            edits::moveTask(*m_doc, id, target, int(plan.sectionTasks.value(target).size()));
        }
        return true;
    }
    return false;
}

QModelIndex SectionTreeModel::indexOf(Id id) const
{
    if (id == 0 || !m_doc->plan().sections.contains(id))
        return QModelIndex();
    return createIndex(m_doc->plan().sectionRow(id), 0, quintptr(id));
}

Id SectionTreeModel::sectionId(const QModelIndex &index) const
{
    return index.isValid() ? Id(index.internalId()) : 0;
}

void SectionTreeModel::relabelChildren(Id parentId)
{
    // Labels depend on position and depth, so every section below parentId may read anew.
    const QList<Id> kids = m_doc->plan().childSections.value(parentId);
    if (kids.isEmpty())
        return;
    Q_EMIT dataChanged(indexOf(kids.first()), indexOf(kids.last()));
    for (Id k : kids)
        relabelChildren(k);
}

} // namespace ap
