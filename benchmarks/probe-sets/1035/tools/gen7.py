"""p1035-7: department site (Cục Thuế tỉnh Cà Mau), no dateline, one-cell-per-line table; seafood exporters' VAT refunds."""
from lib import F, P, I, CH, T, write

TEXT = """CỤC THUẾ TỈNH CÀ MAU
Trang chủ > Tin tức > Hoạt động ngành
Hoàn thuế GTGT cho doanh nghiệp thủy sản: nhanh, đúng quy định

Năm 2024, Cục Thuế tỉnh Cà Mau đã giải quyết hoàn thuế giá trị gia tăng cho 46 doanh nghiệp chế biến, xuất khẩu thủy sản với số tiền 2.684,3 tỷ đồng, tăng 20% so với năm 2023, chiếm 93,8% tổng số tiền hoàn thuế GTGT toàn tỉnh.

Các doanh nghiệp được hoàn nhiều nhất tập trung tại TP Cà Mau (1.342 tỷ đồng), huyện Năm Căn (618 tỷ đồng) và huyện Đầm Dơi (405 tỷ đồng). Số tiền hoàn bình quân khoảng 12,5 tỷ đồng/hồ sơ.

Kết quả hoàn thuế GTGT đối với doanh nghiệp thủy sản
Chỉ tiêu
Năm 2023
Năm 2024
Kế hoạch 2025
Số doanh nghiệp được hoàn (doanh nghiệp)
41
46
50
Số hồ sơ được hoàn (hồ sơ)
187
214
230
Số tiền hoàn (tỷ đồng)
2.236,5
2.684,3
2.900

Trong quý I/2025, Cục Thuế đã tiếp nhận 52 hồ sơ của 19 doanh nghiệp thủy sản, hoàn 611 tỷ đồng, đạt 21,1% kế hoạch năm. Thời gian giải quyết hồ sơ hoàn trước, kiểm tra sau bình quân 3 ngày làm việc, hồ sơ kiểm tra trước, hoàn sau từ 25 đến 30 ngày.

Cục Thuế khuyến nghị doanh nghiệp kiểm tra kỹ hóa đơn đầu vào, nhất là khi mua tôm nguyên liệu qua thương lái, để tránh bị chuyển sang diện kiểm tra trước, hoàn sau.

CỤC THUẾ TỈNH CÀ MAU
Địa chỉ: Số 179 Lý Văn Lâm, phường 1, TP Cà Mau, tỉnh Cà Mau
Điện thoại: 0290.3831.262 - Fax: 0290.3831.263
Lượt truy cập: 1.204.387
"""

B = 1e9
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
K25 = P("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
SUBJ = "số tiền hoàn thuế GTGT cho doanh nghiệp thủy sản"
DN, HS, ST = "số doanh nghiệp thủy sản được hoàn", "số hồ sơ được hoàn", "số tiền hoàn thuế GTGT"
FIGS = [
    F("cho 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
      subject="doanh nghiệp chế biến, xuất khẩu thủy sản được hoàn thuế GTGT", period=Y24),
    F("số tiền 2.684,3 tỷ đồng", "2.684,3", 2684.3 * B, "money", "đồng", percent=93.8,
      change=CH("increase", 20, "%", "năm 2023"), subject=SUBJ, period=Y24),
    F("TP Cà Mau (1.342 tỷ đồng)", "1.342", 1342 * B, "money", "đồng",
      subject=SUBJ, period=I(Y24), location="Cà Mau"),
    F("huyện Năm Căn (618 tỷ đồng)", "618", 618 * B, "money", "đồng",
      subject=SUBJ, period=I(Y24), location="Năm Căn"),
    F("huyện Đầm Dơi (405 tỷ đồng)", "405", 405 * B, "money", "đồng",
      subject=SUBJ, period=I(Y24), location="Đầm Dơi"),
    F("khoảng 12,5 tỷ đồng/hồ sơ", "12,5", 12.5 * B, "money", "đồng/hồ sơ", approx="about",
      subject="số tiền hoàn bình quân mỗi hồ sơ", period=I(Y24)),
    # table, one cell per line; periods from the column headers
    F("(doanh nghiệp)\n41", "41", 41, "count", "doanh nghiệp", subject=DN, period=Y23),
    F("41\n46\n50", "46", 46, "count", "doanh nghiệp", subject=DN, period=Y24),
    F("46\n50\n", "50", 50, "count", "doanh nghiệp", subject=DN, period=K25, status="target"),
    F("187", "187", 187, "count", "hồ sơ", subject=HS, period=Y23),
    F("214", "214", 214, "count", "hồ sơ", subject=HS, period=Y24),
    F("230", "230", 230, "count", "hồ sơ", subject=HS, period=K25, status="target"),
    F("2.236,5", "2.236,5", 2236.5 * B, "money", "đồng", subject=ST, period=Y23),
    F("2.236,5\n2.684,3", "2.684,3", 2684.3 * B, "money", "đồng", subject=ST, period=Y24),
    F("2.900", "2.900", 2900 * B, "money", "đồng", subject=ST, period=K25, status="target"),
    F("tiếp nhận 52 hồ sơ", "52", 52, "count", "hồ sơ",
      subject="hồ sơ hoàn thuế được tiếp nhận", period=Q1),
    F("của 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp",
      subject="doanh nghiệp thủy sản nộp hồ sơ hoàn thuế", period=Q1),
    F("hoàn 611 tỷ đồng", "611", 611 * B, "money", "đồng", percent=21.1,
      subject="số tiền hoàn thuế", period=Q1),
    F("bình quân 3 ngày làm việc", "3", 3, "measure", "ngày làm việc",
      subject="thời gian giải quyết hồ sơ hoàn trước, kiểm tra sau", period=I(Q1)),
    F("từ 25 đến 30 ngày", "25", 25, "measure", "ngày", value_max=30,
      subject="thời gian giải quyết hồ sơ kiểm tra trước, hoàn sau", period=I(Q1)),
]

COMMENTS = [
    "Cục Thuế tỉnh Cà Mau site (department): hoàn thuế GTGT cho doanh nghiệp thủy sản 2023-2025. Invented (probe 1035).",
    "No dateline, so no published. Not figures: the footer address ('Số 179', 'phường 1'), phone/fax, 'Lượt truy cập: 1.204.387';",
    "'Năm Căn' is a place name. The table is pasted one cell per line: column headers Năm 2023 / Năm 2024 / Kế hoạch 2025 give",
    "each cell its period (Kế hoạch -> status target); row labels give subject and unit ('(tỷ đồng)' multiplies). Cells repeating",
    "text figures (46, 2.684,3) are figures of their own. 'đạt 21,1% kế hoạch năm' is the percent of 611 tỷ đồng.",
]

if __name__ == "__main__":
    write(7, TEXT, FIGS, COMMENTS, published=None, location="Cà Mau")
