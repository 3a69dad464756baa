"""p690-3: formal report UBND tỉnh Ninh Thuận — Cham pottery (Bàu Trúc) 2023, flattened '|' table."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH NINH THUẬN
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Thuận, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả bảo tồn và phát triển nghề gốm truyền thống của người Chăm năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Thực hiện Kế hoạch số 1456/KH-UBND ngày 22/4/2022 của UBND tỉnh, năm 2023 tỉnh đã tổ chức sáu lớp truyền dạy nghề gốm cho 148 học viên, trong đó 97 học viên nữ, chiếm 65,5%. Tổng kinh phí thực hiện năm 2023 là 4.250 triệu đồng, gồm: ngân sách Trung ương 2.800 triệu đồng, ngân sách tỉnh 1.150 triệu đồng, xã hội hóa 300 triệu đồng.

2. Một số chỉ tiêu của làng gốm Bàu Trúc (thị trấn Phước Dân, huyện Ninh Phước):
Chỉ tiêu | Đơn vị tính | Năm 2022 | Ước năm 2023 | Kế hoạch năm 2024
Số hộ làm gốm | hộ | 452 | 486 | 500
Nghệ nhân được phong tặng | người | 19 | 23 | 25
Lượt khách tham quan | lượt | 74.500 | 96.200 | 110.000
Doanh thu từ gốm | tỷ đồng | 28,4 | 35,7 | 40

3. Toàn tỉnh hiện có 3 sản phẩm gốm đạt chứng nhận OCOP 4 sao.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu năm 2024, doanh thu từ gốm của làng Bàu Trúc (huyện Ninh Phước) tăng 12% so với năm 2023; 100% hộ làm gốm được tập huấn kỹ năng bán hàng trực tuyến.
2. Dự kiến năm 2024 bố trí 1,5 tỷ đồng từ ngân sách tỉnh để xây dựng nhà trưng bày gốm Chăm.

Nơi nhận:
- Bộ Văn hóa, Thể thao và Du lịch;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KGVX.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quốc Nam
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
E23 = P("Ước năm 2023", "2023-01-01", "2023-12-31")
K24 = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
NP = "Ninh Phước"


def row(label, unit, kind, cells, mult=1):
    """cells: list of (anchor, number, value) for 2022, ước 2023, kế hoạch 2024."""
    out = []
    for (a, n, v), per, st, col in zip(cells, (Y22, E23, K24), (None, "estimate", "target"),
                                       ("năm 2022", "ước năm 2023", "kế hoạch năm 2024")):
        kw = {"location": NP}
        if st:
            kw["status"] = st
        out.append(F(a, n, v * mult, kind, unit, f"{label} {col}", per, **kw))
    return out


FIGS = [
    F("sáu lớp", "sáu", 6, "count", "lớp", "lớp truyền dạy nghề gốm", Y23),
    F("cho 148 học viên", "148", 148, "count", "học viên", "học viên lớp truyền dạy nghề gốm", Y23),
    F("97 học viên nữ", "97", 97, "count", "học viên", "học viên nữ", Y23, total=148, percent=65.5),
    F("là 4.250 triệu", "4.250", 4250000000, "money", "đồng", "tổng kinh phí thực hiện", Y23),
    F("Trung ương 2.800 triệu", "2.800", 2800000000, "money", "đồng", "kinh phí từ ngân sách Trung ương", Y23,
      total=4250000000),
    F("tỉnh 1.150 triệu", "1.150", 1150000000, "money", "đồng", "kinh phí từ ngân sách tỉnh", Y23,
      total=4250000000),
    F("hóa 300 triệu", "300", 300000000, "money", "đồng", "kinh phí xã hội hóa", Y23, total=4250000000),
]
FIGS += row("Số hộ làm gốm", "hộ", "count", [("| 452 |", "452", 452), ("| 486 |", "486", 486), ("| 500\n", "500", 500)])
FIGS += row("Nghệ nhân được phong tặng", "người", "count",
            [("| 19 |", "19", 19), ("| 23 |", "23", 23), ("| 25\n", "25", 25)])
FIGS += row("Lượt khách tham quan", "lượt", "count",
            [("| 74.500 |", "74.500", 74500), ("| 96.200 |", "96.200", 96200), ("| 110.000\n", "110.000", 110000)])
FIGS += row("Doanh thu từ gốm", "đồng", "money",
            [("| 28,4 |", "28,4", 28.4), ("| 35,7 |", "35,7", 35.7), ("| 40\n", "40", 40)], mult=1e9)
FIGS += [
    F("có 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm gốm đạt chứng nhận OCOP 4 sao"),
    F("tăng 12%", "12", 12, "percent", "%", "doanh thu từ gốm của làng Bàu Trúc", Y24, status="target", location=NP),
    F("; 100% hộ", "100", 100, "percent", "%", "hộ làm gốm được tập huấn kỹ năng bán hàng trực tuyến", Y24,
      status="target", location=NP),
    F("bố trí 1,5 tỷ", "1,5", 1500000000, "money", "đồng", "kinh phí xây dựng nhà trưng bày gốm Chăm", Y24,
      status="forecast"),
]

COMMENTS = [
    "Formal report (invented) UBND tỉnh Ninh Thuận Số: 318/BC-UBND, dated by its place-and-date line 18/12/2023.",
    "Flattened '|' table: every numeric cell a figure; subject = row label + column label; period from column header;",
    "'Ước năm 2023' -> estimate, 'Kế hoạch năm 2024' -> target; unit from the 'Đơn vị tính' column ('tỷ đồng' x1e9).",
    "Table and II.1 figures are Bàu Trúc's, placed by the text in huyện Ninh Phước -> location Ninh Phước; others Ninh Thuận.",
    "Kinh phí parts after 'gồm:' add up to 4.250 triệu -> total 4250000000. 'tăng 12%' is the target growth rate itself (no change).",
    "Distractors: Số 318/BC-UBND, Kế hoạch số 1456/KH-UBND ngày 22/4/2022, section numbers I./II./1./2./3., 'OCOP 4 sao'.",
]

emit("p690-3", TEXT, COMMENTS, FIGS, published="2023-12-18", location="Ninh Thuận")
