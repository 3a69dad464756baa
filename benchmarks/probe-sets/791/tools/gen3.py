"""p791-3: formal report (UBND tỉnh Thái Bình), drones 9 months 2024, flattened '|' table by district."""
from lib import F, P, I, C, T, emit

TEXT = """UBND TỈNH THÁI BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 287/BC-UBND
Thái Bình, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả ứng dụng thiết bị bay không người lái trong sản xuất nông nghiệp 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Phương tiện và nhân lực
Tính đến ngày 30/9/2024, toàn tỉnh có 386 thiết bị bay không người lái phục vụ sản xuất nông nghiệp, tăng 94 chiếc so với cuối năm 2023; có 412 người được cấp giấy chứng nhận hoàn thành khóa huấn luyện điều khiển, trong đó 57 người là nữ.

2. Diện tích ứng dụng
9 tháng năm 2024, diện tích sử dụng thiết bị bay đạt 213.540 lượt ha, tăng 37,2% so với cùng kỳ, bằng 106,8% kế hoạch năm. Kết quả theo địa bàn như sau:

Đơn vị tính: lượt ha
Huyện | Phun thuốc BVTV | Bón phân | Gieo sạ | Tổng diện tích
Quỳnh Phụ | 48.210 | 9.860 | 1.240 | 59.310
Hưng Hà | 41.530 | 8.120 | 960 | 50.610
Kiến Xương | 36.470 | 7.350 | 2.180 | 46.000
Các huyện còn lại | 46.880 | 8.920 | 1.820 | 57.620
Tổng cộng | 173.090 | 34.250 | 6.200 | 213.540

3. Hiệu quả
Chi phí dịch vụ phun bình quân 35.000 đồng/ha/lần, bón phân 50.000 đồng/ha/lần; lượng thuốc BVTV sử dụng giảm 25-30%, năng suất lúa tại các cánh đồng ứng dụng cao hơn 3-5 tạ/ha.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đạt 280.000 lượt ha; trong quý IV tổ chức thêm 6 lớp huấn luyện cho khoảng 180 học viên, hướng dẫn đăng ký thiết bị bay theo Nghị định số 36/2008/NĐ-CP.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NNTNMT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

COLS = [("Phun thuốc BVTV", "diện tích phun thuốc BVTV bằng thiết bị bay"),
        ("Bón phân", "diện tích bón phân bằng thiết bị bay"),
        ("Gieo sạ", "diện tích gieo sạ bằng thiết bị bay"),
        ("Tổng diện tích", "tổng diện tích sử dụng thiết bị bay")]
# Subject = row label + column label (FIGURES.md, Tables); a district row label goes to location instead.
# (Gold change after the first run: the first version padded the column label with "diện tích ... bằng thiết bị bay".)
ROWS = [("Quỳnh Phụ", ["48.210", "9.860", "1.240", "59.310"], "Quỳnh Phụ", ""),
        ("Hưng Hà", ["41.530", "8.120", "960", "50.610"], "Hưng Hà", ""),
        ("Kiến Xương", ["36.470", "7.350", "2.180", "46.000"], "Kiến Xương", ""),
        ("Các huyện còn lại", ["46.880", "8.920", "1.820", "57.620"], None, "Các huyện còn lại "),
        ("Tổng cộng", ["173.090", "34.250", "6.200", "213.540"], None, "Tổng cộng ")]


def table():
    out = []
    for label, cells, loc, suffix in ROWS:
        for j, cell in enumerate(cells):
            if j + 1 < len(cells):
                anchor = f"| {cell} | {cells[j + 1]}"
            else:
                anchor = f"{cells[j - 1]} | {cell}"
            if j == 0:
                anchor = f"{label} | {cell}"
            value = int(cell.replace(".", ""))
            extra = {"location": loc} if loc else {}
            out.append(F(anchor, cell, value, "measure", "lượt ha", suffix + COLS[j][0], I(M9), **extra))
    return out


FIGS = [
    F("có 386 thiết bị bay", "386", 386, "count", "thiết bị bay không người lái",
      "thiết bị bay không người lái phục vụ sản xuất nông nghiệp", ASOF,
      change=C("increase", 94, "chiếc", "cuối năm 2023")),
    F("có 412 người", "412", 412, "count", "người",
      "người được cấp giấy chứng nhận hoàn thành khóa huấn luyện điều khiển", ASOF),
    F("trong đó 57 người", "57", 57, "count", "người",
      "người được cấp giấy chứng nhận huấn luyện điều khiển là nữ", ASOF, total=412),
    F("đạt 213.540 lượt ha", "213.540", 213540, "measure", "lượt ha", "diện tích sử dụng thiết bị bay", M9,
      percent=106.8, change=C("increase", 37.2, "%", "cùng kỳ")),
] + table() + [
    F("bình quân 35.000 đồng/ha/lần", "35.000", 35000, "money", "đồng/ha/lần", "chi phí dịch vụ phun", I(M9)),
    F("bón phân 50.000 đồng/ha/lần", "50.000", 50000, "money", "đồng/ha/lần", "chi phí dịch vụ bón phân", I(M9)),
    F("giảm 25-30%", "25", 25, "percent", "%", "lượng thuốc BVTV sử dụng giảm", I(M9), value_max=30),
    F("cao hơn 3-5 tạ/ha", "3", 3, "measure", "tạ/ha", "năng suất lúa tại các cánh đồng ứng dụng cao hơn", I(M9),
      value_max=5),
    F("đạt 280.000 lượt ha", "280.000", 280000, "measure", "lượt ha", "diện tích sử dụng thiết bị bay",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 6 lớp", "6", 6, "count", "lớp", "lớp huấn luyện tổ chức thêm", Q4, status="target"),
    F("khoảng 180 học viên", "180", 180, "count", "học viên", "học viên được huấn luyện", Q4,
      approx="about", status="target"),
]

NOTES = [
    "UBND tỉnh Thái Bình, Báo cáo số 287/BC-UBND (15/10/2024): drones in farming, 9 months 2024.",
    "Flattened '|' table (Đơn vị tính: lượt ha): every numeric cell is a figure, district rows give the location,",
    "'Các huyện còn lại' and 'Tổng cộng' rows stay 'Thái Bình'. Table period from the sentence above (inherited).",
    "Table cells get no totals (the Tổng cộng row is its own figure). 'bằng 106,8% kế hoạch năm' is the percent of 213.540.",
    "Section 3 (efficiency) inherits the report's 9-month period. 'giảm 25-30%' and 'cao hơn 3-5 tạ/ha' have no base amount,",
    "so they are figures of their own with no change object. Section II: 'Phấn đấu' governs the whole sentence (targets).",
    "Distractors: Số: 287/BC-UBND, the place-and-date line, section numbers I./II./1./2./3., heading QUÝ IV/2024,",
    "Nghị định số 36/2008/NĐ-CP.",
    "revised after the first run: table subjects are the row label + column label as FIGURES.md (Tables) says",
    "(first version: 'diện tích <column> bằng thiết bị bay' + row). No other field changed.",
]

emit("p791-3", TEXT, FIGS, NOTES, published="2024-10-15", location="Thái Bình")
