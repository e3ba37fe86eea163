import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The launchpad: token sales, newest first, each with its price, phase and
// countdown, how much of its target is committed and the user's own
// commitment; a row opens the sale.
Flickable {
    id: view
    objectName: "launchpadView"
    property LaunchpadSalesModel sales
    property WalletBalancesModel balances
    signal stakeRequested()

    contentHeight: column.implicitHeight + 24
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}

    SaleDialog {
        id: saleDialog
        objectName: "saleDialog"
        balances: view.balances
        onStakeRequested: { close(); view.stakeRequested() }
    }

    ColumnLayout {
        id: column
        x: 32
        width: view.width - 64
        spacing: 14

        Card {
            objectName: "launchpadSalesCard"
            Layout.fillWidth: true
            title: qsTr("Token sales")
            subtitle: qsTr("Commit during a sale's window. At the end everyone gets tokens in proportion to what they committed; what is not spent comes back.")

            Repeater {
                model: view.sales
                delegate: LaunchpadSaleRow {
                    Layout.fillWidth: true
                    now: view.sales ? view.sales.now : 0
                    onOpenRequested: saleId => saleDialog.show(saleId)
                }
            }
            EmptyState {
                visible: !!view.sales && view.sales.count === 0 && !view.sales.busy
                Layout.alignment: Qt.AlignHCenter
                iconName: "earn"
                text: qsTr("No token sales yet. New ones appear here as they are listed.")
            }
        }
    }
}
