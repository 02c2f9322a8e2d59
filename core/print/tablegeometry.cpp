#include "tablegeometry.h"

#include "printtext.h"

#include <cmath>

namespace ap::printlayout::table {

QList<int> columnWidths(const PrintedTable &t)
{
    double sum = 0;
    for (const PrintedTable::Column &c : t.columns)
        sum += c.weight;
    QList<double> widths, least;
    for (const PrintedTable::Column &c : t.columns) {
        widths << kWidth * c.weight / (sum > 0 ? sum : 1);
        least << gridCells(c.header) * 240 + 2 * kCellPad + 28;   // 12 pt a character, and half a millimetre
    }
    widenToLeast(widths, least);
    QList<int> out;
    int used = 0;
    for (int i = 0; i < widths.size(); ++i) {
        out << (i + 1 == widths.size() ? kWidth - used : int(std::lround(widths.at(i))));
        used += out.last();
    }
    return out;
}

} // namespace ap::printlayout::table
