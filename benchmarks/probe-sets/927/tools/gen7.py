"""p927-7: Thái Nguyên land registration office page, no dateline, one-cell-per-line table, footer."""
from lib import F, P, I, C, T, write

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH THÁI NGUYÊN
VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI
Giới thiệu | Thủ tục hành chính | Tin tức | Liên hệ

Kết quả đăng ký đất đai, cấp giấy chứng nhận năm 2023

Năm 2023, Văn phòng Đăng ký đất đai tỉnh và 9 chi nhánh đã tiếp nhận 86.412 hồ sơ đăng ký đất đai, tài sản gắn liền với đất, tăng 6,7% so với năm 2022; đã giải quyết 84.955 hồ sơ, đạt 98,3%. Số giấy chứng nhận được ký, trao cho người sử dụng đất là 41.268 giấy, trong đó cấp lần đầu 4.105 giấy.

Kết quả giải quyết hồ sơ qua các năm:
Đơn vị tính: hồ sơ
Loại hồ sơ
Năm 2022
Năm 2023
Kế hoạch 2024
Cấp giấy chứng nhận lần đầu
3.870
4.105
4.500
Đăng ký biến động
72.316
76.640
80.000
Cấp đổi, cấp lại giấy chứng nhận
4.012
4.210
4.500
Tổng cộng
80.198
84.955
89.000

Năm 2024, đơn vị phấn đấu giảm thời gian giải quyết hồ sơ đăng ký biến động xuống không quá 8 ngày; 100% hồ sơ được số hóa khi tiếp nhận. Toàn tỉnh hiện còn 2.936 thửa đất đủ điều kiện nhưng chưa được cấp giấy chứng nhận lần đầu, tập trung ở thành phố Phổ Yên và huyện Đại Từ.

Văn phòng Đăng ký đất đai tỉnh Thái Nguyên
Địa chỉ: Số 425 đường Phan Đình Phùng, phường Phan Đình Phùng, TP Thái Nguyên
Điện thoại: 0208.3855.712 - Fax: 0208.3856.217
Tổng lượt truy cập: 1.284.609 | Đang online: 37
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch 2024", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("và 9 chi nhánh", "9", 9, "count", "chi nhánh", "chi nhánh Văn phòng Đăng ký đất đai", optional=True),
    F("tiếp nhận 86.412 hồ sơ", "86.412", 86412, "count", "hồ sơ",
      "hồ sơ đăng ký đất đai, tài sản gắn liền với đất tiếp nhận", Y23,
      change=C("increase", 6.7, baseline="năm 2022")),
    F("giải quyết 84.955 hồ sơ", "84.955", 84955, "count", "hồ sơ", "hồ sơ đăng ký đất đai đã giải quyết", Y23,
      percent=98.3),
    F("là 41.268 giấy", "41.268", 41268, "count", "giấy chứng nhận",
      "giấy chứng nhận được ký, trao cho người sử dụng đất", I(Y23)),
    F("lần đầu 4.105 giấy", "4.105", 4105, "count", "giấy", "giấy chứng nhận cấp lần đầu", I(Y23), total=41268),
]
rows = [("Cấp giấy chứng nhận lần đầu", "3.870", "4.105", "4.500", "hồ sơ cấp giấy chứng nhận lần đầu"),
        ("Đăng ký biến động", "72.316", "76.640", "80.000", "hồ sơ đăng ký biến động"),
        ("Cấp đổi, cấp lại giấy chứng nhận", "4.012", "4.210", "4.500", "hồ sơ cấp đổi, cấp lại giấy chứng nhận"),
        ("Tổng cộng", "80.198", "84.955", "89.000", "hồ sơ giải quyết, tổng cộng")]
num = lambda s: float(s.replace(".", ""))
for label, a, b, c, subj in rows:
    FIGS += [
        F(f"{label}\n{a}", a, num(a), "count", "hồ sơ", subj, Y22),
        F(f"{a}\n{b}", b, num(b), "count", "hồ sơ", subj, Y23),
        F(f"{b}\n{c}", c, num(c), "count", "hồ sơ", subj + " kế hoạch", K24, status="target"),
    ]
FIGS += [
    F("không quá 8 ngày", "8", 8, "measure", "ngày", "thời gian giải quyết hồ sơ đăng ký biến động", Y24,
      approx="at_most", status="target"),
    F("100% hồ sơ", "100", 100, "percent", "%", "hồ sơ được số hóa khi tiếp nhận", Y24, status="target"),
    F("còn 2.936 thửa", "2.936", 2936, "count", "thửa đất",
      "thửa đất đủ điều kiện nhưng chưa được cấp giấy chứng nhận lần đầu"),
]

NOTES = [
    "Thái Nguyên land registration office page: no dateline (published absent), one-cell-per-line table of dossiers by year.",
    "Distractors: menu line, address 'Số 425 đường Phan Đình Phùng', phone/fax 0208.3855.712 / 0208.3856.217,",
    "'Tổng lượt truy cập: 1.284.609', 'Đang online: 37'.",
    "Table: unit 'hồ sơ' from 'Đơn vị tính'; periods from column headers; 'Kế hoạch 2024' column -> target; no totals for cells.",
    "84.955 'đạt 98,3%' -> percent only (no part-of cue). '9 chi nhánh' optional (organisation).",
    "'Năm 2024, đơn vị phấn đấu ...; 100% hồ sơ ...' -> both target for 2024; 'hiện còn 2.936 thửa' has no period.",
]

write("p927-7", TEXT, FIGS, NOTES, published=None, location="Thái Nguyên")
