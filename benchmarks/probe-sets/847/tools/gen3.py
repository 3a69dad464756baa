from lib import F, P, I, C, T, write

TEXT = """UBND TỈNH NGHỆ AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 518/BC-UBND
Nghệ An, ngày 15 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển nghề sản xuất tương, nước tương truyền thống 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Về sản xuất
Thực hiện Kế hoạch số 205/KH-UBND ngày 28/3/2024 của UBND tỉnh, 9 tháng năm 2024 toàn tỉnh có 1.284 hộ và 17 hợp tác xã sản xuất tương, nước tương; tổng sản lượng ước đạt 1,86 triệu lít, bằng 71,5% kế hoạch năm, tăng 6,2% so với cùng kỳ năm 2023. Kết quả theo địa bàn như sau:

Đơn vị tính: hộ, nghìn lít, tỷ đồng
Huyện | Số hộ sản xuất | Sản lượng | Doanh thu
Nam Đàn | 612 | 905 | 27,2
Thanh Chương | 318 | 442 | 12,8
Hưng Nguyên | 214 | 316 | 9,1
Đô Lương | 140 | 197 | 5,4
Tổng cộng | 1.284 | 1.860 | 54,5

2. Về chất lượng, thị trường
Có 11 sản phẩm tương được công nhận OCOP (9 sản phẩm 3 sao, 2 sản phẩm 4 sao). Giá bán tương Nam Đàn phổ biến 30.000-35.000 đồng/lít. Khoảng 65% sản lượng được tiêu thụ ngoài tỉnh.

II. TỒN TẠI, HẠN CHẾ
Còn 23% số hộ chưa có giấy chứng nhận đủ điều kiện an toàn thực phẩm; chỉ 4 cơ sở có dây chuyền đóng chai tự động.

III. NHIỆM VỤ QUÝ IV/2024
Phấn đấu cả năm 2024 đạt 2,6 triệu lít, doanh thu 78 tỷ đồng; hỗ trợ 40 hộ đầu tư bao bì, nhãn mác theo Nghị định số 52/2018/NĐ-CP của Chính phủ.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 1.284 hộ", "1.284", 1284, "count", "hộ", "hộ sản xuất tương, nước tương", M9),
    F("và 17 hợp tác xã", "17", 17, "count", "hợp tác xã", "hợp tác xã sản xuất tương, nước tương", M9),
    F("ước đạt 1,86 triệu lít", "1,86", 1.86e6, "measure", "lít", "tổng sản lượng tương, nước tương", M9,
      percent=71.5, change=C("increase", 6.2, "%", "cùng kỳ năm 2023"), status="estimate"),
]
rows = [("Nam Đàn", "612", "905", "27,2"), ("Thanh Chương", "318", "442", "12,8"),
        ("Hưng Nguyên", "214", "316", "9,1"), ("Đô Lương", "140", "197", "5,4")]
for place, h, sl, dt in rows:
    FIGS += [
        F(f"{place} | {h}", h, int(h), "count", "hộ", "số hộ sản xuất", I(M9), location=place),
        F(f"{h} | {sl}", sl, int(sl) * 1000, "measure", "lít", "sản lượng", I(M9), location=place),
        F(f"{sl} | {dt}", dt, float(dt.replace(",", ".")) * 1e9, "money", "đồng", "doanh thu", I(M9),
          location=place),
    ]
FIGS += [
    F("Tổng cộng | 1.284", "1.284", 1284, "count", "hộ", "tổng cộng số hộ sản xuất", I(M9)),
    F("| 1.860 |", "1.860", 1860000, "measure", "lít", "tổng cộng sản lượng", I(M9)),
    F("| 54,5", "54,5", 54.5e9, "money", "đồng", "tổng cộng doanh thu", I(M9)),
    F("Có 11 sản phẩm", "11", 11, "count", "sản phẩm", "sản phẩm tương được công nhận OCOP"),
    F("(9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm tương OCOP 3 sao", total=11),
    F("9 sản phẩm 3 sao", "3", 3, "measure", "sao", "hạng sao OCOP", optional=True),
    F("2 sản phẩm 4 sao", "2", 2, "count", "sản phẩm", "sản phẩm tương OCOP 4 sao", total=11),
    F("sản phẩm 4 sao", "4", 4, "measure", "sao", "hạng sao OCOP", optional=True),
    F("30.000-35.000 đồng/lít", "30.000", 30000, "money", "đồng/lít", "giá bán tương Nam Đàn",
      value_max=35000, location="Nam Đàn"),
    F("Khoảng 65%", "65", 65, "percent", "%", "sản lượng được tiêu thụ ngoài tỉnh", approx="about"),
    F("Còn 23%", "23", 23, "percent", "%", "hộ chưa có giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    F("chỉ 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở có dây chuyền đóng chai tự động"),
    F("đạt 2,6 triệu lít", "2,6", 2.6e6, "measure", "lít", "sản lượng tương, nước tương", Y24, status="target"),
    F("doanh thu 78 tỷ đồng", "78", 78e9, "money", "đồng", "doanh thu", Y24, status="target"),
    F("hỗ trợ 40 hộ", "40", 40, "count", "hộ", "hộ được hỗ trợ đầu tư bao bì, nhãn mác", status="target"),
]

write("p847-3", TEXT, [
    "UBND tỉnh Nghệ An, báo cáo Số: 518/BC-UBND ngày 15/10/2024: nghề tương, nước tương 9 tháng 2024, flattened '|' table by district.",
    "Unit line 'hộ, nghìn lít, tỷ đồng' gives one unit per column (sản lượng ×1000 lít, doanh thu ×10^9 đồng). Table period from",
    "the sentence before the table (inherited); district rows → location; cells take no totals (the Tổng cộng row is its own figure).",
    "Document numbers, dates, section numbers, 'QUÝ IV/2024' heading are not figures; OCOP star ratings are optional.",
    "The bracketed 9 + 2 OCOP products add up to 11 → total 11.",
    "revised after the first run: the price of 'tương Nam Đàn' (a product made in Nam Đàn district) is Nam Đàn, not Nghệ An.",
], FIGS, published="2024-10-15", location="Nghệ An")
