#pragma once

#include "domain/plan.h"

#include <functional>

class QAbstractItemView;

namespace ap {

// Where a clerk was in a table whose rows are made again (the year end's tables, computed anew
// when their page comes back after edits elsewhere, which left them at the top with nothing
// chosen): the current cell and the row at the top of the view, each remembered by what its row
// shows (a task) and found again among the new rows. A row that is gone is not looked for.
class ViewPlace
{
public:
    // The task a row of the view's model shows (0: none).
    using RowKey = std::function<Id(int row)>;

    static ViewPlace of(const QAbstractItemView *view, const RowKey &key);
    // Puts view back where it was: the row that was at the top at the top again, the current
    // cell current and chosen again.
    void restore(QAbstractItemView *view, const RowKey &key) const;

private:
    Id m_current = 0;
    int m_column = 0;
    Id m_top = 0;
};

} // namespace ap
