#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace ap {

// A problem as the window tells it: what happened and what to do in front; what came with it for
// the curious (a server's own words, ErrorDetails) only behind "Show Details…", or in a label's tooltip.
namespace ErrorBox {

// A modal warning with title over parent.
void warn(QWidget *parent, const QString &title, const QString &message);
// The message in a label of a dialog (where it was typed), the details as its tooltip.
void showIn(QLabel *label, const QString &message);

} // namespace ErrorBox

} // namespace ap
