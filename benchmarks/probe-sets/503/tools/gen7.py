"""p503-7: department site (Sở TT&TT Tuyên Quang), no dateline, one-cell-per-line table of commune-level online dossiers."""
from lib import F, P, I, CH, TG, emit

TEXT = """SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH TUYÊN QUANG
Tin tức - Sự kiện › Dịch vụ công

Dịch vụ công trực tuyến cấp xã quý I/2025: Sơn Dương dẫn đầu

Quý I/2025, UBND các xã, phường, thị trấn trên địa bàn tỉnh tiếp nhận 41.862 hồ sơ trực tuyến, tăng 27,3% so với quý I/2024. Bốn huyện có số hồ sơ trực tuyến cấp xã lớn nhất như sau:

Bảng: Hồ sơ trực tuyến cấp xã theo huyện
Đơn vị tính: hồ sơ

Huyện
Quý I/2024
Quý I/2025
Tỷ lệ trực tuyến quý I/2025 (%)
Sơn Dương
7.214
9.605
81,2
Yên Sơn
6.530
8.247
78,9
Hàm Yên
4.118
5.362
74,5
Chiêm Hóa
3.906
5.018
70,3

Riêng huyện Sơn Dương chiếm 22,9% tổng số hồ sơ trực tuyến cấp xã toàn tỉnh. Các xã vùng cao của huyện Lâm Bình còn thấp, tỷ lệ trực tuyến dưới 50%.

Tính đến ngày 31/3/2025, toàn tỉnh duy trì 1.742 tổ công nghệ số cộng đồng với 8.630 thành viên; 138/138 xã, phường, thị trấn đã thu phí, lệ phí qua mã QR. Số tiền thu phí, lệ phí qua mã QR trong quý đạt 846 triệu đồng, tăng 52,6% so với cùng kỳ. Các tổ công nghệ số cộng đồng đã hỗ trợ 18.450 lượt người dân cài đặt, kích hoạt ứng dụng VNeID. Quý II/2025, Sở phấn đấu 85% hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến.

Địa chỉ: Số 8 đường 17/8, phường Minh Xuân, TP Tuyên Quang. Điện thoại: 0207.3822.356
Tổng số lượt truy cập: 2.104.773
"""

Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1_24 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1_25 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Q1r = P("Tỷ lệ trực tuyến quý I/2025", "2025-01-01", "2025-03-31")
ASOF = P("Tính đến ngày 31/3/2025", end="2025-03-31")
INQ = P("trong quý", "2025-01-01", "2025-03-31")
Q2 = P("Quý II/2025", "2025-04-01", "2025-06-30")

ROWS = [
    ("Sơn Dương", "7.214", "9.605", "81,2"),
    ("Yên Sơn", "6.530", "8.247", "78,9"),
    ("Hàm Yên", "4.118", "5.362", "74,5"),
    ("Chiêm Hóa", "3.906", "5.018", "70,3"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for district, a, b, r in ROWS:
    TABLE += [
        F(f"{district}\n{a}", a, num(a), "count", "hồ sơ", "Hồ sơ trực tuyến cấp xã quý I/2024", Q1_24, location=district),
        F(f"{a}\n{b}", b, num(b), "count", "hồ sơ", "Hồ sơ trực tuyến cấp xã quý I/2025", Q1_25, location=district),
        F(f"{b}\n{r}", r, num(r), "percent", "%", "Tỷ lệ trực tuyến cấp xã quý I/2025", Q1r, location=district),
    ]

FIGS = [
    F("tiếp nhận 41.862 hồ sơ", "41.862", 41862, "count", "hồ sơ", "hồ sơ trực tuyến UBND các xã, phường, thị trấn tiếp nhận",
      Q1, change=CH("increase", 27.3, "%", "quý I/2024")),
    F("Bốn huyện", "Bốn", 4, "count", "huyện", "huyện có số hồ sơ trực tuyến cấp xã lớn nhất", optional=True),
] + TABLE + [
    F("chiếm 22,9%", "22,9", 22.9, "percent", "%", "hồ sơ trực tuyến cấp xã trong tổng số toàn tỉnh", I(Q1),
      location="Sơn Dương"),
    F("dưới 50%", "50", 50, "percent", "%", "tỷ lệ trực tuyến các xã vùng cao", approx="under", location="Lâm Bình"),
    F("duy trì 1.742 tổ", "1.742", 1742, "count", "tổ", "tổ công nghệ số cộng đồng", ASOF),
    F("với 8.630 thành viên", "8.630", 8630, "count", "thành viên", "thành viên tổ công nghệ số cộng đồng", ASOF),
    F("138/138 xã", "138", 138, "count", "xã, phường, thị trấn", "xã, phường, thị trấn thu phí, lệ phí qua mã QR",
      ASOF, total=138),
    F("đạt 846 triệu đồng", "846", 846000000, "money", "đồng", "số tiền thu phí, lệ phí qua mã QR", INQ,
      change=CH("increase", 52.6, "%", "cùng kỳ")),
    F("hỗ trợ 18.450 lượt", "18.450", 18450, "count", "lượt người dân",
      "lượt người dân được hỗ trợ cài đặt, kích hoạt ứng dụng VNeID"),
    F("phấn đấu 85%", "85", 85, "percent", "%", "hồ sơ thủ tục hành chính cấp xã được nộp trực tuyến", Q2,
      status="target"),
]

COMMENTS = [
    "Department site (Sở TT&TT Tuyên Quang, invented), no dateline (published null); visit counter and address in the footer.",
    "Table one cell per line: Huyện | Quý I/2024 | Quý I/2025 | Tỷ lệ trực tuyến quý I/2025 (%), with 'Đơn vị tính: hồ sơ'.",
    "Periods from the column headers (scored, as in shared h23); districts are locations; subject = indicator + column.",
    "'Bốn huyện' only counts the table rows: optional. 'Riêng huyện Sơn Dương chiếm 22,9%' is a percent of its own (no base number).",
    "'trong quý' (quarterly report) is quý I/2025, like 'trong tháng' in a monthly report; 'Tính đến ngày 31/3/2025' is as-of.",
    "Distractors: 'Số 8 đường 17/8', 0207.3822.356, 'Tổng số lượt truy cập: 2.104.773', 'quý I/2025' in the headline.",
]

if __name__ == "__main__":
    emit("p503-7", TEXT, COMMENTS, FIGS, published=None, location="Tuyên Quang")
