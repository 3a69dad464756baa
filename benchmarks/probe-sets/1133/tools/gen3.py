"""p1133-3: formal report (UBND tỉnh Khánh Hòa) on app-based transport in 2023; flattened '|' table by locality."""
from lib import F, P, I, C, write

TEXT = """UBND TỈNH KHÁNH HÒA
Số: 38/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Khánh Hòa, ngày 22 tháng 02 năm 2024

BÁO CÁO
Tình hình quản lý hoạt động vận tải qua ứng dụng công nghệ năm 2023

I. KẾT QUẢ THỰC HIỆN
1. Phương tiện, người lái
Tính đến ngày 31/12/2023, toàn tỉnh có 9.874 phương tiện hoạt động qua các nền tảng gọi xe, tăng 14,6% so với năm 2022; số người lái đăng ký trên các ứng dụng là 11.320 người.
Đơn vị tính: chiếc
Địa bàn | Ô tô | Xe máy | Cộng
TP Nha Trang | 2.915 | 4.610 | 7.525
TP Cam Ranh | 386 | 812 | 1.198
Thị xã Ninh Hòa | 214 | 498 | 712
Huyện Diên Khánh | 127 | 312 | 439
Tổng cộng | 3.642 | 6.232 | 9.874

2. Kiểm tra, xử lý vi phạm
Năm 2023, lực lượng chức năng kiểm tra 1.215 lượt phương tiện kinh doanh vận tải qua ứng dụng, phát hiện, xử lý 186 trường hợp vi phạm, phạt tiền 642 triệu đồng. Trên địa bàn tỉnh xảy ra 41 vụ tai nạn giao thông có liên quan đến xe công nghệ, giảm 6,8% so với năm 2022, làm chết 9 người, bị thương 38 người.

3. Thu thuế
Năm 2023, Cục Thuế tỉnh đã thu từ các nền tảng kết nối vận tải và người lái 27,4 tỷ đồng, bằng 112% so với năm 2022. Trong đó, thuế giá trị gia tăng 17,6 tỷ đồng, thuế thu nhập cá nhân 9,8 tỷ đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu giảm từ 5% đến 10% số vụ tai nạn giao thông liên quan đến xe công nghệ so với năm 2023; thu thuế từ lĩnh vực này đạt trên 30 tỷ đồng; 100% phương tiện được cấp phù hiệu điện tử.

Nơi nhận:
- Bộ Giao thông vận tải (b/c);
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
"""

ASOF = P("Tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31", inherited=True)
# Cell subject = row label + column label (FIGURES.md, Tables); a place row label goes to location.
# (First version added the lead sentence's indicator 'hoạt động qua các nền tảng gọi xe'; removed after the first run.)
COLS = {"Ô tô": "Ô tô", "Xe máy": "Xe máy", "Cộng": "Cộng"}


def cell(anchor, number, value, col, place, total_row=False):
    subj = ("Tổng cộng " if total_row else "") + COLS[col]
    return F(anchor, number, value, "count", "chiếc", subject=subj, period=I(ASOF), location=place)


FIGS = [
    F("có 9.874 phương tiện", "9.874", 9874, "count", "phương tiện",
      change=C("increase", 14.6, "%", "năm 2022"),
      subject="phương tiện hoạt động qua các nền tảng gọi xe", period=ASOF),
    F("là 11.320 người", "11.320", 11320, "count", "người",
      subject="người lái đăng ký trên các ứng dụng", period=ASOF),
    cell("Nha Trang | 2.915", "2.915", 2915, "Ô tô", "Nha Trang"),
    cell("2.915 | 4.610", "4.610", 4610, "Xe máy", "Nha Trang"),
    cell("4.610 | 7.525", "7.525", 7525, "Cộng", "Nha Trang"),
    cell("Cam Ranh | 386", "386", 386, "Ô tô", "Cam Ranh"),
    cell("386 | 812", "812", 812, "Xe máy", "Cam Ranh"),
    cell("812 | 1.198", "1.198", 1198, "Cộng", "Cam Ranh"),
    cell("Ninh Hòa | 214", "214", 214, "Ô tô", "Ninh Hòa"),
    cell("214 | 498", "498", 498, "Xe máy", "Ninh Hòa"),
    cell("498 | 712", "712", 712, "Cộng", "Ninh Hòa"),
    cell("Khánh | 127", "127", 127, "Ô tô", "Diên Khánh"),
    cell("127 | 312", "312", 312, "Xe máy", "Diên Khánh"),
    cell("312 | 439", "439", 439, "Cộng", "Diên Khánh"),
    cell("Tổng cộng | 3.642", "3.642", 3642, "Ô tô", "Khánh Hòa", True),
    cell("3.642 | 6.232", "6.232", 6232, "Xe máy", "Khánh Hòa", True),
    cell("6.232 | 9.874", "9.874", 9874, "Cộng", "Khánh Hòa", True),
    F("kiểm tra 1.215 lượt", "1.215", 1215, "count", "lượt phương tiện",
      subject="lượt phương tiện kinh doanh vận tải qua ứng dụng được kiểm tra", period=Y23),
    F("xử lý 186 trường hợp", "186", 186, "count", "trường hợp",
      subject="trường hợp vi phạm bị phát hiện, xử lý", period=Y23),
    F("phạt tiền 642 triệu", "642", 642000000, "money", "đồng", subject="tiền phạt vi phạm", period=Y23),
    F("xảy ra 41 vụ", "41", 41, "count", "vụ", change=C("decrease", 6.8, "%", "năm 2022"),
      subject="vụ tai nạn giao thông có liên quan đến xe công nghệ", period=I(Y23)),
    F("làm chết 9 người", "9", 9, "count", "người",
      subject="người chết do tai nạn giao thông có liên quan đến xe công nghệ", period=I(Y23)),
    F("bị thương 38 người", "38", 38, "count", "người",
      subject="người bị thương do tai nạn giao thông có liên quan đến xe công nghệ", period=I(Y23)),
    F("người lái 27,4 tỷ", "27,4", 27400000000, "money", "đồng", percent=112,
      subject="thuế thu từ các nền tảng kết nối vận tải và người lái", period=Y23),
    F("gia tăng 17,6 tỷ", "17,6", 17600000000, "money", "đồng", total=27400000000,
      subject="thuế giá trị gia tăng thu từ các nền tảng kết nối vận tải và người lái", period=I(Y23)),
    F("cá nhân 9,8 tỷ", "9,8", 9800000000, "money", "đồng", total=27400000000,
      subject="thuế thu nhập cá nhân thu từ các nền tảng kết nối vận tải và người lái", period=I(Y23)),
    F("từ 5% đến 10%", "5", 5, "percent", "%", value_max=10, status="target",
      subject="giảm số vụ tai nạn giao thông liên quan đến xe công nghệ so với năm 2023", period=Y24),
    F("trên 30 tỷ", "30", 30000000000, "money", "đồng", approx="over", status="target",
      subject="thu thuế từ lĩnh vực vận tải qua ứng dụng công nghệ", period=Y24),
    F("100% phương tiện", "100", 100, "percent", "%", status="target",
      subject="phương tiện được cấp phù hiệu điện tử", period=Y24),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH KHÁNH HÒA', 'Số: 38/BC-UBND', 'Khánh Hòa, ngày 22 tháng 02 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: chiếc'; row labels are places (location), subject = column label only (spec: row label +",
    "column label, a place label goes to location); the 'Tổng cộng' row keeps its label, location Khánh Hòa. Cells get the as-of date of the sentence above (inherited), no totals.",
    "'bằng 112% so với năm 2022' is a share (percent attribute), like 'bằng 139% cùng kỳ' in the spec.",
    "Section II heading 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' continuing through ';' -> status target, period inherited.",
    "'giảm từ 5% đến 10% số vụ' is a target rate as the claim (percent, no change object).",
    "revised after the first run: table cell subjects reduced to the labels (row label + column label), see REPORT.md.",
    "Distractors: Số: 38/BC-UBND, section numbers I./II./1.-3., 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1133-3", TEXT, NOTES, FIGS, published="2024-02-22", location="Khánh Hòa")
