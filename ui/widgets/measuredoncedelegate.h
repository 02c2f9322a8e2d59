#pragma once

#include <QHash>
#include <QStyledItemDelegate>

// A list's delegate that measures each different cell once while its columns are fitted to their
// words: the dashboard's lists repeat a few departments, states and figures down a column, and
// measuring each cell anew (Qt lays out and shapes its text every time) was a tenth of the
// dashboard's first showing at 10,000 tasks. Paints as QStyledItemDelegate does. The sizes are
// kept from beginFitting() until endFitting(): fonts or style may change between two fits. For
// lists whose cells differ only by their words and whether a colour mark stands before them (no
// font, check box or size hint of a cell's own), as the status lists' do.
namespace ap {

class MeasuredOnceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    void beginFitting();
    void endFitting();

private:
    struct Key
    {
        int column;
        bool decorated;
        QString text;
        bool operator==(const Key &other) const
        {
            return column == other.column && decorated == other.decorated && text == other.text;
        }
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.column, key.decorated, key.text); }

    bool m_fitting = false;
    mutable QHash<Key, QSize> m_sizes;
};

} // namespace ap
