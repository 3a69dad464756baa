"""p1096-3: An Giang formal report (letterhead, Số: .../BC-UBND) with a flattened '|' table by district."""
from lib import F, period, inherit, change, day, write

TEXT = """UBND TỈNH AN GIANG
Số: 246/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 15 tháng 7 năm 2024

BÁO CÁO
Kết quả quản lý hoạt động kinh doanh vàng 6 tháng đầu năm 2024

I. TÌNH HÌNH CHUNG
1. Tính đến ngày 30/6/2024, toàn tỉnh có 398 cơ sở kinh doanh vàng trang sức, mỹ nghệ, giảm 7 cơ sở so với cuối năm 2023; trong đó 12 cơ sở là doanh nghiệp có Giấy chứng nhận đủ điều kiện sản xuất vàng trang sức, mỹ nghệ.
2. Ngày 28/6/2024, giá vàng nhẫn 9999 tại TP Long Xuyên bán ra phổ biến ở mức 75,6 triệu đồng/lượng, giảm 1,9 triệu đồng/lượng so với mức đỉnh tháng 5. Vàng miếng SJC tại các ngân hàng thương mại trên địa bàn tỉnh bán ra theo giá Ngân hàng Nhà nước công bố là 76,98 triệu đồng/lượng.

II. KẾT QUẢ KIỂM TRA, XỬ LÝ VI PHẠM
1. Trong 6 tháng đầu năm, các lực lượng chức năng đã kiểm tra 143 cơ sở, phát hiện 37 cơ sở vi phạm, xử phạt 518,5 triệu đồng, tăng 21,4% so với cùng kỳ năm 2023. Kết quả theo địa bàn:
Đơn vị tính: cơ sở
STT | Địa bàn | Số cơ sở kinh doanh | Số cơ sở được kiểm tra | Số cơ sở vi phạm | Tiền phạt (triệu đồng)
1 | TP Long Xuyên | 96 | 38 | 11 | 162,0
2 | TP Châu Đốc | 64 | 25 | 7 | 98,5
3 | TX Tân Châu | 52 | 21 | 6 | 81,0
4 | Huyện Chợ Mới | 71 | 27 | 6 | 90,0
5 | Các huyện còn lại | 115 | 32 | 7 | 87,0
 | Tổng cộng | 398 | 143 | 37 | 518,5
2. Qua kiểm định, 3/17 mẫu vàng trang sức có hàm lượng vàng thấp hơn mức công bố từ 1,5 đến 4,2%.

III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
1. Tiếp tục thực hiện Nghị định số 24/2012/NĐ-CP; dự kiến kiểm tra khoảng 150 cơ sở trong 6 tháng cuối năm 2024.
2. Phấn đấu đến ngày 31/12/2024 có 100% cơ sở kinh doanh vàng sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền (hiện đạt 81,2%).

Nơi nhận:
- Ngân hàng Nhà nước Chi nhánh tỉnh;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
PHÓ CHỦ TỊCH
"""

NOTES = [
    "UBND tỉnh An Giang, Báo cáo số 246/BC-UBND ngày 15/7/2024 (published = the report's date): kinh doanh vàng 6 tháng đầu năm 2024.",
    "Distractors: Số: 246/BC-UBND, section numbers I.-III. and 1.-2., STT column 1-5, Nghị định số 24/2012/NĐ-CP, purity label 9999.",
    "Table: every numeric cell is a figure; the district (row label) is its location, the column label its subject; 'Các huyện còn lại'",
    "and 'Tổng cộng' rows stay An Giang. Periods come from the line above the table (inherited). Table cells get no totals.",
    "'3/17 mẫu' gives total 17; 'thấp hơn mức công bố từ 1,5 đến 4,2%' is the purity shortfall of those samples: a percent figure",
    "of its own (range), not a change of the count 3. '(hiện đạt 81,2%)' is actual, with no period ('hiện').",
]

ASOF = period("Tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = period("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1i = inherit(H1)
ASOFi = inherit(ASOF)
D28 = day("Ngày 28/6/2024", "2024-06-28")

FIGS = [
    F("toàn tỉnh có 398 cơ sở", "398", 398, "count", "cơ sở", "cơ sở kinh doanh vàng trang sức, mỹ nghệ", ASOF,
      change=change("decrease", 7, "cơ sở", "cuối năm 2023")),
    F("trong đó 12 cơ sở", "12", 12, "count", "cơ sở",
      "cơ sở là doanh nghiệp có Giấy chứng nhận đủ điều kiện sản xuất vàng trang sức, mỹ nghệ", ASOF, total=398),
    F("mức 75,6 triệu", "75,6", 75.6e6, "money", "đồng/lượng", "giá bán ra vàng nhẫn", D28, location="Long Xuyên",
      change=change("decrease", 1.9e6, "đồng/lượng", "mức đỉnh tháng 5")),
    F("là 76,98 triệu", "76,98", 76.98e6, "money", "đồng/lượng", "giá bán ra vàng miếng SJC", inherit(D28)),
    F("kiểm tra 143 cơ sở", "143", 143, "count", "cơ sở", "cơ sở được kiểm tra", H1),
    F("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở vi phạm", H1),
    F("xử phạt 518,5 triệu đồng", "518,5", 518.5e6, "money", "đồng", "tiền xử phạt", H1,
      change=change("increase", 21.4, "%", "cùng kỳ năm 2023")),
]

ROWS = [
    ("TP Long Xuyên", "Long Xuyên", ["96", "38", "11", "162,0"]),
    ("TP Châu Đốc", "Châu Đốc", ["64", "25", "7", "98,5"]),
    ("TX Tân Châu", "Tân Châu", ["52", "21", "6", "81,0"]),
    ("Huyện Chợ Mới", "Chợ Mới", ["71", "27", "6", "90,0"]),
    ("Các huyện còn lại", "An Giang", ["115", "32", "7", "87,0"]),
    ("Tổng cộng", "An Giang", ["398", "143", "37", "518,5"]),
]
COLS = [("Số cơ sở kinh doanh", ASOFi), ("Số cơ sở được kiểm tra", H1i), ("Số cơ sở vi phạm", H1i),
        ("Tiền phạt", H1i)]
for label, place, cells in ROWS:
    for i, cell in enumerate(cells):
        anchor = label + " | " + " | ".join(cells[: i + 1])
        col, per = COLS[i]
        subj = col if label.startswith("TP") or label.startswith("TX") or label.startswith("Huyện") else f"{col} {label.lower()}"
        num = float(cell.replace(",", "."))
        if i == 3:
            FIGS.append(F(anchor, cell, round(num * 1e6), "money", "đồng", subj, per, location=place))
        else:
            FIGS.append(F(anchor, cell, num, "count", "cơ sở", subj, per, location=place))

FIGS += [
    F("3/17 mẫu", "3", 3, "count", "mẫu", "mẫu vàng trang sức có hàm lượng vàng thấp hơn mức công bố", H1i, total=17),
    F("từ 1,5 đến 4,2%", "1,5", 1.5, "percent", "%", "mức hàm lượng vàng thấp hơn mức công bố", H1i, value_max=4.2),
    F("khoảng 150 cơ sở", "150", 150, "count", "cơ sở", "cơ sở kinh doanh vàng kiểm tra",
      period("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31"), approx="about", status="forecast"),
    F("có 100% cơ sở", "100", 100, "percent", "%", "cơ sở kinh doanh vàng sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền",
      period("đến ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("hiện đạt 81,2%", "81,2", 81.2, "percent", "%", "cơ sở kinh doanh vàng sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền"),
]

write("p1096-3", TEXT, NOTES, FIGS, published="2024-07-15", location="An Giang")
