#pragma once

#include <QList>

// Where the pages of a run of paragraphs on the 22-line grid begin, by the rules a word processor
// keeps (LibreOffice and Word with keep-with-next, keep-lines-together and widow/orphan control
// of two lines, as the Word file asks): the painter breaks its pages here and the Word file's
// layout breaks at the same lines. GB/T 9704 sets 22 lines a page "一般"; a page that ends a
// line or two short to keep a heading with its text, or two lines of a paragraph together, is
// the adjustment 7.3.5.5 allows. Private to core/print.
namespace ap::printlayout {

struct FlowItem
{
    int lines = 1;
    // On one page with the next item's first lines, and whole: a word processor moves a
    // paragraph that keeps with the next over the page entire (LibreOffice does; it is what the
    // signature's text wants).
    bool keepWithNext = false;
    bool keepTogether = false;
};

// The least lines of a paragraph at the foot of a page (orphans) and at its head (widows).
inline constexpr int kOrphanLines = 2;
inline constexpr int kWidowLines = 2;

// The index, over all items' lines in order, of the first line of every page after the first;
// the first page has firstPageLines lines free, every other linesPerPage (none free: the list
// begins with 0, a page before the first line). A page that no allowed break fits breaks where
// it is full.
QList<int> paginate(const QList<FlowItem> &items, int firstPageLines, int linesPerPage = 22);

} // namespace ap::printlayout
