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

    MerchantConsole { id: merchant; objectName: "merchantConsole" }
    MerchantInvoicesModel { id: invoices; objectName: "merchantInvoices"; orgId: merchant.active ? merchant.orgId : "" }
    MerchantDevelopers { id: developers; objectName: "merchantDevelopers"; orgId: merchant.orgId }
    Connections {
        target: merchant
        function onInvoicesChanged() { if (merchant.active) invoices.reload() }
        function onOrgsChanged() { if (merchant.orgs.length > 0) page.settingUp = false }
    }

    InvoiceDialog { id: invoiceDialog; objectName: "invoiceDialog"; merchant: merchant }
    NewInvoiceDialog {
        id: newInvoiceDialog
        objectName: "newInvoiceDialog"
        merchant: merchant
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
                title: merchant.org.name || qsTr("Merchant")
                subtitle: merchant.orgs.length === 0 ? qsTr("Take payments from AZCoiner users in your shop, on your website and in your app.")
                                                     : MerchantWords.orgStatus(merchant.org.status) + (merchant.role ? " · " + MerchantWords.role(merchant.role) : "")
            }
            AppComboBox {
                objectName: "merchantOrgPicker"
                visible: merchant.orgs.length > 1
                Layout.preferredWidth: 220
                model: merchant.orgs
                textRole: "name"
                valueRole: "id"
                currentIndex: { for (let i = 0; i < merchant.orgs.length; ++i) if (merchant.orgs[i].id === merchant.orgId) return i; return 0 }
                onActivated: merchant.orgId = currentValue
            }
            AppButton {
                objectName: "merchantNewInvoice"
                visible: merchant.active && !page.settingUp
                kind: "primary"
                text: qsTr("New invoice")
                icon.source: "../icons/qr.svg"
                onClicked: newInvoiceDialog.start()
            }
            AppButton {
                objectName: "merchantAddBusiness"
                visible: merchant.orgs.length > 0 && !page.settingUp
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
            text: merchant.errorText !== "" ? merchant.errorText : merchant.notice
            color: merchant.errorText !== "" ? Theme.danger : Theme.success
            wrapMode: Text.WordWrap
        }

        // Not set up or not verified yet: the setup steps.
        MerchantSetup {
            visible: page.settingUp || merchant.orgs.length === 0 || (!merchant.active && merchant.org.status !== undefined)
            Layout.fillWidth: true
            Layout.fillHeight: true
            merchant: merchant
            creating: page.settingUp || merchant.orgs.length === 0
        }

        // Verified: the console.
        Rectangle {
            visible: merchant.active && !page.settingUp
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
                            { key: "links", text: qsTr("Links & shop QR") }, { key: "developers", text: qsTr("Developers") }]
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
            visible: merchant.active && !page.settingUp
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: page.tab === "invoices" ? invoicesView : page.tab === "links" ? linksView
                           : page.tab === "developers" ? developersView : overviewView
        }
    }

    Component { id: overviewView; MerchantOverview { merchant: merchant } }
    Component { id: invoicesView; InvoicesView { merchant: merchant; invoices: invoices; onOpenInvoice: id => { merchant.showInvoice(id); invoiceDialog.open() } } }
    Component { id: linksView; LinksView { merchant: merchant } }
    Component { id: developersView; DevelopersView { developers: developers } }
}
