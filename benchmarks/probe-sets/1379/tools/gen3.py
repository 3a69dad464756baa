"""p1379-3: formal report (Sở VHTTDL Hà Tĩnh, Số: .../BC-SVHTTDL): civilised weddings in 2023, flattened '|' table by place."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH HÀ TĨNH
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 1247/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 18 tháng 12 năm 2023

BÁO CÁO
Kết quả thực hiện nếp sống văn minh trong việc cưới năm 2023

Thực hiện Chỉ thị số 27-CT/TW ngày 12/01/1998 của Bộ Chính trị và Quyết định số 308/2005/QĐ-TTg của Thủ tướng Chính phủ, Sở Văn hóa, Thể thao và Du lịch báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Tình hình chung
Năm 2023, toàn tỉnh có 9.846 đám cưới, giảm 3,5% so với năm 2022; trong đó 9.412 đám cưới thực hiện đúng quy định, đạt 95,6% (chỉ tiêu năm 2023 là 95%). Có 126 đám cưới vi phạm về thời gian, âm thanh, chiếm 1,3%. Tỷ lệ cặp đôi đăng ký kết hôn trước khi tổ chức lễ cưới đạt 99,2%.

2. Số đám cưới phân theo địa bàn
Đơn vị tính: đám cưới
Địa bàn | Năm 2022 | Năm 2023 | Kế hoạch 2024
TP Hà Tĩnh | 1.126 | 1.084 | 1.100
Thị xã Hồng Lĩnh | 452 | 437 | 450
Huyện Cẩm Xuyên | 1.538 | 1.472 | 1.500
Các huyện, thị xã còn lại | 7.086 | 6.853 | 6.950
Tổng cộng | 10.202 | 9.846 | 10.000

3. Dịch vụ cưới
Toàn tỉnh có 214 cơ sở kinh doanh dịch vụ cưới (nhà hàng tiệc cưới, cho thuê trang phục, chụp ảnh cưới), tăng 16 cơ sở so với năm 2022. Qua kiểm tra 75 cơ sở, đã nhắc nhở 11 cơ sở, xử phạt 4 cơ sở với số tiền 23,5 triệu đồng.

II. NHIỆM VỤ NĂM 2024
Phấn đấu 96% trở lên số đám cưới thực hiện nếp sống văn minh; 100% xã, phường, thị trấn đưa nội dung việc cưới vào hương ước, quy ước; tổ chức 13 lớp tập huấn cho cán bộ văn hóa cơ sở.

Nơi nhận:
- Bộ VHTTDL (để b/c);
- UBND tỉnh (để b/c);
- Lưu: VT, NSVH.

GIÁM ĐỐC
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y22c = period("Năm 2022", "2022-01-01", "2022-12-31")
K24 = period("Kế hoạch 2024", "2024-01-01", "2024-12-31")
N24 = period("NĂM 2024", "2024-01-01", "2024-12-31")
COLS = [("năm 2022", Y22c, None), ("năm 2023", Y23, None), ("kế hoạch 2024", K24, "target")]
ROWS = [("TP Hà Tĩnh", "Hà Tĩnh", None, ["1.126", "1.084", "1.100"]),
        ("Thị xã Hồng Lĩnh", "Hồng Lĩnh", None, ["452", "437", "450"]),
        ("Huyện Cẩm Xuyên", "Cẩm Xuyên", None, ["1.538", "1.472", "1.500"]),
        ("Các huyện, thị xã còn lại", None, "các huyện, thị xã còn lại", ["7.086", "6.853", "6.950"]),
        ("Tổng cộng", None, "tổng cộng", ["10.202", "9.846", "10.000"])]

CELLS = []
for label, loc, rowsub, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {}
        if st:
            kw["status"] = st
        if loc:
            kw["location"] = loc
        subj = f"số đám cưới {rowsub} {col}" if rowsub else f"số đám cưới {col}"
        CELLS.append(F(f"{prev} | {n}", n, float(n.replace(".", "")), "count", "đám cưới",
                       subject=subj, period=p, **kw))
        prev = n

FIGS = [
    F("có 9.846 đám", "9.846", 9846, "count", "đám cưới",
      change=change("decrease", 3.5, "%", "năm 2022"), subject="đám cưới toàn tỉnh", period=Y23),
    F("trong đó 9.412 đám", "9.412", 9412, "count", "đám cưới", total=9846, percent=95.6,
      target=target(95, "%"), subject="đám cưới thực hiện đúng quy định", period=Y23),
    F("Có 126 đám", "126", 126, "count", "đám cưới", percent=1.3,
      subject="đám cưới vi phạm về thời gian, âm thanh", period=inherit(Y23)),
    F("đạt 99,2%", "99,2", 99.2, "percent", "%",
      subject="tỷ lệ cặp đôi đăng ký kết hôn trước khi tổ chức lễ cưới", period=inherit(Y23)),
] + CELLS + [
    F("có 214 cơ sở", "214", 214, "count", "cơ sở", change=change("increase", 16, "cơ sở", "năm 2022"),
      subject="cơ sở kinh doanh dịch vụ cưới", period=inherit(Y23)),
    F("kiểm tra 75 cơ sở", "75", 75, "count", "cơ sở", subject="cơ sở được kiểm tra", period=inherit(Y23)),
    F("nhắc nhở 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở bị nhắc nhở", period=inherit(Y23)),
    F("xử phạt 4 cơ sở", "4", 4, "count", "cơ sở", subject="cơ sở bị xử phạt", period=inherit(Y23)),
    F("tiền 23,5 triệu", "23,5", 23.5e6, "money", "đồng", subject="số tiền xử phạt", period=inherit(Y23)),
    F("Phấn đấu 96%", "96", 96, "percent", "%", approx="at_least", status="target",
      subject="số đám cưới thực hiện nếp sống văn minh", period=inherit(N24)),
    F("; 100% xã", "100", 100, "percent", "%", status="target",
      subject="xã, phường, thị trấn đưa nội dung việc cưới vào hương ước, quy ước", period=inherit(N24)),
    F("tổ chức 13 lớp", "13", 13, "count", "lớp", status="target",
      subject="lớp tập huấn cho cán bộ văn hóa cơ sở", period=inherit(N24)),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 1247/BC-SVHTTDL', 'Hà Tĩnh, ngày 18 tháng 12 năm 2023' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: document number, Chỉ thị số 27-CT/TW ngày 12/01/1998, Quyết định số 308/2005/QĐ-TTg, section numbers, 'Lưu: VT, NSVH'.",
    "'trong đó 9.412 đám cưới ..., đạt 95,6% (chỉ tiêu năm 2023 là 95%)': total 9.846, percent 95,6, target 95.",
    "'Có 126 đám cưới vi phạm ..., chiếm 1,3%' is a new sentence with no part cue: percent 1,3, no total.",
    "Flattened '|' table, 'Đơn vị tính: đám cưới'; place rows give location (TP Hà Tĩnh, Hồng Lĩnh, Cẩm Xuyên), 'Các huyện, thị xã còn lại'",
    "and 'Tổng cộng' stay in the subject with the province as location. Period from the column header (scored); 'Kế hoạch 2024' → target.",
    "Table cells get no total (no 'Trong đó' row). Section 3 figures inherit Năm 2023; 'tăng 16 cơ sở so với năm 2022' is a change in cơ sở.",
    "Section II 'NHIỆM VỤ NĂM 2024' + 'Phấn đấu' → target; '96% trở lên' = at least; '100% xã' and '13 lớp' continue the same sentence.",
]

if __name__ == "__main__":
    write("p1379-3", TEXT, NOTES, FIGS, published="2023-12-18", location="Hà Tĩnh")
