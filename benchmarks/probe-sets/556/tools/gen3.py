"""p556-3: formal report, UBND tỉnh Yên Bái, damage from typhoon Yagi (bão số 3), flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH YÊN BÁI
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Yên Bái, ngày 16 tháng 9 năm 2024

BÁO CÁO
Thiệt hại do hoàn lưu bão số 3 (Yagi) và công tác khắc phục hậu quả

I. TÌNH HÌNH THIỆT HẠI
Từ ngày 7 đến ngày 11/9/2024, do ảnh hưởng của hoàn lưu bão số 3, trên địa bàn tỉnh có mưa rất to, tổng lượng mưa phổ biến 250-350 mm, cao nhất tại trạm Mù Cang Chải 486 mm. Lúc 22h ngày 10/9, mực nước sông Thao tại trạm Yên Bái đạt 35,82 m, cao hơn lũ lịch sử năm 1968 là 1,18 m.
1. Về người: 56 người chết, 12 người mất tích, 41 người bị thương.
2. Về nhà ở: 7.512 nhà bị hư hại, trong đó 364 nhà bị sập đổ hoàn toàn; phải di dời khẩn cấp 1.027 hộ.
3. Thiệt hại chủ yếu theo địa phương (tính đến 17h00 ngày 15/9/2024):
Địa phương | Người chết (người) | Mất tích (người) | Nhà hư hại (nhà) | Lúa, hoa màu (ha)
Huyện Văn Yên | 21 | 5 | 1.846 | 1.120,5
Huyện Lục Yên | 12 | 3 | 1.302 | 864
Huyện Trấn Yên | 9 | 2 | 1.518 | 1.037,2
Thành phố Yên Bái | 6 | 0 | 2.115 | 412,8
Các địa phương khác | 8 | 2 | 731 | 2.093
Tổng cộng | 56 | 12 | 7.512 | 5.527,5
4. Ngoài ra, 2.340 ha rừng trồng bị gãy đổ; 18.400 con gia súc, gia cầm bị chết. Ước tổng giá trị thiệt hại khoảng 6.200 tỷ đồng, bằng 8,7% GRDP năm 2023 của tỉnh.

II. CÔNG TÁC KHẮC PHỤC HẬU QUẢ
Tính đến ngày 15/9/2024, tỉnh đã tiếp nhận 218,6 tỷ đồng ủng hộ từ các tổ chức, cá nhân; Trung ương hỗ trợ 100 tỷ đồng và 1.500 tấn gạo. Dự kiến cần khoảng 1.850 tỷ đồng để khôi phục hạ tầng giao thông, thủy lợi trong quý IV/2024.

Nơi nhận:
- Bộ NN&PTNT;
- Lưu: VT, NLN.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

RAIN = P("Từ ngày 7 đến ngày 11/9/2024", "2024-09-07", "2024-09-11")
EVENT = I(RAIN)
TAB = I(P("tính đến 17h00 ngày 15/9/2024", None, "2024-09-15"))
ASOF = P("Tính đến ngày 15/9/2024", None, "2024-09-15")

COLS = [("Người chết", "count", "người", 1), ("Mất tích", "count", "người", 1),
        ("Nhà hư hại", "count", "nhà", 1), ("Lúa, hoa màu", "measure", "ha", 1)]
ROWS = [
    ("Huyện Văn Yên", "Văn Yên", None, ["21", "5", "1.846", "1.120,5"]),
    ("Huyện Lục Yên", "Lục Yên", None, ["12", "3", "1.302", "864"]),
    ("Huyện Trấn Yên", "Trấn Yên", None, ["9", "2", "1.518", "1.037,2"]),
    ("Thành phố Yên Bái", "Yên Bái", None, ["6", "0", "2.115", "412,8"]),
    ("Các địa phương khác", None, "các địa phương khác", ["8", "2", "731", "2.093"]),
    ("Tổng cộng", None, "tổng cộng", ["56", "12", "7.512", "5.527,5"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for label, loc, extra, cells in ROWS:
        for j, (cell, (col, kind, unit, _)) in enumerate(zip(cells, COLS)):
            if j == 0:
                anchor = f"{label} | {cell} |"
            else:
                anchor = f"| {cells[j-1]} | {cell}" + (" |" if j < 3 else "")
                if j == 3:
                    anchor = f"{cells[j-1]} | {cell}"
            subject = col + (f" {extra}" if extra else "")
            kw = {"location": loc} if loc else {}
            out.append(F(anchor, cell, num(cell), kind, unit, subject, TAB, **kw))
    return out


FIGS = [
    F("phổ biến 250-350 mm", "250", 250, "measure", "mm", "tổng lượng mưa phổ biến", RAIN, value_max=350),
    F("Mù Cang Chải 486 mm", "486", 486, "measure", "mm", "tổng lượng mưa cao nhất tại trạm Mù Cang Chải", RAIN,
      location="Mù Cang Chải"),
    F("đạt 35,82 m", "35,82", 35.82, "measure", "m", "mực nước sông Thao tại trạm Yên Bái",
      P("Lúc 22h ngày 10/9", "2024-09-10", "2024-09-10"),
      change=CH("increase", 1.18, "m", "lũ lịch sử năm 1968")),
    F("Về người: 56 người", "56", 56, "count", "người", "người chết", EVENT),
    F("12 người mất tích", "12", 12, "count", "người", "người mất tích", EVENT),
    F("41 người bị thương", "41", 41, "count", "người", "người bị thương", EVENT),
    F("nhà ở: 7.512 nhà", "7.512", 7512, "count", "nhà", "nhà bị hư hại", EVENT),
    F("trong đó 364 nhà", "364", 364, "count", "nhà", "nhà bị sập đổ hoàn toàn", EVENT, total=7512),
    F("khẩn cấp 1.027 hộ", "1.027", 1027, "count", "hộ", "hộ phải di dời khẩn cấp", EVENT),
] + table_figs() + [
    F("2.340 ha rừng", "2.340", 2340, "measure", "ha", "rừng trồng bị gãy đổ", EVENT),
    F("18.400 con", "18.400", 18400, "count", "con", "gia súc, gia cầm bị chết", EVENT),
    F("khoảng 6.200 tỷ đồng", "6.200", 6200e9, "money", "đồng", "tổng giá trị thiệt hại",
      approx="about", percent=8.7, status="estimate"),
    F("tiếp nhận 218,6 tỷ đồng", "218,6", 218.6e9, "money", "đồng", "tiền ủng hộ từ các tổ chức, cá nhân", ASOF),
    F("hỗ trợ 100 tỷ đồng", "100", 100e9, "money", "đồng", "kinh phí Trung ương hỗ trợ", ASOF),
    F("1.500 tấn gạo", "1.500", 1500, "measure", "tấn", "gạo Trung ương hỗ trợ", ASOF),
    F("khoảng 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "kinh phí khôi phục hạ tầng giao thông, thủy lợi",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "Formal report under letterhead (UBND TỈNH YÊN BÁI, Số: 318/BC-UBND, place-and-date line), typhoon Yagi damage, '|' table.",
    "Not figures: Số 318/BC-UBND, bão số 3 (a storm's name), section numbers I./II./1.-4., 22h, 17h00, năm 1968 (baseline year).",
    "Table: every numeric cell is a figure (the 0 too); subject = column label (+ row label unless a place), unit from the column",
    "header brackets; districts/city rows give location; period from the table's lead line '(tính đến 17h00 ngày 15/9/2024)',",
    "stated outside the cells, so marked inherited. The 'Tổng cộng' row gives no total attribute to the rows (no cue in the text).",
    "'cao hơn lũ lịch sử năm 1968 là 1,18 m' -> change of 35,82 m; 'bằng 8,7% GRDP' -> percent of 6.200 tỷ (no period: năm 2023 is",
    "the GRDP's year). 'Tính đến ngày 15/9/2024' opens the sentence and covers the clause after ';'.",
]

if __name__ == "__main__":
    emit("p556-3", TEXT, COMMENTS, FIGS, published="2024-09-16", location="Yên Bái")
