"""p1112-3: formal report of UBND tỉnh Khánh Hòa on tourist boats and yachts (Nha Trang Bay), 9 months of 2023,
with a table flattened into '|' separated lines."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 12 tháng 10 năm 2023

BÁO CÁO
Kết quả quản lý hoạt động tàu du lịch, du thuyền trên vịnh Nha Trang 9 tháng năm 2023

Thực hiện Công văn số 1527/BVHTTDL-DL ngày 05/4/2023 của Bộ Văn hóa, Thể thao và Du lịch, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
1. Phương tiện
Tính đến ngày 30/9/2023, toàn tỉnh có 547 phương tiện thủy nội địa được cấp phép vận chuyển khách du lịch, tăng 38 phương tiện so với cuối năm 2022. Chi tiết theo loại phương tiện:

Đơn vị tính: phương tiện
Loại phương tiện | Cấp mới 9 tháng | Tổng số đến 30/9 | Kiểm tra an toàn 9 tháng
Tàu du lịch | 21 | 298 | 276
Du thuyền | 9 | 35 | 35
Ca nô, xuồng cao tốc | 14 | 214 | 187
Tổng cộng | 44 | 547 | 498

2. Hoạt động khai thác
9 tháng năm 2023, các phương tiện trên vịnh Nha Trang đã vận chuyển khoảng 2,35 triệu lượt khách, tăng 41,6% so với cùng kỳ năm 2022, đạt 78% kế hoạch năm; trong đó khách quốc tế chiếm 54%. Doanh thu vận chuyển khách đường thủy ước đạt 1.120 tỷ đồng.

II. CÔNG TÁC KIỂM TRA, BẢO ĐẢM AN TOÀN
Các đoàn liên ngành đã tổ chức 14 đợt kiểm tra, phát hiện 63 phương tiện vi phạm, xử phạt 312,5 triệu đồng; tạm đình chỉ hoạt động 7 phương tiện không bảo đảm điều kiện an toàn. Tỷ lệ phương tiện được kiểm tra an toàn đạt 91%.

III. PHƯƠNG HƯỚNG QUÝ IV/2023
Phấn đấu đến hết năm 2023 vận chuyển 3 triệu lượt khách. Dự kiến nâng cấp cảng du lịch Cầu Đá lên 36 vị trí cập tàu, tổng vốn khoảng 85 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
ASOF = P("Tính đến ngày 30/9/2023", None, "2023-09-30")
COL_NEW = P("Cấp mới 9 tháng", "2023-01-01", "2023-09-30")
COL_ALL = P("Tổng số đến 30/9", None, "2023-09-30")
COL_CHK = P("Kiểm tra an toàn 9 tháng", "2023-01-01", "2023-09-30")

ROWS = [("Tàu du lịch", "tàu du lịch", ("21", "298", "276")),
        ("Du thuyền", "du thuyền", ("9", "35", "35")),
        ("Ca nô, xuồng cao tốc", "ca nô, xuồng cao tốc", ("14", "214", "187")),
        ("Tổng cộng", "tổng cộng phương tiện", ("44", "547", "498"))]
COLS = [("cấp mới", COL_NEW), ("tổng số", COL_ALL), ("đã kiểm tra an toàn", COL_CHK)]

FIGS = [
    F("toàn tỉnh có 547 phương tiện", "547", 547, "count", "phương tiện",
      "phương tiện thủy nội địa được cấp phép vận chuyển khách du lịch", ASOF,
      change=C("increase", 38, "phương tiện", "cuối năm 2022")),
]
for label, name, cells in ROWS:
    line = label + " | " + " | ".join(cells)
    row_at = TEXT.index("\n" + line + "\n") + 1
    pos = len(label)
    for k, (cell, (colname, per)) in enumerate(zip(cells, COLS)):
        pos = line.index(" | " + cell, pos) + 3
        at = row_at + pos
        # anchor: the cell and as much text to its right as makes it unique
        size = len(cell) + 2
        while TEXT.count(TEXT[at - 2:at + size]) > 1:
            size += 1
        FIGS.append(F(TEXT[at - 2:at + size], cell, int(cell), "count", "phương tiện", f"{name} {colname}", per))

FIGS += [
    F("khoảng 2,35 triệu lượt khách", "2,35", 2_350_000, "count", "lượt khách",
      "lượt khách được vận chuyển bằng phương tiện trên vịnh Nha Trang", M9, approx="about",
      change=C("increase", 41.6, "%", "cùng kỳ năm 2022"), percent=78),
    F("khách quốc tế chiếm 54%", "54", 54, "percent", "%", "tỷ trọng khách quốc tế", M9),
    F("ước đạt 1.120 tỷ đồng", "1.120", 1.12e12, "money", "đồng",
      "doanh thu vận chuyển khách đường thủy", I(M9), status="estimate"),
    F("tổ chức 14 đợt kiểm tra", "14", 14, "count", "đợt kiểm tra",
      "đợt kiểm tra của các đoàn liên ngành", I(M9)),
    F("phát hiện 63 phương tiện", "63", 63, "count", "phương tiện", "phương tiện vi phạm bị phát hiện", I(M9)),
    F("xử phạt 312,5 triệu đồng", "312,5", 312_500_000, "money", "đồng", "tiền xử phạt vi phạm", I(M9)),
    F("đình chỉ hoạt động 7 phương tiện", "7", 7, "count", "phương tiện",
      "phương tiện bị tạm đình chỉ hoạt động do không bảo đảm điều kiện an toàn", I(M9)),
    F("an toàn đạt 91%", "91", 91, "percent", "%", "tỷ lệ phương tiện được kiểm tra an toàn", I(M9)),
    F("vận chuyển 3 triệu lượt khách", "3", 3_000_000, "count", "lượt khách",
      "lượt khách được vận chuyển", P("đến hết năm 2023", None, "2023-12-31"), status="target"),
    F("lên 36 vị trí cập tàu", "36", 36, "count", "vị trí cập tàu",
      "vị trí cập tàu của cảng du lịch Cầu Đá sau nâng cấp", status="forecast"),
    F("khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng",
      "tổng vốn nâng cấp cảng du lịch Cầu Đá", approx="about", status="forecast"),
]

NOTES = [
    "Báo cáo Số 318/BC-UBND of UBND tỉnh Khánh Hòa (formal report, letterhead, section numbers), 9 months of 2023.",
    "Flattened '|' table: unit from 'Đơn vị tính: phương tiện'; periods from the column headers (year from the report); the",
    "Tổng cộng row is a figure of its own; cells get no totals. Section numbers I.-III., 1.-2., 'Số: 318/BC-UBND',",
    "'Công văn số 1527/BVHTTDL-DL ngày 05/4/2023', 'QUÝ IV/2023' (heading) are not figures.",
    "Sections I.2 and II state no period in the sentence: they inherit '9 tháng năm 2023'. 'khách quốc tế chiếm 54%' has no base amount: a figure.",
    "Location: all Khánh Hòa (the bay and the port are not a province, city or district).",
]

if __name__ == "__main__":
    write("p1112-3", TEXT, NOTES, FIGS, published="2023-10-12", location="Khánh Hòa")
