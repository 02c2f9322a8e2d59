#include "pagination.h"

#include <vector>

namespace ap::printlayout {

QList<int> paginate(const QList<FlowItem> &items, int firstPageLines, int linesPerPage)
{
    // allowed[g]: a page may begin at line g (0 < g < total).
    std::vector<bool> allowed;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const FlowItem &item = items.at(i);
        for (int k = 0; k < item.lines; ++k) {
            if (k == 0)
                allowed.push_back(i > 0 && !items.at(i - 1).keepWithNext);
            else
                allowed.push_back(!item.keepTogether && !item.keepWithNext && k >= kOrphanLines
                                  && item.lines - k >= kWidowLines);
        }
    }
    const int total = int(allowed.size());
    QList<int> starts;
    int start = 0;
    int room = firstPageLines;
    if (room <= 0 && total > 0) {   // the first page is full: the lines begin on the next
        starts << 0;
        room = linesPerPage;
    }
    // A first page that already holds something (a notice's 版头) may hand all the lines on.
    const bool firstPageUsed = firstPageLines < linesPerPage;
    auto may = [&](int line) { return line == 0 ? firstPageUsed : bool(allowed.at(line)); };
    while (start + room < total) {
        const int full = start + room;   // the first line that does not fit
        const int lowest = starts.isEmpty() ? 0 : start + 1;
        int at = full;
        while (at >= lowest && !may(at))
            --at;
        if (at < lowest)
            at = full;   // nothing keeps: break where the page is full
        starts << at;
        start = at;
        room = linesPerPage;
    }
    return starts;
}

} // namespace ap::printlayout
