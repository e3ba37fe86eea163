import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import AzCoiner

// The merchant console: set up a business and have it verified, then take
// payments (invoices with QR codes and barcodes, links and a shop's static
// QR), refund, pay out, watch the dashboard, and wire a server to the API.
Item {
    id: page
    objectName: "merchantPage"
    property string tab: "overview"
    property bool settingUp: false

    MerchantConsole { id: shop; objectName: "merchantConsole" }
    MerchantInvoicesModel { id: invoiceRows; objectName: "merchantInvoices"; orgId: shop.active ? shop.orgId : "" }
    MerchantDevelopers { id: devs; objectName: "merchantDevelopers"; orgId: shop.orgId }
    Connections {
        target: shop
        function onInvoicesChanged() { if (shop.active) invoiceRows.reload() }
        function onOrgsChanged() { if (shop.orgs.length > 0) page.settingUp = false }
    }

    InvoiceDialog { id: invoiceDialog; objectName: "invoiceDialog"; merchant: shop }
    NewInvoiceDialog {
        id: newInvoiceDialog
        objectName: "newInvoiceDialog"
        merchant: shop
        onCreated: invoiceDialog.open()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            spacing: 12
            PageHeader {
                title: shop.org.name || qsTr("Merchant")
                subtitle: shop.orgs.length === 0 ? qsTr("Take payments from AZCoiner users in your shop, on your website and in your app.")
                                                     : MerchantWords.orgStatus(shop.org.status) + (shop.role ? " · " + MerchantWords.role(shop.role) : "")
            }
            AppComboBox {
                objectName: "merchantOrgPicker"
                visible: shop.orgs.length > 1
                Layout.preferredWidth: 220
                model: shop.orgs
                textRole: "name"
                valueRole: "id"
                currentIndex: { for (let i = 0; i < shop.orgs.length; ++i) if (shop.orgs[i].id === shop.orgId) return i; return 0 }
                onActivated: shop.orgId = currentValue
            }
            AppButton {
                objectName: "merchantNewInvoice"
                visible: shop.active && !page.settingUp
                kind: "primary"
                text: qsTr("New invoice")
                icon.source: "../icons/qr.svg"
                onClicked: newInvoiceDialog.start()
            }
            AppButton {
                objectName: "merchantAddBusiness"
                visible: shop.orgs.length > 0 && !page.settingUp
                kind: "ghost"
                text: qsTr("Add a business")
                onClicked: page.settingUp = true
            }
        }

        PlainLabel {
            objectName: "merchantNotice"
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            visible: text !== ""
            text: shop.errorText !== "" ? shop.errorText : shop.notice
            color: shop.errorText !== "" ? Theme.danger : Theme.success
            wrapMode: Text.WordWrap
        }

        // Not set up or not verified yet: the setup steps.
        MerchantSetup {
            visible: page.settingUp || shop.orgs.length === 0 || (!shop.active && shop.org.status !== undefined)
            Layout.fillWidth: true
            Layout.fillHeight: true
            merchant: shop
            creating: page.settingUp || shop.orgs.length === 0
        }

        // Verified: the console.
        Rectangle {
            visible: shop.active && !page.settingUp
            Layout.fillWidth: true
            Layout.leftMargin: 32
            Layout.rightMargin: 32
            implicitHeight: tabRow.implicitHeight + 8
            radius: 12
            color: Theme.surfaceAlt
            RowLayout {
                id: tabRow
                anchors.fill: parent
                anchors.margins: 4
                spacing: 4
                Repeater {
                    model: [{ key: "overview", text: qsTr("Dashboard") }, { key: "invoices", text: qsTr("Invoices") },
                            { key: "links", text: qsTr("Links and shop QR") }, { key: "developers", text: qsTr("Developers") }]
                    delegate: AppButton {
                        required property var modelData
                        objectName: "merchantTab_" + modelData.key
                        Layout.fillWidth: true
                        Layout.preferredWidth: 100
                        kind: page.tab === modelData.key ? "primary" : "ghost"
                        text: modelData.text
                        onClicked: page.tab = modelData.key
                    }
                }
            }
        }
        Loader {
            visible: shop.active && !page.settingUp
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.tab === "invoices" ? invoicesView : page.tab === "links" ? linksView
                           : page.tab === "developers" ? developersView : overviewView
        }
    }

    Component { id: overviewView; MerchantOverview { merchant: shop } }
    Component { id: invoicesView; InvoicesView { merchant: shop; invoices: invoiceRows; onOpenInvoice: id => { shop.showInvoice(id); invoiceDialog.open() } } }
    Component { id: linksView; LinksView { merchant: shop } }
    Component { id: developersView; DevelopersView { developers: devs } }
}
