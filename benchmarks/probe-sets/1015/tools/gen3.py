"""p1015-3: UBND tỉnh Tây Ninh formal report, gold-trading management H1/2024, flattened '|' table."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH TÂY NINH
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tây Ninh, ngày 12 tháng 7 năm 2024

BÁO CÁO
Tình hình quản lý hoạt động kinh doanh vàng 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
1. Tính đến ngày 30/6/2024, toàn tỉnh có 184 cơ sở kinh doanh vàng, tăng 7 cơ sở so với cuối năm 2023; trong đó có 3 doanh nghiệp được Ngân hàng Nhà nước cấp Giấy chứng nhận đủ điều kiện kinh doanh mua, bán vàng miếng.
2. Giá vàng biến động mạnh. Giá vàng miếng SJC có thời điểm lên tới 92 triệu đồng/lượng (ngày 11/5/2024); hiện giá vàng nhẫn ở mức 74,5 triệu đồng/lượng, tăng khoảng 18% so với đầu năm.

II. KẾT QUẢ KIỂM TRA, XỬ LÝ
Trong 6 tháng đầu năm 2024, Đoàn kiểm tra liên ngành theo Quyết định số 1125/QĐ-UBND đã kiểm tra 60 cơ sở, đạt 75% kế hoạch năm, phát hiện 18 cơ sở vi phạm, xử phạt tổng số tiền 247 triệu đồng. Kết quả theo địa bàn như sau:

Đơn vị tính: cơ sở
STT | Địa bàn | Số cơ sở kinh doanh vàng | Số cơ sở được kiểm tra | Số cơ sở vi phạm
1 | Thành phố Tây Ninh | 58 | 21 | 6
2 | Thị xã Hòa Thành | 34 | 12 | 3
3 | Thị xã Trảng Bàng | 29 | 10 | 4
4 | Huyện Gò Dầu | 22 | 8 | 2
5 | Các huyện còn lại | 41 | 9 | 3
 | Tổng cộng | 184 | 60 | 18

Các vi phạm chủ yếu là không niêm yết giá (8 trường hợp), không lập hóa đơn khi bán vàng (6 trường hợp) và kinh doanh vàng trang sức không rõ nguồn gốc (4 trường hợp).

III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Phấn đấu kiểm tra ít nhất 80 cơ sở; bảo đảm 100% cơ sở có vi phạm được xử lý dứt điểm.
2. Dự kiến tổ chức 4 đợt kiểm tra liên ngành, tập trung vào hóa đơn, chứng từ và chất lượng vàng trang sức.

Nơi nhận:
- Bộ Công Thương;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)

ROWS = [  # anchor prefix, location, subject suffix, stock, inspected, violating
    ("Thành phố Tây Ninh", "Tây Ninh", "", "58", "21", "6"),
    ("Thị xã Hòa Thành", "Hòa Thành", "", "34", "12", "3"),
    ("Thị xã Trảng Bàng", "Trảng Bàng", "", "29", "10", "4"),
    ("Huyện Gò Dầu", "Gò Dầu", "", "22", "8", "2"),
    ("Các huyện còn lại", "Tây Ninh", " các huyện còn lại", "41", "9", "3"),
    ("Tổng cộng", "Tây Ninh", " tổng cộng", "184", "60", "18"),
]
TABLE = []
for label, loc, suf, a, b, c in ROWS:
    TABLE += [
        F(f"{label} | {a}", a, int(a), "count", "cơ sở", "Số cơ sở kinh doanh vàng" + suf, I(ASOF), location=loc),
        F(f"{label} | {a} | {b}", b, int(b), "count", "cơ sở", "Số cơ sở được kiểm tra" + suf, I(H1), location=loc),
        F(f"{label} | {a} | {b} | {c}", c, int(c), "count", "cơ sở", "Số cơ sở vi phạm" + suf, I(H1), location=loc),
    ]

FIG = [
    F("có 184 cơ sở", "184", 184, "count", "cơ sở", "cơ sở kinh doanh vàng", ASOF,
      change=C("increase", 7, "cơ sở", "cuối năm 2023")),
    F("có 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
      "doanh nghiệp được cấp Giấy chứng nhận đủ điều kiện kinh doanh mua, bán vàng miếng", ASOF, total=184),
    F("lên tới 92 triệu", "92", 92_000_000, "money", "đồng/lượng", "giá vàng miếng SJC",
      P("ngày 11/5/2024", "2024-05-11", "2024-05-11")),
    F("mức 74,5 triệu", "74,5", 74_500_000, "money", "đồng/lượng", "giá vàng nhẫn",
      change=C("increase", 18, "%", "đầu năm", "about")),
    F("kiểm tra 60 cơ sở", "60", 60, "count", "cơ sở", "cơ sở được kiểm tra", H1, percent=75),
    F("phát hiện 18 cơ sở", "18", 18, "count", "cơ sở", "cơ sở vi phạm", H1),
    F("số tiền 247 triệu", "247", 247_000_000, "money", "đồng", "tổng số tiền xử phạt", H1),
] + TABLE + [
    F("(8 trường hợp)", "8", 8, "count", "trường hợp", "vi phạm không niêm yết giá", I(H1)),
    F("(6 trường hợp)", "6", 6, "count", "trường hợp", "vi phạm không lập hóa đơn khi bán vàng", I(H1)),
    F("(4 trường hợp)", "4", 4, "count", "trường hợp", "vi phạm kinh doanh vàng trang sức không rõ nguồn gốc", I(H1)),
    F("ít nhất 80 cơ sở", "80", 80, "count", "cơ sở", "cơ sở kiểm tra", H2, approx="at_least", status="target"),
    F("bảo đảm 100%", "100", 100, "percent", "%", "cơ sở có vi phạm được xử lý dứt điểm", H2, status="target"),
    F("tổ chức 4 đợt", "4", 4, "count", "đợt kiểm tra", "đợt kiểm tra liên ngành", H2, status="forecast"),
]

NOTES = [
    "UBND tỉnh Tây Ninh, Báo cáo số 287/BC-UBND ngày 12/7/2024: quản lý kinh doanh vàng 6 tháng đầu năm 2024.",
    "Flattened '|' table (Đơn vị tính: cơ sở): every numeric cell is a figure; STT numbers are not. Place rows give location",
    "(Thành phố Tây Ninh -> 'Tây Ninh'); 'Các huyện còn lại' and 'Tổng cộng' are the province. Table periods come from text",
    "outside the table (inherited): the stock column is as of 30/6/2024, the other columns 6 tháng đầu năm 2024. No totals in cells.",
    "'3 doanh nghiệp' after 'trong đó' is part of the 184 cơ sở (total 184). 'đạt 75% kế hoạch năm' is the percent of 60 cơ sở.",
    "The violation list (8, 6, 4 trường hợp) follows no whole: no total. Section III figures take the heading period (inherited);",
    "'Phấn đấu', 'bảo đảm' -> target, 'Dự kiến' -> forecast. 'hiện giá vàng nhẫn' has no period.",
    "Not figures: Số: 287/BC-UBND, Quyết định số 1125/QĐ-UBND, section numbers I.-III., 1.-2., STT 1-5, dates 11/5/2024, 30/6/2024.",
]

write_set("p1015-3", TEXT, FIG, NOTES, published="2024-07-12", location="Tây Ninh")
