"""p776-3: formal report, UBND tỉnh Hà Giang — damage from the cold spell 17-27/01/2024, flattened | table by district."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH HÀ GIANG
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Giang, ngày 29 tháng 01 năm 2024

BÁO CÁO
Tình hình thiệt hại do rét đậm, rét hại và công tác khắc phục hậu quả

I. TÌNH HÌNH THIỆT HẠI
Từ ngày 17/01 đến ngày 27/01/2024, trên địa bàn tỉnh xảy ra đợt rét đậm, rét hại kéo dài; nhiệt độ trung bình ngày tại các huyện vùng cao núi đá phổ biến từ 3 đến 6 độ C. Theo báo cáo của 11/11 huyện, thành phố, tổng số gia súc bị chết là 1.348 con, tăng 27,5% so với cùng kỳ năm 2023; tổng diện tích cây trồng bị thiệt hại là 1.027,4 ha.

Bảng 1. Thiệt hại tại một số huyện trọng điểm
Huyện | Trâu (con) | Bò (con) | Ngựa, dê (con) | Cây trồng (ha)
Đồng Văn | 126 | 214 | 87 | 212,5
Mèo Vạc | 141 | 198 | 64 | 186
Yên Minh | 95 | 102 | 41 | 154,8
Quản Bạ | 58 | 73 | 19 | 97,3

Tổng giá trị thiệt hại ước tính 24,6 tỷ đồng, trong đó thiệt hại về chăn nuôi khoảng 17,2 tỷ đồng.

II. CÔNG TÁC KHẮC PHỤC
1. UBND tỉnh đã phân bổ 6,8 tỷ đồng hỗ trợ các hộ bị thiệt hại, bằng 27,6% tổng giá trị thiệt hại. Đến ngày 27/01/2024, đã cấp 86 tấn thức ăn thô xanh và 2.400 liều vắc xin cho 4 huyện vùng cao núi đá.
2. Dự kiến trong quý I/2024 tiếp tục hỗ trợ giống cây trồng cho khoảng 650 ha gieo trồng lại.

Nơi nhận:
- Văn phòng Thường trực Ban Chỉ đạo quốc gia về PCTT;
- Các thành viên BCH PCTT và TKCN tỉnh;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

W = P("Từ ngày 17/01 đến ngày 27/01/2024", "2024-01-17", "2024-01-27")
Wi = I(W)
rows = [("Đồng Văn", ["126", "214", "87", "212,5"]), ("Mèo Vạc", ["141", "198", "64", "186"]),
        ("Yên Minh", ["95", "102", "41", "154,8"]), ("Quản Bạ", ["58", "73", "19", "97,3"])]
# subject = the column label (the row label is a district, so it is the location) — FIGURES.md "Tables"
cols = [("Trâu", "con", "count"), ("Bò", "con", "count"), ("Ngựa, dê", "con", "count"),
        ("Cây trồng", "ha", "measure")]
table = []
for place, cells in rows:
    for i, (cell, (subj, unit, kind)) in enumerate(zip(cells, cols)):
        sep_before = f"{place} | " if i == 0 else " | "
        if i == 0:
            anchor = f"{place} | {cell} |"
        elif i == 3:
            anchor = f"| {cells[2]} | {cell}"
        else:
            anchor = f"| {cells[i-1]} | {cell} |" if i >= 1 else None
        # make anchors unique by prefixing the row where needed
        value = float(cell.replace(",", "."))
        table.append(F(anchor, cell, value, kind, unit, subj, Wi, location=place))

FIG = [
    F("từ 3 đến 6 độ C", "3", 3, "measure", "độ C", "nhiệt độ trung bình ngày tại các huyện vùng cao núi đá", W, value_max=6),
    F("của 11/11 huyện", "11", 11, "count", "huyện, thành phố", "huyện, thành phố báo cáo thiệt hại", Wi, total=11),
    F("là 1.348 con", "1.348", 1348, "count", "con", "tổng số gia súc bị chết", Wi,
      change=CH("increase", 27.5, "%", "cùng kỳ năm 2023")),
    F("là 1.027,4 ha", "1.027,4", 1027.4, "measure", "ha", "tổng diện tích cây trồng bị thiệt hại", Wi),
] + table + [
    F("ước tính 24,6 tỷ đồng", "24,6", 24.6e9, "money", "đồng", "tổng giá trị thiệt hại", Wi, status="estimate"),
    F("khoảng 17,2 tỷ đồng", "17,2", 17.2e9, "money", "đồng", "thiệt hại về chăn nuôi", Wi,
      approx="about", total=24.6e9, status="estimate"),
    F("phân bổ 6,8 tỷ đồng", "6,8", 6.8e9, "money", "đồng", "kinh phí hỗ trợ các hộ bị thiệt hại", None, percent=27.6),
    F("cấp 86 tấn", "86", 86, "measure", "tấn", "thức ăn thô xanh đã cấp",
      P("Đến ngày 27/01/2024", None, "2024-01-27")),
    F("và 2.400 liều", "2.400", 2400, "count", "liều vắc xin", "vắc xin đã cấp",
      P("Đến ngày 27/01/2024", None, "2024-01-27")),
    F("cho 4 huyện", "4", 4, "count", "huyện", "huyện vùng cao núi đá được cấp thức ăn, vắc xin",
      P("Đến ngày 27/01/2024", None, "2024-01-27")),
    F("khoảng 650 ha", "650", 650, "measure", "ha", "diện tích được hỗ trợ giống cây trồng gieo trồng lại",
      P("quý I/2024", "2024-01-01", "2024-03-31"), approx="about", status="forecast"),
]

emit("p776-3", TEXT, [
    "Báo cáo UBND tỉnh Hà Giang số 38/BC-UBND, 29/01/2024 (invented): rét đậm, rét hại 17-27/01/2024; flattened '|' table.",
    "Table: every numeric cell a figure; the row label (a district) is the location, the column header gives subject and unit;",
    "no 'Ước' column, so cells are actual; period inherited from the lead sentence (not in the table). '11/11 huyện' → 11, total 11.",
    "'trong đó … khoảng 17,2 tỷ' is a part of 24,6 tỷ and continues its 'ước tính'. Section numbers I./II./1./2., 'Bảng 1',",
    "'Số: 38/BC-UBND' are distractors. published = the place-and-date line.",
    "revised after the first run: table subjects were 'trâu bị chết' etc. (words in no label); now the column label alone",
    "('Trâu', 'Bò', 'Ngựa, dê', 'Cây trồng'), as the spec's table rule says (row label = place → location).",
], FIG, published="2024-01-29", location="Hà Giang")
