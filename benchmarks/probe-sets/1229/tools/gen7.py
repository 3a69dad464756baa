"""p1229-7: department site (Sở NN&PTNT Sơn La), no dateline; one-cell-per-line table of volumes sold to processors."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Ngô ngọt, ngô bao tử Sơn La mở rộng thị trường xuất khẩu

9 tháng năm 2024, toàn tỉnh có 1.120 ha ngô ngọt, ngô bao tử được trồng theo chuỗi liên kết với 5 doanh nghiệp chế biến, tập trung ở huyện Mai Sơn, Yên Châu và thành phố Sơn La. Sản lượng tiêu thụ qua doanh nghiệp đạt 15.210 tấn, tăng 18,5% so với cùng kỳ, trong đó hơn 40% được chế biến xuất khẩu.

Kết quả tiêu thụ ngô ngọt, ngô bao tử qua doanh nghiệp:
Đơn vị tính: tấn
Sản phẩm
Năm 2023
9 tháng năm 2024
Ước cả năm 2024
Ngô ngọt bắp tươi
14.350
11.820
16.500
Ngô bao tử
2.640
2.190
3.100
Ngô ngọt hạt đông lạnh
1.480
1.200
1.750
Tổng cộng
18.470
15.210
21.350

Tại huyện Mai Sơn, HTX Nông nghiệp Chiềng Sung hiện có 46 thành viên, trồng 85 ha ngô ngọt theo tiêu chuẩn VietGAP. Mỗi năm HTX sản xuất hai vụ, năng suất bình quân 15 tấn/ha, thu nhập của thành viên đạt khoảng 7 triệu đồng/người/tháng.

Năm 2025, ngành nông nghiệp phấn đấu nâng diện tích ngô ngọt, ngô bao tử liên kết lên 1.500 ha; cấp thêm ít nhất 10 mã số vùng trồng phục vụ xuất khẩu.

Bài viết liên quan:
- Hội nghị kết nối tiêu thụ nông sản lần thứ 5
- Tập huấn quy trình trồng ngô ngọt giống Sugar 75

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH SƠN LA
Địa chỉ: Tầng 4, Tòa nhà số 2, Trung tâm Hành chính tỉnh, phường Chiềng Lề, TP Sơn La
Điện thoại: 0212.3852.746
Tổng lượt truy cập: 2.364.018 | Đang trực tuyến: 41
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
E24 = P("Ước cả năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
MS = "Mai Sơn"
COLP = {"Năm 2023": Y23, "9 tháng năm 2024": N9, "Ước cả năm 2024": E24}


def cell(anchor, number, value, row, col):
    kw = {"status": "estimate"} if col.startswith("Ước") else {}
    return F(anchor, number, value, "measure", "tấn",
             subject=f"sản lượng tiêu thụ qua doanh nghiệp {row.lower()} {col.lower()}", period=COLP[col], **kw)


FIGS = [
    F("có 1.120 ha", "1.120", 1120, "measure", "ha",
      subject="diện tích ngô ngọt, ngô bao tử được trồng theo chuỗi liên kết", period=N9),
    F("với 5 doanh nghiệp", "5", 5, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến liên kết trồng ngô ngọt, ngô bao tử", period=N9),
    F("đạt 15.210 tấn", "15.210", 15210, "measure", "tấn", change=C("increase", 18.5, "%", "cùng kỳ"),
      subject="sản lượng ngô ngọt, ngô bao tử tiêu thụ qua doanh nghiệp", period=I(N9)),
    F("hơn 40%", "40", 40, "percent", "%", approx="over",
      subject="tỷ lệ sản lượng tiêu thụ qua doanh nghiệp được chế biến xuất khẩu", period=I(N9)),
    cell("bắp tươi\n14.350", "14.350", 14350, "Ngô ngọt bắp tươi", "Năm 2023"),
    cell("14.350\n11.820", "11.820", 11820, "Ngô ngọt bắp tươi", "9 tháng năm 2024"),
    cell("11.820\n16.500", "16.500", 16500, "Ngô ngọt bắp tươi", "Ước cả năm 2024"),
    cell("Ngô bao tử\n2.640", "2.640", 2640, "Ngô bao tử", "Năm 2023"),
    cell("2.640\n2.190", "2.190", 2190, "Ngô bao tử", "9 tháng năm 2024"),
    cell("2.190\n3.100", "3.100", 3100, "Ngô bao tử", "Ước cả năm 2024"),
    cell("đông lạnh\n1.480", "1.480", 1480, "Ngô ngọt hạt đông lạnh", "Năm 2023"),
    cell("1.480\n1.200", "1.200", 1200, "Ngô ngọt hạt đông lạnh", "9 tháng năm 2024"),
    cell("1.200\n1.750", "1.750", 1750, "Ngô ngọt hạt đông lạnh", "Ước cả năm 2024"),
    cell("Tổng cộng\n18.470", "18.470", 18470, "Tổng cộng", "Năm 2023"),
    cell("18.470\n15.210", "15.210", 15210, "Tổng cộng", "9 tháng năm 2024"),
    cell("15.210\n21.350", "21.350", 21350, "Tổng cộng", "Ước cả năm 2024"),
    F("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên HTX Nông nghiệp Chiềng Sung",
      location=MS),
    F("trồng 85 ha", "85", 85, "measure", "ha", subject="diện tích ngô ngọt VietGAP của HTX Chiềng Sung",
      location=MS),
    F("sản xuất hai vụ", "hai", 2, "measure", "vụ/năm", subject="số vụ ngô ngọt HTX sản xuất mỗi năm",
      location=MS),
    F("bình quân 15 tấn/ha", "15", 15, "measure", "tấn/ha", subject="năng suất ngô ngọt bình quân của HTX",
      location=MS),
    F("khoảng 7 triệu", "7", 7000000, "money", "đồng/người/tháng", approx="about",
      subject="thu nhập của thành viên HTX", location=MS),
    F("lên 1.500 ha", "1.500", 1500, "measure", "ha", status="target",
      subject="diện tích ngô ngọt, ngô bao tử liên kết", period=Y25),
    F("ít nhất 10 mã số", "10", 10, "count", "mã số vùng trồng", approx="at_least", status="target",
      subject="mã số vùng trồng phục vụ xuất khẩu cấp thêm", period=Y25),
]

NOTES = [
    "Department site (Sở NN&PTNT Sơn La): no dateline, menu, related links, footer address, phone, 'Tổng lượt truy cập', 'Đang trực tuyến'. published absent.",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; rows are products, columns give periods: 'Năm 2023', '9 tháng năm 2024', 'Ước cả năm 2024' (-> estimate).",
    "Cell subject = caption indicator + row label + column label (FIGURES.md: row label and column label). Table cells get no totals.",
    "'trong đó hơn 40% được chế biến xuất khẩu' is a percent figure of its own. HTX Chiềng Sung 'Tại huyện Mai Sơn': location Mai Sơn; 'hiện' -> no period.",
    "'hai vụ' (number word) per year -> measure vụ/năm. Distractors: 'lần thứ 5', 'Sugar 75', 'Tòa nhà số 2', phone, counters 2.364.018 and 41.",
]

if __name__ == "__main__":
    write("p1229-7", TEXT, NOTES, FIGS, location="Sơn La")
