"""p889-3: formal report (UBND tỉnh Nghệ An, Số: 218/BC-UBND) with a flattened '|' table."""
from lib import F, P, CH, build

TEXT = """UBND TỈNH NGHỆ AN
Số: 218/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nghệ An, ngày 14 tháng 6 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động dạy thêm, học thêm năm học 2023-2024

Thực hiện Công văn số 1732/BGDĐT-GDTrH ngày 10/5/2024 của Bộ Giáo dục và Đào tạo, UBND tỉnh báo cáo như sau:

I. TÌNH HÌNH CHUNG
1. Tính đến ngày 31/5/2024, toàn tỉnh có 534 cơ sở dạy thêm ngoài nhà trường được cấp phép, tăng 8,3% so với cùng kỳ năm 2023; có trên 2.900 giáo viên tham gia giảng dạy, số học sinh theo học ước đạt 61.200 em.
2. Số liệu theo địa bàn:
Đơn vị tính: cơ sở
Địa bàn | Được cấp phép | Đã kiểm tra | Có vi phạm
TP Vinh | 187 | 142 | 11
TX Cửa Lò | 36 | 30 | 2
TX Hoàng Mai | 29 | 21 | 1
Các huyện còn lại | 282 | 196 | 14
Tổng cộng | 534 | 389 | 28

II. KẾT QUẢ KIỂM TRA, XỬ LÝ
1. Trong năm học, các đoàn kiểm tra đã kiểm tra 389 cơ sở, đạt 72,8% số cơ sở được cấp phép; phát hiện 28 cơ sở vi phạm, trong đó 17 cơ sở không niêm yết công khai học phí, 11 cơ sở dạy vượt số học sinh quy định. Tổng số tiền xử phạt vi phạm hành chính là 312,5 triệu đồng theo Nghị định số 04/2021/NĐ-CP.
2. Có 9 giáo viên dạy thêm trái quy định bị xử lý kỷ luật (khiển trách 7, cảnh cáo 2), giảm 5 giáo viên so với năm học 2022-2023.

III. NHIỆM VỤ NĂM HỌC 2024-2025
1. Phấn đấu 100% cơ sở dạy thêm được kiểm tra ít nhất 01 lần/năm; tỷ lệ cơ sở vi phạm dưới 5%.
2. Dự kiến mở 12 lớp tập huấn cho khoảng 1.500 cán bộ quản lý, giáo viên.

Nơi nhận:
- Bộ GD&ĐT (để b/c);
- Lưu: VT, KGVX.
"""

ASOF = P("Tính đến ngày 31/5/2024", end="2024-05-31")
ASOF_I = P("Tính đến ngày 31/5/2024", end="2024-05-31", inherited=True)
SY = P("Trong năm học", "2023-09-01", "2024-05-31")
SY_I = P("năm học 2023-2024", "2023-09-01", "2024-05-31", inherited=True)
NX_I = P("NĂM HỌC 2024-2025", "2024-09-01", "2025-05-31", inherited=True)

LIC, CHK, VIO = "cơ sở dạy thêm được cấp phép", "cơ sở dạy thêm đã kiểm tra", "cơ sở dạy thêm có vi phạm"
ROWS = [  # (row label anchor prefix, location, subject suffix, cells)
    ("TP Vinh", "Vinh", "", ("187", "142", "11")),
    ("TX Cửa Lò", "Cửa Lò", "", ("36", "30", "2")),
    ("TX Hoàng Mai", "Hoàng Mai", "", ("29", "21", "1")),
    ("Các huyện còn lại", "Nghệ An", " các huyện còn lại", ("282", "196", "14")),
    ("Tổng cộng", "Nghệ An", " tổng cộng", ("534", "389", "28")),
]

TABLE = []
for label, loc, suf, (a, b, c) in ROWS:
    TABLE += [
        F(f"{label} | {a}", a, "count", "cơ sở", LIC + suf, period=ASOF_I, location=loc),
        F(f"{label} | {a} | {b}", b, "count", "cơ sở", CHK + suf, period=SY_I, location=loc),
        F(f"{label} | {a} | {b} | {c}", c, "count", "cơ sở", VIO + suf, period=SY_I, location=loc),
    ]

FIGS = [
    F("có 534 cơ sở", "534", "count", "cơ sở", "cơ sở dạy thêm ngoài nhà trường được cấp phép",
      change=CH("increase", 8.3, "%", "cùng kỳ năm 2023"), period=ASOF),
    F("trên 2.900 giáo viên", "2.900", "count", "giáo viên", "giáo viên tham gia giảng dạy", approx="over", period=ASOF),
    F("ước đạt 61.200 em", "61.200", "count", "học sinh", "học sinh theo học", status="estimate", period=ASOF),
] + TABLE + [
    F("kiểm tra 389 cơ sở", "389", "count", "cơ sở", "cơ sở được kiểm tra", percent=72.8, period=SY),
    F("phát hiện 28 cơ sở", "28", "count", "cơ sở", "cơ sở vi phạm", period=SY),
    F("17 cơ sở không niêm yết", "17", "count", "cơ sở", "cơ sở không niêm yết công khai học phí", total=28, period=SY),
    F("11 cơ sở dạy vượt", "11", "count", "cơ sở", "cơ sở dạy vượt số học sinh quy định", total=28, period=SY),
    F("312,5 triệu đồng", "312,5", "money", "đồng", "tiền xử phạt vi phạm hành chính", period=SY_I),
    F("Có 9 giáo viên", "9", "count", "giáo viên", "giáo viên dạy thêm trái quy định bị xử lý kỷ luật",
      change=CH("decrease", 5, "giáo viên", "năm học 2022-2023"), period=SY_I),
    F("khiển trách 7", "7", "count", "giáo viên", "giáo viên bị khiển trách", total=9, period=SY_I),
    F("cảnh cáo 2", "2", "count", "giáo viên", "giáo viên bị cảnh cáo", total=9, period=SY_I),
    F("Phấn đấu 100%", "100", "percent", "%", "cơ sở dạy thêm được kiểm tra", status="target", period=NX_I),
    F("01 lần/năm", "01", "measure", "lần/năm", "số lần kiểm tra mỗi cơ sở", approx="at_least", status="target",
      optional=True),
    F("dưới 5%", "5", "percent", "%", "tỷ lệ cơ sở vi phạm", approx="under", status="target", period=NX_I),
    F("mở 12 lớp", "12", "count", "lớp", "lớp tập huấn", status="forecast", period=NX_I),
    F("khoảng 1.500 cán bộ", "1.500", "count", "cán bộ", "cán bộ quản lý, giáo viên được tập huấn", approx="about",
      status="forecast", period=NX_I),
]

NOTES = [
    "Báo cáo UBND tỉnh Nghệ An số 218/BC-UBND ngày 14/6/2024: quản lý dạy thêm, học thêm năm học 2023-2024; flattened table by place.",
    "'Nghệ An, ngày 14 tháng 6 năm 2024' is the document's own date. Section numbers, 'Số: 218/BC-UBND', 'Công văn số 1732/…',",
    "'Nghị định số 04/2021/NĐ-CP' are not figures. Table cells (Đơn vị tính: cơ sở) are figures without totals; the Tổng cộng row is its own figure.",
    "Table periods stand in the lines above (inherited). 'Trong năm học' takes the school year of the title: 2023-09-01..2024-05-31.",
    "'(khiển trách 7, cảnh cáo 2)' is a bracketed breakdown of the 9 teachers: total 9. '01 lần/năm' defines the target: optional.",
    "'61.200 em': 'em' stands for the học sinh the clause names (số học sinh theo học), so the unit is học sinh.",
]

if __name__ == "__main__":
    build("p889-3", TEXT, FIGS, published="2024-06-14", location="Nghệ An", notes=NOTES)
