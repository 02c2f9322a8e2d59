#include "viewplace.h"

#include <QAbstractItemView>
#include <QHash>
#include <QItemSelectionModel>

namespace ap {

ViewPlace ViewPlace::of(const QAbstractItemView *view, const RowKey &key)
{
    ViewPlace place;
    if (!view->model())
        return place;
    const QModelIndex current = view->currentIndex();
    if (current.isValid()) {
        place.m_current = key(current.row());
        place.m_column = current.column();
    }
    const QModelIndex top = view->indexAt(QPoint(1, 1));
    if (top.isValid())
        place.m_top = key(top.row());
    return place;
}

void ViewPlace::restore(QAbstractItemView *view, const RowKey &key) const
{
    QAbstractItemModel *model = view->model();
    if (!model || (m_current == 0 && m_top == 0))
        return;
    // Each row's task once (a row a task: tens of thousands at most, read once at a showing).
    int currentRow = -1, topRow = -1;
    for (int row = 0; row < model->rowCount() && (currentRow < 0 || topRow < 0); ++row) {
        const Id id = key(row);
        if (id != 0 && id == m_current)
            currentRow = row;
        if (id != 0 && id == m_top)
            topRow = row;
    }
    // The rows came while the view was being shown with none: its scroll range is laid out first,
    // or a scroll would stop at 0.
    view->doItemsLayout();
    // The current cell first (choosing it scrolls it into view), the row at the top last.
    if (currentRow >= 0 && view->selectionModel()) {
        const QModelIndex current = model->index(currentRow, std::min(m_column, model->columnCount() - 1));
        view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    }
    if (topRow >= 0)
        view->scrollTo(model->index(topRow, 0), QAbstractItemView::PositionAtTop);
}

} // namespace ap
