"""p479-3: formal report (UBND tỉnh Quảng Ngãi), evacuation and relief for storm no. 6, flattened '|' table by district."""
from lib import F, P, I, CH, emit

TEXT = """UBND TỈNH QUẢNG NGÃI
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 28 tháng 10 năm 2024

BÁO CÁO
Kết quả sơ tán dân và hỗ trợ người dân ứng phó với bão số 6

I. CÔNG TÁC SƠ TÁN
Thực hiện Công điện số 08/CĐ-UBND ngày 24/10/2024, từ ngày 25/10 đến sáng 27/10/2024, các huyện ven biển đã sơ tán 31.457 người (9.862 hộ) đến nơi an toàn, đạt 104,6% kế hoạch; trong đó sơ tán tập trung 4.215 hộ/13.960 người, sơ tán xen ghép 5.647 hộ/17.497 người.

Bảng 1. Kết quả sơ tán và hỗ trợ theo địa phương (tính đến 17 giờ ngày 27/10/2024)
Địa phương | Số hộ sơ tán (hộ) | Số người sơ tán (người) | Gạo cứu trợ (tấn) | Kinh phí hỗ trợ (triệu đồng)
Bình Sơn | 2.130 | 6.874 | 12,5 | 1.065
Sơn Tịnh | 1.486 | 4.720 | 8,2 | 743
Tư Nghĩa | 1.952 | 6.215 | 10,8 | 976
Mộ Đức | 2.317 | 7.402 | 13,6 | 1.158,5
Đức Phổ | 1.977 | 6.246 | 11,4 | 988,5
Tổng cộng | 9.862 | 31.457 | 56,5 | 4.931

II. CÔNG TÁC HỖ TRỢ
Tỉnh đã xuất cấp 56,5 tấn gạo dự trữ quốc gia và hỗ trợ 500.000 đồng/hộ cho các hộ sơ tán. Ủy ban MTTQ Việt Nam tỉnh đã tiếp nhận 2,35 tỷ đồng tiền mặt và hàng hóa trị giá khoảng 860 triệu đồng.

III. THIỆT HẠI BAN ĐẦU
Bão làm 3 người bị thương, 146 nhà bị tốc mái, hư hỏng; 1.280 ha lúa và hoa màu bị ngập. Giá trị thiệt hại ước khoảng 38 tỷ đồng.

Nơi nhận:
- Ban Chỉ đạo quốc gia về PCTT;
- Lưu: VT, KTN.
"""

W = P("từ ngày 25/10 đến sáng 27/10/2024", "2024-10-25", "2024-10-27")
T = I(P("tính đến 17 giờ ngày 27/10/2024", None, "2024-10-27"))
COLS = [("Số hộ sơ tán", "count", "hộ", 1), ("Số người sơ tán", "count", "người", 1),
        ("Gạo cứu trợ", "measure", "tấn", 1), ("Kinh phí hỗ trợ", "money", "đồng", 1e6)]
ROWS = [
    ("Bình Sơn", ["2.130", "6.874", "12,5", "1.065"]),
    ("Sơn Tịnh", ["1.486", "4.720", "8,2", "743"]),
    ("Tư Nghĩa", ["1.952", "6.215", "10,8", "976"]),
    ("Mộ Đức", ["2.317", "7.402", "13,6", "1.158,5"]),
    ("Đức Phổ", ["1.977", "6.246", "11,4", "988,5"]),
    ("Tổng cộng", ["9.862", "31.457", "56,5", "4.931"]),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


TABLE = []
for row, cells in ROWS:
    for i, (cell, (col, kind, unit, mult)) in enumerate(zip(cells, COLS)):
        # anchor: the cell with its neighbours, so that it is unique
        if i == 0:
            anchor = f"{row} | {cell} |"
        else:
            anchor = f"| {cells[i - 1]} | {cell}" + (" |" if i < 3 else "\n")
        if row == "Tổng cộng":
            TABLE.append(F(anchor, cell, num(cell) * mult, kind, unit, f"{col} tổng cộng", T))
        else:
            TABLE.append(F(anchor, cell, num(cell) * mult, kind, unit, col, T, location=row))

FIGS = [
    F("sơ tán 31.457 người", "31.457", 31457, "count", "người", "người được sơ tán đến nơi an toàn", W, percent=104.6),
    F("(9.862 hộ)", "9.862", 9862, "count", "hộ", "hộ được sơ tán đến nơi an toàn", W),
    F("tập trung 4.215 hộ", "4.215", 4215, "count", "hộ", "hộ sơ tán tập trung", W, total=9862),
    F("hộ/13.960 người", "13.960", 13960, "count", "người", "người sơ tán tập trung", W, total=31457),
    F("xen ghép 5.647 hộ", "5.647", 5647, "count", "hộ", "hộ sơ tán xen ghép", W, total=9862),
    F("hộ/17.497 người", "17.497", 17497, "count", "người", "người sơ tán xen ghép", W, total=31457),
] + TABLE + [
    F("cấp 56,5 tấn gạo", "56,5", 56.5, "measure", "tấn", "gạo dự trữ quốc gia xuất cấp"),
    F("500.000 đồng/hộ", "500.000", 500000, "money", "đồng/hộ", "mức hỗ trợ cho các hộ sơ tán"),
    F("tiếp nhận 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "tiền mặt Ủy ban MTTQ Việt Nam tỉnh tiếp nhận"),
    F("khoảng 860 triệu đồng", "860", 860e6, "money", "đồng", "giá trị hàng hóa tiếp nhận", approx="about"),
    F("làm 3 người", "3", 3, "count", "người", "người bị thương"),
    F("146 nhà", "146", 146, "count", "nhà", "nhà bị tốc mái, hư hỏng"),
    F("1.280 ha", "1.280", 1280, "measure", "ha", "diện tích lúa và hoa màu bị ngập"),
    F("ước khoảng 38 tỷ đồng", "38", 38e9, "money", "đồng", "giá trị thiệt hại", approx="about", status="estimate"),
]

COMMENTS = [
    "UBND tỉnh Quảng Ngãi, Báo cáo số 412/BC-UBND (invented): evacuation and support for storm no. 6, place-and-date line 28/10/2024.",
    "'4.215 hộ/13.960 người' is two counts (households / persons), not part/total; each part takes the whole of its own unit",
    "(hộ → 9.862, người → 31.457). '(9.862 hộ)' after 31.457 người is the same evacuation counted in households: no total.",
    "Table: units from the column headers ('(triệu đồng)' → ×10^6); district rows → location; 'Tổng cộng' row → subject, Quảng Ngãi;",
    "period from the table title (as-of 27/10/2024, inherited: not in the cell's sentence); no Kế hoạch/Ước column, so cells are actual.",
    "Not figures: Số 412/BC-UBND, Công điện số 08/CĐ-UBND, bão số 6, Bảng 1, section numbers I.-III., '17 giờ', dates.",
]

if __name__ == "__main__":
    emit("p479-3", TEXT, COMMENTS, FIGS, published="2024-10-28", location="Quảng Ngãi")
