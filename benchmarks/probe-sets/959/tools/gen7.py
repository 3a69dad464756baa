"""p959-7: department site (Sở LĐ-TB&XH Thái Bình), no dateline, one-cell-per-line table, results of 2023."""
from lib import F, P, I, C, T, year, build

ROWS = [
    ("Bà mẹ Việt Nam anh hùng", 14, 9),
    ("Thương binh", 11862, 11540),
    ("Bệnh binh", 4315, 4187),
    ("Thân nhân liệt sĩ", 9736, 9402),
    ("Người bị nhiễm chất độc hóa học", 6028, 5911),
]
TOT = ("Tổng cộng", sum(r[1] for r in ROWS), sum(r[2] for r in ROWS))


def vn(n):
    return f"{n:,}".replace(",", ".")


cells = "\n".join(f"{r[0]}\n{vn(r[1])}\n{vn(r[2])}" for r in ROWS + [TOT])

TEXT = """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH THÁI BÌNH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Thái Bình: Thực hiện tốt chính sách ưu đãi người có công năm 2023

Năm 2023, Sở đã tham mưu UBND tỉnh chi trả trợ cấp, phụ cấp ưu đãi cho người có công với tổng kinh phí 1.148,5 tỷ đồng, tăng 18,2% so với năm 2022 do điều chỉnh mức chuẩn theo Nghị định số 55/2023/NĐ-CP. Quỹ Đền ơn đáp nghĩa các cấp vận động được 14,3 tỷ đồng, vượt 19% kế hoạch; toàn tỉnh hỗ trợ 1.024 hộ người có công cải thiện nhà ở. Thu nhập bình quân của hộ gia đình người có công gấp 1,4 lần mức sống trung bình của dân cư. Sở cũng phối hợp cấp phát 96.318 suất quà của Chủ tịch nước dịp Tết Nguyên đán Quý Mão và ngày 27/7.

Số người có công hưởng trợ cấp hằng tháng như sau:

Đơn vị tính: người
Đối tượng
Năm 2022
Năm 2023
""" + cells + """

Năm 2024, Sở phấn đấu 100% người có công được chi trả trợ cấp đúng hạn qua tài khoản hoặc bưu điện; dự kiến đưa khoảng 3.500 người có công đi điều dưỡng.

Địa chỉ: Số 31 Lê Lợi, phường Lê Hồng Phong, TP Thái Bình
Điện thoại: 0227.3831.748 - Fax: 0227.3831.749
Tổng lượt truy cập: 1.284.509
"""

Y23 = year(2023, "Năm 2023")
Y24 = year(2024, "Năm 2024")

FIGS = [
    F("tổng kinh phí 1.148,5 tỷ đồng", "1.148,5", 1148.5e9, "money", "đồng", "kinh phí chi trả trợ cấp, phụ cấp ưu đãi cho người có công",
      Y23, change=C("increase", 18.2, "%", "năm 2022")),
    F("vận động được 14,3 tỷ đồng", "14,3", 14.3e9, "money", "đồng", "Quỹ Đền ơn đáp nghĩa các cấp vận động", I(Y23),
      change=C("increase", 19, "%", "kế hoạch")),
    F("hỗ trợ 1.024 hộ", "1.024", 1024, "count", "hộ người có công", "hộ người có công được hỗ trợ cải thiện nhà ở", I(Y23)),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "thu nhập bình quân của hộ gia đình người có công so với mức sống trung bình của dân cư",
      I(Y23)),
    F("phát 96.318 suất quà", "96.318", 96318, "count", "suất quà", "suất quà của Chủ tịch nước cấp phát", I(Y23)),
]
prev = None
for r in ROWS + [TOT]:
    subj = "Tổng cộng người có công" if r[0] == "Tổng cộng" else r[0]
    FIGS.append(F(f"{r[0]}\n{vn(r[1])}", vn(r[1]), r[1], "count", "người", subj, year(2022, "Năm 2022")))
    FIGS.append(F(f"{r[0]}\n{vn(r[1])}\n{vn(r[2])}", vn(r[2]), r[2], "count", "người", subj, year(2023, "Năm 2023")))
FIGS += [
    F("phấn đấu 100% người có công", "100", 100, "percent", "%", "người có công được chi trả trợ cấp đúng hạn", Y24, status="target"),
    F("khoảng 3.500 người", "3.500", 3500, "count", "người có công", "người có công đi điều dưỡng", Y24, approx="about",
      status="forecast"),
]

NOTES = [
    "Department site (Sở LĐ-TB&XH Thái Bình), no dateline (published absent); footer address, phone/fax and 'Tổng lượt truy cập' are furniture.",
    "'Nghị định số 55/2023/NĐ-CP' is an identifier. 'vượt 19% kế hoạch' is a gap to plan: change with baseline 'kế hoạch'.",
    "'gấp 1,4 lần mức sống trung bình' stands as its own claim: multiple. Sentences after 'Năm 2023, …' inherit 2023.",
    "One-cell-per-line table (Đơn vị tính: người): subject = row label ('Tổng cộng người có công' for the totals row), period = column header (Năm 2022 / Năm 2023, scored), no totals.",
    "'Năm 2024, Sở phấn đấu …' → target; '; dự kiến …' → forecast, same sentence and period.",
]

build("p959-7", TEXT, NOTES, FIGS, location="Thái Bình")
