"""p940-3: formal report (UBND tỉnh Lạng Sơn), chestnut development 2023, flattened | table."""
from lib import F, write, year, inh, change

TEXT = """
UBND TỈNH LẠNG SƠN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 15 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện Đề án phát triển cây dẻ tỉnh Lạng Sơn giai đoạn 2021-2025, năm 2023

I. KẾT QUẢ THỰC HIỆN NĂM 2023
1. Diện tích, sản lượng
Thực hiện Nghị quyết số 12/2021/NQ-HĐND của HĐND tỉnh, năm 2023 toàn tỉnh trồng mới 236 ha dẻ, đạt 94,4% kế hoạch năm, nâng tổng diện tích lên 1.985 ha. Diện tích cho thu hoạch 1.240 ha; sản lượng hạt ước đạt 820 tấn, tăng 12,3% so với năm 2022. Giá trị sản xuất ước đạt 57,4 tỷ đồng.
Diện tích dẻ phân theo huyện:
Đơn vị tính: ha
Huyện | Năm 2021 | Năm 2023 | Trồng mới 2023 | Kế hoạch 2025
Tràng Định | 702 | 815 | 88 | 900
Văn Lãng | 356 | 432 | 54 | 500
Bình Gia | 215 | 298 | 47 | 350
Cao Lộc | 161 | 240 | 31 | 280
Đình Lập | 118 | 200 | 16 | 220
Tổng cộng | 1.552 | 1.985 | 236 | 2.250

2. Liên kết sản xuất, tiêu thụ
Toàn tỉnh có 9 hợp tác xã và 2 doanh nghiệp tham gia liên kết thu mua hạt dẻ với 1.120 hộ dân. Giá thu mua bình quân năm 2023 đạt 62.000 đồng/kg, cao hơn 7.000 đồng/kg so với năm 2022. Có 4 sản phẩm hạt dẻ được công nhận OCOP, trong đó sản phẩm "Hạt dẻ Tràng Định" đạt 4 sao.

II. NHIỆM VỤ NĂM 2024
Phấn đấu trồng mới 150 ha, đưa tổng diện tích dẻ lên trên 2.130 ha; sản lượng hạt đạt 900 tấn.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

Y23 = year("năm 2023", 2023)
Y24 = year("NĂM 2024", 2024, inherited=True)
COLS = [("Năm 2021", 2021, "diện tích dẻ", None),
        ("Năm 2023", 2023, "diện tích dẻ", None),
        ("Trồng mới 2023", 2023, "diện tích dẻ trồng mới", None),
        ("Kế hoạch 2025", 2025, "diện tích dẻ kế hoạch", "target")]
ROWS = [("Tràng Định", ["702", "815", "88", "900"]),
        ("Văn Lãng", ["356", "432", "54", "500"]),
        ("Bình Gia", ["215", "298", "47", "350"]),
        ("Cao Lộc", ["161", "240", "31", "280"]),
        ("Đình Lập", ["118", "200", "16", "220"]),
        ("Tổng cộng", ["1.552", "1.985", "236", "2.250"])]

FIGS = [
    F("trồng mới 236 ha", "236", 236, "measure", "ha", "diện tích dẻ trồng mới", Y23, percent=94.4),
    F("lên 1.985 ha", "1.985", 1985, "measure", "ha", "tổng diện tích dẻ", Y23),
    F("thu hoạch 1.240 ha", "1.240", 1240, "measure", "ha", "diện tích dẻ cho thu hoạch", inh(Y23)),
    F("ước đạt 820 tấn", "820", 820, "measure", "tấn", "sản lượng hạt dẻ", inh(Y23), status="estimate",
      change=change("increase", 12.3, "%", "năm 2022")),
    F("ước đạt 57,4 tỷ đồng", "57,4", 57_400_000_000, "money", "đồng", "giá trị sản xuất cây dẻ", inh(Y23),
      status="estimate"),
]
for place, cells in ROWS:
    for i, (cell, (col, yr, subj, status)) in enumerate(zip(cells, COLS)):
        left = place if i == 0 else cells[i - 1]
        anchor = f"{left} | {cell}"
        v = float(cell.replace(".", ""))
        kw = {}
        if status:
            kw["status"] = status
        if place != "Tổng cộng":
            kw["location"] = place
        F_ = F(anchor, cell, v, "measure", "ha", subj, year(col, yr), **kw)
        FIGS.append(F_)
FIGS += [
    F("có 9 hợp tác xã", "9", 9, "count", "hợp tác xã", "hợp tác xã liên kết thu mua hạt dẻ"),
    F("và 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp", "doanh nghiệp liên kết thu mua hạt dẻ"),
    F("với 1.120 hộ dân", "1.120", 1120, "count", "hộ", "hộ dân liên kết thu mua hạt dẻ"),
    F("đạt 62.000 đồng/kg", "62.000", 62000, "money", "đồng/kg", "giá thu mua hạt dẻ bình quân", Y23,
      change=change("increase", 7000, "đồng/kg", "năm 2022")),
    F("Có 4 sản phẩm", "4", 4, "count", "sản phẩm", "sản phẩm hạt dẻ được công nhận OCOP"),
    F("đạt 4 sao", "4", 4, "measure", "sao", None, optional=True),
    F("trồng mới 150 ha", "150", 150, "measure", "ha", "diện tích dẻ trồng mới", Y24, status="target"),
    F("lên trên 2.130 ha", "2.130", 2130, "measure", "ha", "tổng diện tích dẻ", Y24, status="target", approx="over"),
    F("đạt 900 tấn", "900", 900, "measure", "tấn", "sản lượng hạt dẻ", Y24, status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Lạng Sơn số 318/BC-UBND (15/12/2023): cây dẻ năm 2023, flattened '|' table by district (Đơn vị tính: ha).",
    "Table cells: subject from the column, place column -> location, period from the column header, 'Kế hoạch 2025' -> target;",
    "the 'Tổng cộng' row is its own figure (location Lạng Sơn); cells get no totals. Not figures: Số 318/BC-UBND, Nghị quyết",
    "số 12/2021/NQ-HĐND, 'giai đoạn 2021-2025', section numbers I./1./2./II., the date line.",
    "1.240 ha has no part-of cue (no total). The 2024 tasks take their period from the heading 'NHIỆM VỤ NĂM 2024' (inherited).",
    "The report's date line gives published.",
]

write(3, TEXT, FIGS, COMMENTS, published="2023-12-15", location="Lạng Sơn")
