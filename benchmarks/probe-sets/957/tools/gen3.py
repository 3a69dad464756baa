"""p957-3: formal report, UBND tỉnh Phú Yên, ốc hương / bào ngư / nhum 9 tháng 2023, flattened | table."""
from lib import F, P, I, C, T, write_set, main_guard

TEXT = """UBND TỈNH PHÚ YÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Phú Yên, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình nuôi ốc hương, bào ngư và nhum biển 9 tháng đầu năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Nuôi ốc hương
Tính đến 30/9/2023, toàn tỉnh có 640 ha nuôi ốc hương, đạt 91,4% kế hoạch năm; sản lượng 9 tháng ước đạt 1.320 tấn. Kết quả theo địa phương như sau:
Đơn vị tính: ha, tấn, hộ
Địa phương | Diện tích (ha) | Sản lượng ước đạt (tấn) | Số hộ nuôi
TX Sông Cầu | 318 | 655 | 412
Huyện Tuy An | 196 | 402 | 257
Huyện Đông Hòa | 84 | 176 | 98
TP Tuy Hòa | 42 | 87 | 51
Tổng cộng | 640 | 1.320 | 818

2. Nuôi bào ngư, nhum biển
Trong 9 tháng, nuôi bào ngư thử nghiệm tại vịnh Xuân Đài (TX Sông Cầu) có 1.200 lồng, sản lượng ước 2,8 tấn; nhum sọ được nuôi tại xã An Hòa Hải (huyện Tuy An) với khoảng 15 ha, sản lượng khoảng 36 tấn.
Giá ốc hương thương phẩm bình quân 9 tháng đạt 265.000 đồng/kg, giảm 8% so với cùng kỳ năm 2022; giá trị sản xuất ước đạt 349,8 tỷ đồng.

II. KHÓ KHĂN, TỒN TẠI
Trong tháng 7 và tháng 8/2023, nắng nóng kéo dài làm khoảng 45 ha ốc hương tại TX Sông Cầu bị chết rải rác, thiệt hại ước tính 6,5 tỷ đồng; 23 hộ bị thiệt hại trên 50% sản lượng.

III. NHIỆM VỤ QUÝ IV/2023
1. Phấn đấu cả năm 2023 đạt 700 ha nuôi ốc hương, sản lượng 1.800 tấn; hỗ trợ 500.000 con giống bào ngư cho các hộ nuôi tại TX Sông Cầu.
2. Các địa phương rà soát vùng nuôi theo Quyết định số 1523/QĐ-UBND ngày 20/9/2021 của UBND tỉnh.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng", "2023-01-01", "2023-09-30")
M78 = P("tháng 7 và tháng 8/2023", "2023-07-01", "2023-08-31")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")
AREA, PROD, HH = "diện tích nuôi ốc hương", "sản lượng ốc hương ước đạt", "số hộ nuôi ốc hương"


def row(label, place, a, p, h, va, vp, vh, total=False):
    loc = {} if place is None else {"location": place}
    pre = "tổng " if total else ""
    return [
        F(f"{label} | {a}", a, va, "measure", "ha", pre + AREA, I(ASOF), **loc),
        F(f"{a} | {p}", p, vp, "measure", "tấn", pre + PROD, I(M9), status="estimate", **loc),
        F(f"{p} | {h}", h, vh, "count", "hộ", pre + HH, I(ASOF), **loc),
    ]


FIGS = [
    F("có 640 ha", "640", 640, "measure", "ha", AREA, ASOF, percent=91.4),
    F("ước đạt 1.320 tấn", "1.320", 1320, "measure", "tấn", "sản lượng ốc hương", M9, status="estimate"),
    *row("TX Sông Cầu", "Sông Cầu", "318", "655", "412", 318, 655, 412),
    *row("Huyện Tuy An", "Tuy An", "196", "402", "257", 196, 402, 257),
    *row("Huyện Đông Hòa", "Đông Hòa", "84", "176", "98", 84, 176, 98),
    *row("TP Tuy Hòa", "Tuy Hòa", "42", "87", "51", 42, 87, 51),
    *row("Tổng cộng", None, "640", "1.320", "818", 640, 1320, 818, total=True),
    F("có 1.200 lồng", "1.200", 1200, "count", "lồng", "lồng nuôi bào ngư thử nghiệm", M9, location="Sông Cầu"),
    F("ước 2,8 tấn", "2,8", 2.8, "measure", "tấn", "sản lượng bào ngư", M9, status="estimate",
      location="Sông Cầu"),
    F("khoảng 15 ha", "15", 15, "measure", "ha", "diện tích nuôi nhum sọ", M9, approx="about", location="Tuy An"),
    F("khoảng 36 tấn", "36", 36, "measure", "tấn", "sản lượng nhum sọ", M9, approx="about", location="Tuy An"),
    F("đạt 265.000 đồng/kg", "265.000", 265000, "money", "đồng/kg", "giá ốc hương thương phẩm bình quân", M9,
      change=C("decrease", 8, "%", "cùng kỳ năm 2022")),
    F("ước đạt 349,8 tỷ đồng", "349,8", 349.8e9, "money", "đồng", "giá trị sản xuất ốc hương", M9,
      status="estimate"),
    F("khoảng 45 ha", "45", 45, "measure", "ha", "diện tích ốc hương bị chết rải rác", M78, approx="about",
      location="Sông Cầu"),
    F("ước tính 6,5 tỷ đồng", "6,5", 6.5e9, "money", "đồng", "thiệt hại", M78, status="estimate",
      location="Sông Cầu"),
    F("23 hộ bị thiệt hại", "23", 23, "count", "hộ", "hộ bị thiệt hại trên 50% sản lượng", M78,
      location="Sông Cầu"),
    F("trên 50% sản lượng", "50", 50, "percent", "%", "mức thiệt hại sản lượng", approx="over", optional=True,
      location="Sông Cầu"),
    F("đạt 700 ha", "700", 700, "measure", "ha", AREA, Y23, status="target"),
    F("sản lượng 1.800 tấn", "1.800", 1800, "measure", "tấn", "sản lượng ốc hương", Y23, status="target"),
    F("hỗ trợ 500.000 con giống", "500.000", 500000, "count", "con giống", "con giống bào ngư hỗ trợ hộ nuôi",
      I(P("QUÝ IV/2023", "2023-10-01", "2023-12-31")), status="target", location="Sông Cầu"),
]

NOTES = [
    "Formal report UBND tỉnh Phú Yên Số 318/BC-UBND, 12/10/2023 (the 'Phú Yên, ngày ... ' line is the dateline).",
    "Flattened | table: each numeric cell is a figure; place row labels go to location; the Tổng cộng row is a figure of",
    "its own (no totals on table cells); column 'Sản lượng ước đạt' -> estimate; table periods come from the line",
    "above the table (inherited). '9 tháng' without a year -> 2023. 'tháng 7 và tháng 8/2023' -> 1/7..31/8/2023.",
    "'đạt 91,4% kế hoạch năm' = percent of 640 ha. 'trên 50% sản lượng' is a damage threshold (optional).",
    "The Q4 task '500.000 con giống' continues 'Phấn đấu' -> target; its period is the section heading (inherited).",
    "Not figures: Số 318/BC-UBND, section numbers I.-III., 1.-2., Quyết định số 1523/QĐ-UBND ngày 20/9/2021.",
]

if __name__ == "__main__":
    main_guard(write_set("p957-3", TEXT, FIGS, NOTES, published="2023-10-12", location="Phú Yên"))
