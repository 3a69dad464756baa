"""p1233-3: formal report (UBND tỉnh Bình Định) on forging and hand tools in 2024, flattened | table by district."""
from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 19/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 16 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất nghề rèn, nông cụ cầm tay năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Cơ sở sản xuất, lao động
Tính đến ngày 31/12/2024, toàn tỉnh có 684 cơ sở rèn, sản xuất dao, kéo, nông cụ, giảm 23 cơ sở so với cuối năm 2023; trong đó 412 cơ sở tại huyện Tây Sơn, chủ yếu ở làng rèn Tây Phương. Các cơ sở sử dụng 2.150 lao động thường xuyên, thu nhập bình quân 7,2 triệu đồng/người/tháng.

2. Doanh thu
Năm 2024, doanh thu nghề rèn toàn tỉnh ước đạt 318,4 tỷ đồng, bằng 102,7% kế hoạch, tăng 9,1% so với năm 2023. Chi tiết theo địa phương:
Đơn vị tính: triệu đồng
Địa phương | Năm 2023 | Ước thực hiện năm 2024
Huyện Tây Sơn | 186.520 | 205.300
Thị xã An Nhơn | 58.240 | 62.850
Huyện Phù Cát | 23.610 | 25.120
Các địa phương khác | 23.470 | 25.130
Tổng cộng | 291.840 | 318.400

3. Thị trường, sản phẩm
Sản phẩm chủ lực là dao, rựa, cuốc, xẻng, lưỡi cày; khoảng 35% sản lượng tiêu thụ tại các tỉnh Tây Nguyên. Trong năm, có thêm 2 sản phẩm dao rèn của tỉnh đạt OCOP 3 sao, nâng tổng số sản phẩm OCOP ngành rèn lên 5 sản phẩm.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu doanh thu nghề rèn đạt 340 tỷ đồng; hỗ trợ ít nhất 50 cơ sở đổi mới thiết bị, mức hỗ trợ không quá 30% giá trị thiết bị và tối đa 50 triệu đồng/cơ sở; hoàn thành cụm công nghiệp làng nghề Tây Phương (huyện Tây Sơn) quy mô 15 ha.

Nơi nhận:
- Bộ Công Thương (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, K1.
"""

ASOF = P("Tính đến ngày 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y23_COL = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24_COL = P("Ước thực hiện năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = P("Trong năm", "2024-01-01", "2024-12-31")
Y25 = P("PHƯƠNG HƯỚNG NĂM 2025", "2025-01-01", "2025-12-31", inherited=True)
IND = "doanh thu nghề rèn"


def cell(anchor, number, millions, row, col, place=None):
    """One table cell: Đơn vị tính triệu đồng; a place row label goes to location, the column to subject and period."""
    period = Y23_COL if col == "Năm 2023" else Y24_COL
    status = "estimate" if col.startswith("Ước") else "actual"
    subject = f"{IND} {col.lower()}" if place else f"{IND} {row.lower()} {col.lower()}"
    kw = {"location": place} if place else {}
    return F(anchor, number, millions * 1e6, "money", "đồng", subject=subject, period=period,
             status=status, **kw)


FIGS = [
    F("có 684 cơ sở", "684", 684, "count", "cơ sở",
      change=C("decrease", 23, "cơ sở", "cuối năm 2023"),
      subject="cơ sở rèn, sản xuất dao, kéo, nông cụ", period=ASOF),
    F("412 cơ sở tại", "412", 412, "count", "cơ sở", total=684, location="Tây Sơn",
      subject="cơ sở rèn, sản xuất dao, kéo, nông cụ", period=ASOF),
    F("sử dụng 2.150 lao động", "2.150", 2150, "count", "lao động",
      subject="lao động thường xuyên các cơ sở sử dụng", period=I(ASOF)),
    F("bình quân 7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động các cơ sở rèn", period=I(ASOF)),
    F("ước đạt 318,4 tỷ", "318,4", 318.4e9, "money", "đồng", percent=102.7, status="estimate",
      change=C("increase", 9.1, "%", "năm 2023"),
      subject="doanh thu nghề rèn toàn tỉnh", period=Y24),
    cell("Huyện Tây Sơn | 186.520", "186.520", 186520, "Huyện Tây Sơn", "Năm 2023", "Tây Sơn"),
    cell("186.520 | 205.300", "205.300", 205300, "Huyện Tây Sơn", "Ước thực hiện năm 2024", "Tây Sơn"),
    cell("An Nhơn | 58.240", "58.240", 58240, "Thị xã An Nhơn", "Năm 2023", "An Nhơn"),
    cell("58.240 | 62.850", "62.850", 62850, "Thị xã An Nhơn", "Ước thực hiện năm 2024", "An Nhơn"),
    cell("Phù Cát | 23.610", "23.610", 23610, "Huyện Phù Cát", "Năm 2023", "Phù Cát"),
    cell("23.610 | 25.120", "25.120", 25120, "Huyện Phù Cát", "Ước thực hiện năm 2024", "Phù Cát"),
    cell("khác | 23.470", "23.470", 23470, "Các địa phương khác", "Năm 2023"),
    cell("23.470 | 25.130", "25.130", 25130, "Các địa phương khác", "Ước thực hiện năm 2024"),
    cell("Tổng cộng | 291.840", "291.840", 291840, "Tổng cộng", "Năm 2023"),
    cell("291.840 | 318.400", "318.400", 318400, "Tổng cộng", "Ước thực hiện năm 2024"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="sản lượng tiêu thụ tại các tỉnh Tây Nguyên", period=I(Y24)),
    F("thêm 2 sản phẩm", "2", 2, "count", "sản phẩm", period=IN_YEAR,
      subject="sản phẩm dao rèn đạt OCOP"),
    F("lên 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="tổng số sản phẩm OCOP ngành rèn"),
    F("đạt 340 tỷ", "340", 340e9, "money", "đồng", status="target",
      subject="doanh thu nghề rèn", period=Y25),
    F("ít nhất 50 cơ sở", "50", 50, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở được hỗ trợ đổi mới thiết bị", period=Y25),
    F("không quá 30%", "30", 30, "percent", "%", approx="at_most", status="target",
      subject="mức hỗ trợ so với giá trị thiết bị", period=Y25),
    F("tối đa 50 triệu", "50", 50e6, "money", "đồng/cơ sở", approx="at_most", status="target",
      subject="mức hỗ trợ đổi mới thiết bị", period=Y25),
    F("quy mô 15 ha", "15", 15, "measure", "ha", status="target",
      subject="quy mô cụm công nghiệp làng nghề Tây Phương", location="Tây Sơn", period=Y25),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 19/BC-UBND', 'Bình Định, ngày 16 tháng 01 năm 2025' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Flattened '|' table, 'Đơn vị tính: triệu đồng' (186.520 = 186 520 000 000 đồng). Row labels are districts -> location; subject = indicator + column label.",
    "Rows 'Các địa phương khác' and 'Tổng cộng' are not places: location Bình Định, row label in the subject. Column 'Ước thực hiện năm 2024' -> status estimate.",
    "Table cells get no totals (the Tổng cộng row is its own figure); periods from the column headers (scored, as in the shared table golds).",
    "412 cơ sở after '; trong đó' is part of 684 (total), located in Tây Sơn. 'giảm 23 cơ sở so với cuối năm 2023' = change in cơ sở.",
    "'nâng tổng số ... lên 5 sản phẩm' is a stock, not a whole with a cue: no total for 2, no period for 5 (unscored).",
    "Section II 'Phấn đấu' governs all clauses after ';' (target); period from heading 'PHƯƠNG HƯỚNG NĂM 2025' (inherited). 15 ha is in Tây Sơn (named in brackets).",
    "revised after the first run: the place was removed from the subject of 412 cơ sở (Tây Sơn is its location; a place is never the subject, FIGURES.md lists).",
    "Distractors: Số: 19/BC-UBND, date line, section numbers I./II./1./2./3., 'OCOP 3 sao' (rating class), 'Lưu: VT, K1'.",
]

if __name__ == "__main__":
    write("p1233-3", TEXT, NOTES, FIGS, published="2025-01-16", location="Bình Định")
