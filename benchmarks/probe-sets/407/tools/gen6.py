from lib import F, P, build

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH HÀ GIANG

Thiệt hại do dông lốc, mưa đá 9 tháng năm 2024 tăng cao
Đăng lúc: 08:47 ngày 03/10/2024 | Số lượt xem: 846

Theo Chi cục Thủy lợi tỉnh, 9 tháng năm 2024, dông lốc, mưa đá và sét xảy ra 19 đợt trên địa bàn 11/11 huyện, thành phố; số nhà bị thiệt hại và giá trị thiệt hại đều tăng mạnh so với cùng kỳ năm 2023. Số liệu tổng hợp như sau:

Bảng 2. Thiệt hại do dông lốc, mưa đá, sét
Chỉ tiêu
Đơn vị tính
Năm 2022
Năm 2023
9 tháng năm 2024
So với cùng kỳ (%)
Số đợt dông lốc, mưa đá
Đợt
21
26
19
86,4
Người chết
Người
3
2
4
200,0
Nhà bị tốc mái, hư hỏng
Nhà
1.845
2.310
2.962
141,7
Diện tích cây trồng bị thiệt hại
Ha
1.206,4
986,2
1.530
168,3
Giá trị thiệt hại
Tỷ đồng
38,6
45,2
71,9
182,5

Riêng đợt mưa đá ngày 28/3/2024 tại các huyện Đồng Văn, Mèo Vạc, Yên Minh làm 1.127 nhà bị hư hỏng, chiếm 38% số nhà bị thiệt hại 9 tháng. Tỉnh đã hỗ trợ 2,35 tỷ đồng cho 1.214 hộ bị thiệt hại, bình quân gần 2 triệu đồng/hộ.

Giai đoạn 2021-2025, tỉnh phấn đấu giảm ít nhất 30% thiệt hại về người do thiên tai so với giai đoạn 2016-2020. Kế hoạch năm 2024, Sở lắp đặt 45 trạm đo mưa tự động; đến nay đã lắp được 32 trạm, đạt 71,1% kế hoạch.

Chi cục Thủy lợi Hà Giang - số 198 đường Nguyễn Trãi, TP Hà Giang; ĐT: 0219.3866.519
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", True)
COLP = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"), M9, M9I]
COLN = ["năm 2022", "năm 2023", "9 tháng năm 2024", "9 tháng năm 2024 so với cùng kỳ"]
ROWS = [("Số đợt dông lốc, mưa đá", "Đợt", "count", "đợt", 1, ["21", "26", "19", "86,4"]),
        ("Người chết", "Người", "count", "người", 1, ["3", "2", "4", "200,0"]),
        ("Nhà bị tốc mái, hư hỏng", "Nhà", "count", "nhà", 1, ["1.845", "2.310", "2.962", "141,7"]),
        ("Diện tích cây trồng bị thiệt hại", "Ha", "measure", "ha", 1, ["1.206,4", "986,2", "1.530", "168,3"]),
        ("Giá trị thiệt hại", "Tỷ đồng", "money", "đồng", 1e9, ["38,6", "45,2", "71,9", "182,5"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("xảy ra 19 đợt", "19", 19, "count", "đợt", "đợt dông lốc, mưa đá và sét", M9),
    F("11/11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố có dông lốc, mưa đá và sét", M9, total=11),
]
pos = TEXT.index("Bảng 2.")
for label, ulabel, kind, unit, mult, cells in ROWS:
    cur = TEXT.index("\n" + label + "\n" + ulabel + "\n", pos) + len(label) + len(ulabel) + 2
    prev = ulabel
    for i, c in enumerate(cells):
        s0 = TEXT.index("\n" + c + "\n", cur) + 1
        anchor = prev + "\n" + c + "\n"
        assert TEXT.count(anchor) == 1, anchor
        cur = s0 + len(c)
        if i == 3:
            FIGS.append(F(anchor, c, num(c), "percent", "%", label + " " + COLN[i], COLP[i]))
        else:
            v = num(c) * mult
            v = int(v) if v == int(v) else v
            FIGS.append(F(anchor, c, v, kind, unit, label + " " + COLN[i], COLP[i]))
        prev = c
    pos = cur

D28 = P("ngày 28/3/2024", "2024-03-28", "2024-03-28")
FIGS += [
    F("làm 1.127 nhà", "1.127", 1127, "count", "nhà", "nhà bị hư hỏng", D28, percent=38),
    F("hỗ trợ 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí hỗ trợ hộ bị thiệt hại", M9I),
    F("cho 1.214 hộ", "1.214", 1214, "count", "hộ", "hộ bị thiệt hại được hỗ trợ", M9I),
    F("gần 2 triệu đồng/hộ", "2", 2e6, "money", "đồng/hộ", "mức hỗ trợ bình quân", M9I, approx="nearly"),
    F("ít nhất 30%", "30", 30, "percent", "%", "giảm thiệt hại về người do thiên tai",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="at_least", status="target"),
    F("lắp đặt 45 trạm", "45", 45, "count", "trạm", "trạm đo mưa tự động lắp đặt",
      P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("lắp được 32 trạm", "32", 32, "count", "trạm", "trạm đo mưa tự động đã lắp", P("đến nay", None, "2024-10-03"),
      percent=71.1),
]

HEADER = """Department site (Sở NN&PTNT Hà Giang): dông lốc, mưa đá, sét 2022 – 9 months 2024. Dateline 'Đăng lúc: 08:47 ngày 03/10/2024 | Số lượt xem: 846'.
One-cell-per-line table with a 'Đơn vị tính' column: every numeric cell is a figure; subject = row label + column label; unit from the unit
column ('Tỷ đồng' = ×10⁹ đồng); period from the column header (scored, as shared h23/h24). The '(%)' column compares 9 months 2024 with the
same period of 2023: a percent figure; its header has no period, so the 9-month period is inherited. 'Bảng 2.' is a label, not a figure.
'11/11 huyện' count with total 11. 'chiếm 38%' is the share of 1.127 nhà. 'giảm ít nhất 30%' (target, at_least) is a rate standing as the
claim: percent figure, no change. Plan 45 trạm is its own target figure, so 32 trạm carries only its share 71,1% (as h23: a plan stated as a
figure is not also the result's target). 'đến nay' ends at the dateline. Distractors: 'giai đoạn 2016-2020', address 'số 198', phone, time."""

build("p407-6", TEXT, FIGS, HEADER, published="2024-10-03", location="Hà Giang")
