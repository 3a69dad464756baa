"""p918-7: Chi cục Thủy sản Bình Định site (no dateline), ốc hương 2023 and plan 2024, one-cell-per-line table."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH ĐỊNH
CHI CỤC THỦY SẢN
Trang chủ | Giới thiệu | Tin tức | Văn bản

Kết quả nuôi ốc hương năm 2023 và kế hoạch năm 2024

Năm 2023, diện tích nuôi ốc hương trong ao của tỉnh Bình Định đạt 112 ha (Phù Mỹ 48 ha, Phù Cát 36 ha, Hoài Nhơn 28 ha), tăng 27 ha so với năm 2022. Sản lượng thu hoạch đạt 425 tấn, tăng 37,1% so với năm trước; giá trị sản xuất khoảng 150 tỷ đồng.

Nuôi lồng trên biển phát triển nhanh tại vùng biển Nhơn Lý, Nhơn Hải (TP Quy Nhơn) với 3.150 lồng, gấp 1,3 lần năm 2022. Lợi nhuận bình quân nuôi ao đạt 350-400 triệu đồng/ha.

Toàn tỉnh có 265 hộ nuôi ốc hương, giải quyết việc làm cho khoảng 800 lao động. Trong năm 2023, 12 ha ao nuôi bị bệnh sưng vòi, chiếm 10,7% diện tích nuôi ao, giảm 5 ha so với năm 2022.

Một số chỉ tiêu nuôi ốc hương tỉnh Bình Định
Chỉ tiêu
Năm 2022
Năm 2023
Kế hoạch 2024
Diện tích nuôi ao (ha)
85
112
130
Số lồng nuôi (lồng)
2.400
3.150
4.000
Sản lượng (tấn)
310
425
520
Giống thả nuôi (triệu con)
38
51
65

Năm 2024, Chi cục khuyến cáo người nuôi chỉ sử dụng giống đã qua kiểm dịch, kích cỡ tối thiểu 0,8 cm; thực hiện đúng lịch thời vụ theo Công văn số 1520/SNN-TS.

CHI CỤC THỦY SẢN BÌNH ĐỊNH
Địa chỉ: 386 Trần Hưng Đạo, TP Quy Nhơn, Bình Định
Điện thoại: 0256.3891.247 - Fax: 0256.3891.248
Tổng lượt truy cập: 1.284.067 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLS = (P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("Kế hoạch 2024", "2024-01-01", "2024-12-31"))

FIGS = [
    F("đạt 112 ha", "112", 112, "measure", "ha", "diện tích nuôi ốc hương trong ao", Y23,
      change=C("increase", 27, "ha", "năm 2022")),
    F("Phù Mỹ 48 ha", "48", 48, "measure", "ha", "diện tích nuôi ốc hương trong ao", Y23, total=112, location="Phù Mỹ"),
    F("Phù Cát 36 ha", "36", 36, "measure", "ha", "diện tích nuôi ốc hương trong ao", Y23, total=112, location="Phù Cát"),
    F("Hoài Nhơn 28 ha", "28", 28, "measure", "ha", "diện tích nuôi ốc hương trong ao", Y23, total=112,
      location="Hoài Nhơn"),
    F("đạt 425 tấn", "425", 425, "measure", "tấn", "sản lượng ốc hương thu hoạch", I(Y23),
      change=C("increase", 37.1, "%", "năm trước")),
    F("khoảng 150 tỷ đồng", "150", 150_000_000_000, "money", "đồng", "giá trị sản xuất", I(Y23), approx="about"),
    F("với 3.150 lồng", "3.150", 3150, "count", "lồng", "lồng nuôi ốc hương trên biển", I(Y23),
      change=C("increase", 1.3, "lần", "năm 2022"), location="Quy Nhơn"),
    F("đạt 350-400 triệu đồng/ha", "350", 350_000_000, "money", "đồng/ha", "lợi nhuận bình quân nuôi ao",
      value_max=400_000_000),
    F("có 265 hộ", "265", 265, "count", "hộ", "hộ nuôi ốc hương"),
    F("khoảng 800 lao động", "800", 800, "count", "lao động", "lao động có việc làm từ nuôi ốc hương", approx="about"),
    F("12 ha ao nuôi", "12", 12, "measure", "ha", "diện tích ao nuôi bị bệnh sưng vòi", P("Trong năm 2023", "2023-01-01", "2023-12-31"),
      percent=10.7, change=C("decrease", 5, "ha", "năm 2022")),
]


def cells(label, subject, unit, kind, mult, nums):
    out = []
    anchor_prev = label
    for num, per, i in zip(nums, COLS, range(3)):
        anchor = f"{anchor_prev}\n{num}"
        v = float(num.replace(".", "")) * mult
        extra = {"status": "target"} if i == 2 else {}
        out.append(F(anchor, num, v, kind, unit, subject, per, **extra))
        anchor_prev = num
    return out


FIGS += cells("Diện tích nuôi ao (ha)", "diện tích nuôi ao", "ha", "measure", 1, ["85", "112", "130"])
FIGS += cells("Số lồng nuôi (lồng)", "số lồng nuôi", "lồng", "count", 1, ["2.400", "3.150", "4.000"])
FIGS += cells("Sản lượng (tấn)", "sản lượng", "tấn", "measure", 1, ["310", "425", "520"])
FIGS += cells("Giống thả nuôi (triệu con)", "giống thả nuôi", "con", "count", 1_000_000, ["38", "51", "65"])
FIGS += [
    F("tối thiểu 0,8 cm", "0,8", 0.8, "measure", "cm", "kích cỡ giống", approx="at_least", optional=True),
]

NOTES = [
    "Chi cục Thủy sản Bình Định site: no dateline (no published); footer address '386 Trần Hưng Đạo', phone/fax,",
    "'Tổng lượt truy cập: 1.284.067', 'Đang trực tuyến: 37' and 'Công văn số 1520/SNN-TS' are not figures.",
    "(Phù Mỹ 48, Phù Cát 36, Hoài Nhơn 28) add up to 112 ha: total 112. 'gấp 1,3 lần năm 2022' after 3.150 lồng is read as its change",
    "(unit lần, like 'tăng 2,8 lần so với cùng kỳ'). The 3.150 sea cages lie at Nhơn Lý, Nhơn Hải (TP Quy Nhơn): location Quy Nhơn.",
    "Table pasted one cell per line: every number is a figure, subject = row label, unit (and x10^6) from the row label, period from",
    "the column header (scored), 'Kế hoạch 2024' = target. The minimum seed size is optional.",
    "265 hộ and 800 lao động have no period phrase.",
]

write("p918-7", TEXT, NOTES, FIGS, location="Bình Định")
