"""p1083-3: UBND tỉnh Nam Định formal report, flattened '|' table by district (nghìn cây)."""
from lib import F, write, year, period, change, target

TEXT = """UBND TỈNH NAM ĐỊNH
Số: 47/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Định, ngày 20 tháng 02 năm 2025

BÁO CÁO
Kết quả sản xuất, tiêu thụ đào, quất phục vụ Tết Nguyên đán Ất Tỵ năm 2025

Thực hiện Kế hoạch số 158/KH-UBND ngày 12/9/2024 của UBND tỉnh, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT
1. Diện tích, số lượng
Vụ Tết Ất Tỵ, toàn tỉnh trồng 1.236 ha đào, quất và cây cảnh, tăng 4,6% so với vụ Tết năm 2024, đạt 103% kế hoạch. Số cây đưa ra thị trường theo địa phương như sau:

Đơn vị tính: nghìn cây
Địa phương | Đào cành | Đào thế | Quất cảnh | Tổng số
Nam Trực | 95,0 | 18,5 | 210,0 | 323,5
Ý Yên | 42,0 | 6,2 | 85,0 | 133,2
Vụ Bản | 30,5 | 4,8 | 64,5 | 99,8
TP Nam Định | 18,0 | 3,5 | 40,5 | 62,0
Toàn tỉnh | 185,5 | 33,0 | 400,0 | 618,5

2. Giá bán, doanh thu
Giá bán bình quân cao hơn vụ trước từ 5 đến 10%: đào cành 350.000 đồng/cành, đào thế 4,5 triệu đồng/cây, quất cảnh 450.000 đồng/chậu. Tổng doanh thu ước đạt 742 tỷ đồng, tăng 11,2% so với vụ Tết năm 2024; trong đó doanh thu từ quất cảnh 268 tỷ đồng, chiếm 36,1%.

II. TIÊU THỤ
Tính đến ngày 28/01/2025 (29 tháng Chạp), các nhà vườn đã tiêu thụ 95% số đào và khoảng 91% số quất; còn khoảng 3,2 nghìn cây đào thế và khoảng 28 nghìn chậu quất chưa bán được, được chăm sóc lưu gốc cho vụ sau.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu năm 2025 duy trì khoảng 1.250 ha đào, quất và cây cảnh; xây dựng 3 vùng sản xuất đào, quất tập trung, quy mô mỗi vùng từ 30 ha trở lên.

Nơi nhận: Bộ NN&PTNT; TT Tỉnh ủy; Lưu: VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH
"""

COLS = ["đào cành", "đào thế", "quất cảnh", "tổng số cây"]
ROWS = [
    ("Nam Trực", "Nam Trực", ["95,0", "18,5", "210,0", "323,5"]),
    ("Ý Yên", "Ý Yên", ["42,0", "6,2", "85,0", "133,2"]),
    ("Vụ Bản", "Vụ Bản", ["30,5", "4,8", "64,5", "99,8"]),
    ("TP Nam Định", "Nam Định", ["18,0", "3,5", "40,5", "62,0"]),
    ("Toàn tỉnh", "Nam Định", ["185,5", "33,0", "400,0", "618,5"]),
]

FIGS = [
    F("trồng 1.236 ha", "1.236", 1236, "measure", "ha", "diện tích trồng đào, quất và cây cảnh",
      change=change("increase", 4.6, "%", "vụ Tết năm 2024"), percent=103),
]
for label, loc, cells in ROWS:
    for i, (col, cell) in enumerate(zip(COLS, cells)):
        if i == 0:
            anchor = f"{label} | {cell}"
        else:
            anchor = f"{cells[i - 1]} | {cell}"
        value = round(float(cell.replace(",", ".")) * 1000)
        FIGS.append(F(anchor, cell, value, "count", "cây", col, location=loc))

LIST = "giá bán bình quân"
FIGS += [
    F("từ 5 đến 10%", "5", 5, "percent", "%", "giá bán bình quân", value_max=10),
    F("đào cành 350.000 đồng/cành", "350.000", 350000, "money", "đồng/cành", LIST + " đào cành"),
    F("đào thế 4,5 triệu đồng/cây", "4,5", 4500000, "money", "đồng/cây", LIST + " đào thế"),
    F("quất cảnh 450.000 đồng/chậu", "450.000", 450000, "money", "đồng/chậu", LIST + " quất cảnh"),
    F("ước đạt 742 tỷ đồng", "742", 742000000000, "money", "đồng", "tổng doanh thu",
      change=change("increase", 11.2, "%", "vụ Tết năm 2024"), status="estimate"),
    F("quất cảnh 268 tỷ đồng", "268", 268000000000, "money", "đồng", "doanh thu từ quất cảnh",
      total=742000000000, percent=36.1, status="estimate"),
]
AS_OF = period("Tính đến ngày 28/01/2025", None, "2025-01-28")
FIGS += [
    F("tiêu thụ 95% số đào", "95", 95, "percent", "%", "tỷ lệ đào đã tiêu thụ", period=AS_OF),
    F("khoảng 91% số quất", "91", 91, "percent", "%", "tỷ lệ quất đã tiêu thụ", approx="about", period=AS_OF),
    F("khoảng 3,2 nghìn cây", "3,2", 3200, "count", "cây", "cây đào thế chưa bán được", approx="about",
      period=AS_OF),
    F("khoảng 28 nghìn chậu", "28", 28000, "count", "chậu", "chậu quất chưa bán được", approx="about",
      period=AS_OF),
]
Y25 = year(2025)
FIGS += [
    F("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", "diện tích đào, quất và cây cảnh", approx="about",
      status="target", period=Y25),
    F("xây dựng 3 vùng", "3", 3, "count", "vùng", "vùng sản xuất đào, quất tập trung", status="target",
      period=Y25),
    F("từ 30 ha trở lên", "30", 30, "measure", "ha", "quy mô mỗi vùng sản xuất đào, quất tập trung",
      approx="at_least", status="target", period=Y25, optional=True),
]

NOTES = [
    "revised after the first run: the growth-rate percent's subject names the indicator only (was 'giá bán bình quân tăng so với vụ trước').",
    "Formal report (UBND tỉnh Nam Định, Số: 47/BC-UBND, 20/02/2025) on Tết Ất Tỵ peach/kumquat output.",
    "Flattened table, 'Đơn vị tính: nghìn cây': each cell ×1000, unit 'cây'; subject = column label, row label is",
    "the location ('TP Nam Định' and 'Toàn tỉnh' -> Nam Định). No period ('Vụ Tết Ất Tỵ' is a season), no totals.",
    "'đạt 103% kế hoạch' is the percent of 1.236 ha (with its change 4,6%). 'cao hơn vụ trước từ 5 đến 10%' stands",
    "before the price list: a percent range of its own. 268 tỷ: part after 'trong đó' (total 742 tỷ), share 36,1%,",
    "estimate as it continues the 'ước đạt' clause. 'từ 30 ha trở lên' is a category threshold (optional).",
    "Distractors: 'Số: 47/BC-UBND', 'Kế hoạch số 158/KH-UBND ngày 12/9/2024', '29 tháng Chạp', section numbers.",
]

write(3, TEXT, FIGS, NOTES, published="2025-02-20", location="Nam Định")
