from lib import *

TEXT = """UBND TỈNH ĐIỆN BIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND
Điện Biên, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả thực hiện Dự án xây dựng cầu dân sinh 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Tiến độ xây dựng
Thực hiện Quyết định số 1026/QĐ-UBND ngày 20/5/2022 của UBND tỉnh, theo kế hoạch năm 2024, tỉnh Điện Biên xây dựng 24 cầu dân sinh tại 4 huyện. Tính đến ngày 30/9/2024, đã khởi công 24/24 cầu, hoàn thành 18 cầu, đạt 75% kế hoạch năm; còn 6 cầu đang thi công. Khối lượng thực hiện của các cầu đang thi công đạt từ 55 đến 80%.

2. Giải ngân vốn
Giá trị giải ngân 9 tháng đạt 53,465 tỷ đồng/71,2 tỷ đồng kế hoạch vốn năm 2024, bằng 75,1%. Các cầu hoàn thành đã phục vụ đi lại cho khoảng 3.150 hộ với trên 14.600 nhân khẩu, chủ yếu là đồng bào dân tộc thiểu số.

Bảng 1. Kết quả thực hiện theo huyện
TT | Huyện | Kế hoạch năm 2024 (cầu) | Hoàn thành 9 tháng (cầu) | Giải ngân 9 tháng (triệu đồng)
1 | Mường Nhé | 8 | 6 | 18.450
2 | Nậm Pồ | 7 | 5 | 15.320
3 | Tủa Chùa | 5 | 5 | 12.780
4 | Điện Biên Đông | 4 | 2 | 6.915
Cộng | | 24 | 18 | 53.465

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu hoàn thành 6 cầu còn lại trước ngày 31/12/2024, giải ngân 100% kế hoạch vốn được giao; đồng thời rà soát, đề xuất danh mục khoảng 30 cầu dân sinh cho giai đoạn 2026-2030.

Nơi nhận:
- Bộ Giao thông vận tải;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
M9 = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("QUÝ IV/2024", "2024-10-01", "2024-12-31", inh=True)


def row(dist, a_kh, kh, a_ht, ht, a_gn, gn, loc):
    return [
        F(a_kh, str(kh), kh, "count", "cầu", "cầu dân sinh kế hoạch năm 2024", KH, status="target", location=loc),
        F(a_ht, str(ht), ht, "count", "cầu", "cầu dân sinh hoàn thành 9 tháng", M9, location=loc),
        F(a_gn, a_gn, parse_num(a_gn) * 1e6, "money", "đồng", "giải ngân 9 tháng", M9, location=loc),
    ]


FIGS = [
    F("xây dựng 24 cầu dân sinh", "24", 24, "count", "cầu dân sinh", "cầu dân sinh xây dựng", Y, status="target"),
    F("tại 4 huyện", "4", 4, "count", "huyện", "huyện có cầu dân sinh xây dựng", Y, status="target"),
    F("khởi công 24/24 cầu", "24", 24, "count", "cầu", "cầu đã khởi công", ASOF, total=24),
    F("hoàn thành 18 cầu", "18", 18, "count", "cầu", "cầu hoàn thành", ASOF, percent=75),
    F("còn 6 cầu đang", "6", 6, "count", "cầu", "cầu đang thi công", ASOF),
    F("từ 55 đến 80%", "55", 55, "percent", "%", "khối lượng thực hiện của các cầu đang thi công", I(ASOF), value_max=80),
    F("đạt 53,465 tỷ đồng", "53,465", 53.465e9, "money", "đồng", "giá trị giải ngân", M9, percent=75.1, target=T(71.2e9, "đồng")),
    F("khoảng 3.150 hộ", "3.150", 3150, "count", "hộ", "hộ được các cầu hoàn thành phục vụ đi lại", approx="about"),
    F("trên 14.600 nhân khẩu", "14.600", 14600, "count", "nhân khẩu", "nhân khẩu được các cầu hoàn thành phục vụ đi lại", approx="over"),
]
FIGS += row("Mường Nhé", "Mường Nhé | 8", 8, "Nhé | 8 | 6", 6, "18.450", 18450, "Mường Nhé")
FIGS += row("Nậm Pồ", "Nậm Pồ | 7", 7, "Pồ | 7 | 5", 5, "15.320", 15320, "Nậm Pồ")
FIGS += row("Tủa Chùa", "Tủa Chùa | 5", 5, "5 | 12.780", 5, "12.780", 12780, "Tủa Chùa")
FIGS += row("Điện Biên Đông", "Điện Biên Đông | 4", 4, "Đông | 4 | 2", 2, "6.915", 6915, "Điện Biên Đông")
tot = row("Cộng", "Cộng | | 24", 24, "| 24 | 18 |", 18, "53.465", 53465, "Điện Biên")
tot[0]["subject"] = "tổng cộng cầu dân sinh kế hoạch năm 2024"
tot[1]["subject"] = "tổng cộng cầu dân sinh hoàn thành 9 tháng"
tot[2]["subject"] = "tổng cộng giải ngân 9 tháng"
FIGS += tot
FIGS += [
    F("hoàn thành 6 cầu còn lại", "6", 6, "count", "cầu", "cầu còn lại hoàn thành", Q4, status="target"),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn được giao", Q4, status="target"),
    F("khoảng 30 cầu", "30", 30, "count", "cầu dân sinh", "cầu dân sinh trong danh mục đề xuất",
      P("giai đoạn 2026-2030", "2026-01-01", "2030-12-31"), approx="about", status="target"),
]

emit("p638-3", TEXT, [
    "UBND tỉnh Điện Biên, formal report Số 318/BC-UBND (letterhead, place-and-date line 08/10/2024): cầu dân sinh 9 tháng năm 2024,",
    "with a flattened '|' table by district (Kế hoạch năm 2024 | Hoàn thành 9 tháng | Giải ngân 9 tháng (triệu đồng)).",
    "Table: plan column -> target; periods from the column headers (scored as in shared h23); district rows -> location; 'Cộng' row -> province.",
    "'53,465 tỷ đồng/71,2 tỷ đồng kế hoạch vốn' -> target 71,2 tỷ (result against plan), 'bằng 75,1%' its percent. '24/24 cầu' -> total 24.",
    "'từ 55 đến 80%' is the progress of the bridges under construction (a range; its own percent figure, not a share of '6 cầu').",
    "Not figures: Số 318/BC-UBND, QĐ 1026/QĐ-UBND, row numbers 1-4, section numbers I./II./1./2., 'Bảng 1', dates, 'trước ngày 31/12/2024'.",
    "revised: subjects of '24 cầu' and '4 huyện' lost 'theo kế hoạch' (a status cue, not part of the indicator).",
], FIGS, published="2024-10-08", location="Điện Biên")
