"""p873-3: UBND tỉnh Nam Định formal report on limiting votive-paper burning at 2025 spring festivals (flattened | table)."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 47/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 14 tháng 3 năm 2025

BÁO CÁO
Kết quả thực hiện nếp sống văn minh, hạn chế đốt vàng mã tại lễ hội Xuân Ất Tỵ năm 2025

Thực hiện Chỉ thị số 12/CT-UBND ngày 06/12/2024 của Chủ tịch UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tổ chức lễ hội
Từ ngày 01/01 đến ngày 28/02/2025, toàn tỉnh tổ chức 196 lễ hội, tăng 14 lễ hội so với cùng kỳ năm 2024; trong đó có 3 lễ hội cấp tỉnh. Tổng lượng khách ước đạt 2,35 triệu lượt, tăng 9,3%.

2. Hạn chế đốt vàng mã
Có 312/356 di tích đã đặt lò hóa vàng tập trung, đạt 87,6%. Lượng vàng mã thu gom, tiêu hủy tại các di tích như sau:
Đơn vị tính: tấn
Địa bàn | Năm 2024 | Năm 2025 | Giảm (%)
TP Nam Định | 46,2 | 38,5 | 16,7
Huyện Vụ Bản | 31,8 | 27,4 | 13,8
Huyện Ý Yên | 24,6 | 19,9 | 19,1
Huyện Hải Hậu | 18,3 | 15,2 | 16,9
Các huyện còn lại | 52,4 | 44,1 | 15,8
Tổng cộng | 173,3 | 145,1 | 16,3

Bình quân mỗi di tích thu gom 0,41 tấn vàng mã, giảm 0,12 tấn so với năm 2024. Tại Lễ Khai ấn Đền Trần, lượng vàng mã giảm khoảng 20%; 100% khách được phát tờ rơi tuyên truyền.

3. Phòng cháy, chữa cháy
Trong dịp lễ hội không xảy ra vụ cháy nào do đốt vàng mã (năm 2024 xảy ra 2 vụ). Lực lượng chức năng kiểm tra 128 cơ sở kinh doanh hàng mã, xử phạt 6 cơ sở với tổng số tiền 42 triệu đồng.

II. PHƯƠNG HƯỚNG NHIỆM VỤ
Phấn đấu năm 2026 có 100% di tích đặt lò hóa vàng, giảm ít nhất 30% lượng vàng mã so với năm 2025. Dự kiến kinh phí hỗ trợ lắp lò khoảng 3,5 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT, VX3.
"""

ND = "Nam Định"
FEST = P("Từ ngày 01/01 đến ngày 28/02/2025", "2025-01-01", "2025-02-28")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Y26 = P("năm 2026", "2026-01-01", "2026-12-31")
SUBJ = "vàng mã thu gom, tiêu hủy tại các di tích"
SUBJ_P = "tỷ lệ giảm lượng vàng mã thu gom, tiêu hủy"

ROWS = [  # label anchor prefix, location, 2024, 2025, giảm
    ("Định | ", "Nam Định", "46,2", "38,5", "16,7"),
    ("Bản | ", "Vụ Bản", "31,8", "27,4", "13,8"),
    ("Yên | ", "Ý Yên", "24,6", "19,9", "19,1"),
    ("Hậu | ", "Hải Hậu", "18,3", "15,2", "16,9"),
    ("lại | ", ND, "52,4", "44,1", "15,8"),
    ("cộng | ", ND, "173,3", "145,1", "16,3"),
]


def num(s):
    return float(s.replace(",", "."))


TABLE = []
for lab, loc, a, b, c in ROWS:
    subj_extra = " các huyện còn lại" if lab == "lại | " else (" toàn tỉnh" if lab == "cộng | " else "")
    TABLE += [
        F(f"{lab}{a} |", a, num(a), "measure", "tấn", SUBJ + subj_extra, period=Y24, location=loc),
        F(f"| {a} | {b} |", b, num(b), "measure", "tấn", SUBJ + subj_extra, period=Y25, location=loc),
        F(f"{b} | {c}\n", c, num(c), "percent", "%", SUBJ_P + subj_extra, location=loc),
    ]

FIGS = [
    F("tổ chức 196 lễ hội", "196", 196, "count", "lễ hội", "lễ hội được tổ chức",
      change=C("increase", 14, "lễ hội", "cùng kỳ năm 2024"), period=FEST),
    F("có 3 lễ hội cấp tỉnh", "3", 3, "count", "lễ hội", "lễ hội cấp tỉnh", total=196, period=FEST),
    F("ước đạt 2,35 triệu lượt", "2,35", 2.35e6, "count", "lượt", "lượng khách", status="estimate",
      change=C("increase", 9.3, "%"), period=I(FEST)),
    F("Có 312/356 di tích", "312", 312, "count", "di tích", "di tích đã đặt lò hóa vàng tập trung",
      total=356, percent=87.6),
] + TABLE + [
    F("thu gom 0,41 tấn", "0,41", 0.41, "measure", "tấn", "vàng mã thu gom bình quân mỗi di tích",
      change=C("decrease", 0.12, "tấn", "năm 2024")),
    F("giảm khoảng 20%", "20", 20, "percent", "%", "lượng vàng mã tại Lễ Khai ấn Đền Trần giảm", approx="about"),
    F("100% khách", "100", 100, "percent", "%", "khách được phát tờ rơi tuyên truyền"),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ cháy do đốt vàng mã", period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 128 cơ sở", "128", 128, "count", "cơ sở", "cơ sở kinh doanh hàng mã được kiểm tra"),
    F("xử phạt 6 cơ sở", "6", 6, "count", "cơ sở", "cơ sở bị xử phạt"),
    F("tiền 42 triệu đồng", "42", 42e6, "money", "đồng", "tổng số tiền xử phạt"),
    F("có 100% di tích", "100", 100, "percent", "%", "di tích đặt lò hóa vàng", status="target", period=Y26),
    F("ít nhất 30% lượng", "30", 30, "percent", "%", "giảm lượng vàng mã so với năm 2025",
      approx="at_least", status="target", period=Y26),
    F("khoảng 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "kinh phí hỗ trợ lắp lò hóa vàng",
      approx="about", status="forecast", period=I(Y26)),
]

NOTES = [
    "Formal report UBND tỉnh Nam Định, Số: 47/BC-UBND, 'Nam Định, ngày 14 tháng 3 năm 2025': votive paper at 2025 spring festivals.",
    "Flattened table (Đơn vị tính: tấn): period from the column header (Năm 2024 / Năm 2025), location from the row label;",
    "'Các huyện còn lại' and 'Tổng cộng' are not one district: location Nam Định (province). 'TP Nam Định' is the city (same name).",
    "The 'Giảm (%)' column gives percent figures (rates with no base amount, no change object, no period). Table cells get no totals.",
    "'tăng 9,3%' has no baseline written; period of 2,35 triệu lượt inherited from the previous sentence. 312/356 di tích: total and 'đạt 87,6%'.",
    "'0,41 tấn ... giảm 0,12 tấn so với năm 2024' is a change in tấn. 'giảm ít nhất 30% ... so với năm 2025' in the target clause: a percent figure, target.",
    "Not figures: Số 47/BC-UBND, Chỉ thị số 12/CT-UBND ngày 06/12/2024, section numbers I/II/1/2/3, 'không xảy ra vụ cháy nào', VX3.",
]

if __name__ == "__main__":
    write(3, TEXT, FIGS, NOTES, published="2025-03-14", location=ND)
