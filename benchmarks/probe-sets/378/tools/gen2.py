from lib import F, P, CH, TG, emit

TEXT = """
SỞ CÔNG THƯƠNG TỈNH ĐỒNG THÁP
Địa chỉ: số 12 đường 30/4, Phường 1, TP Cao Lãnh - Điện thoại: 0277.3851.442
Ngày đăng: 08/10/2024 | Người đăng: Phòng Quản lý Thương mại

Kết quả xúc tiến thương mại nông sản 9 tháng năm 2024

Thực hiện Quyết định số 1123/QĐ-UBND của UBND tỉnh, 9 tháng năm 2024, Sở Công Thương đã tổ chức và hỗ trợ doanh nghiệp, hợp tác xã tham gia 14 hội chợ, triển lãm trong và ngoài tỉnh với 236 gian hàng, đạt 87,4% kế hoạch năm (270 gian hàng); doanh số bán hàng tại hội chợ ước đạt 18,6 tỷ đồng, tăng 21,4% so với cùng kỳ. Các đơn vị đã ký kết 47 biên bản ghi nhớ và 19 hợp đồng nguyên tắc, tổng giá trị khoảng 126 tỷ đồng.

Số gian hàng theo nhóm sản phẩm như sau:
Đơn vị tính: gian hàng
Nhóm sản phẩm | Quý I | Quý II | Quý III | 9 tháng
Gạo và sản phẩm từ gạo | 18 | 25 | 21 | 64
Trái cây (xoài, quýt hồng) | 12 | 31 | 27 | 70
Thủy sản chế biến | 9 | 14 | 16 | 39
Sản phẩm OCOP khác | 15 | 20 | 28 | 63
Tổng cộng | 54 | 90 | 92 | 236

Hoạt động kết nối cung cầu tiếp tục được đẩy mạnh. Sở đã phối hợp tổ chức 3 hội nghị kết nối với TP Hồ Chí Minh, Hà Nội và Đà Nẵng, thu hút gần 300 doanh nghiệp tham dự. Xuất khẩu xoài 9 tháng ước đạt 12.400 tấn, chiếm khoảng 30% sản lượng xoài thương phẩm; trong đó các huyện Cao Lãnh 7.800 tấn, Tháp Mười 2.100 tấn.

Quý IV/2024, Sở phấn đấu hỗ trợ doanh nghiệp tham gia thêm từ 3 đến 5 hội chợ, trong đó có Festival Lúa gạo Việt Nam lần thứ VI.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
COLS = [("Quý I", "2024-01-01", "2024-03-31"), ("Quý II", "2024-04-01", "2024-06-30"),
        ("Quý III", "2024-07-01", "2024-09-30"), ("9 tháng", "2024-01-01", "2024-09-30")]
ROWS = [("Gạo và sản phẩm từ gạo", "từ gạo", [18, 25, 21, 64]),
        ("Trái cây (xoài, quýt hồng)", "xoài, quýt hồng)", [12, 31, 27, 70]),
        ("Thủy sản chế biến", "chế biến", [9, 14, 16, 39]),
        ("Sản phẩm OCOP khác", "OCOP khác", [15, 20, 28, 63]),
        ("Tổng cộng", "Tổng cộng", [54, 90, 92, 236])]

FIGS = [
    F("tham gia 14 hội chợ", "14", 14, "count", "hội chợ, triển lãm",
      "hội chợ, triển lãm trong và ngoài tỉnh doanh nghiệp, hợp tác xã tham gia", N9),
    F("với 236 gian hàng", "236", 236, "count", "gian hàng", "gian hàng tại hội chợ, triển lãm", N9,
      percent=87.4, target=TG(270, "gian hàng")),
    F("ước đạt 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng", "doanh số bán hàng tại hội chợ", N9,
      status="estimate", change=CH("increase", 21.4, "%", "cùng kỳ")),
    F("ký kết 47 biên bản", "47", 47, "count", "biên bản ghi nhớ", "biên bản ghi nhớ ký kết", N9i),
    F("và 19 hợp đồng", "19", 19, "count", "hợp đồng nguyên tắc", "hợp đồng nguyên tắc ký kết", N9i),
    F("khoảng 126 tỷ đồng", "126", 126000000000, "money", "đồng",
      "tổng giá trị biên bản ghi nhớ và hợp đồng nguyên tắc", N9i, approx="about"),
]
for label, key, vals in ROWS:
    for j, ((col, s, e), v) in enumerate(zip(COLS, vals)):
        if j == 0:
            anchor = f"{key} | {v} |"
        elif j < 3:
            anchor = f"| {vals[j-1]} | {v} |"
        else:
            anchor = f"| {vals[j-1]} | {v}\n"
        FIGS.append(F(anchor, str(v), v, "count", "gian hàng", f"gian hàng {label} {col}", P(col, s, e)))
FIGS += [
    F("tổ chức 3 hội nghị", "3", 3, "count", "hội nghị", "hội nghị kết nối cung cầu phối hợp tổ chức", N9i),
    F("gần 300 doanh nghiệp", "300", 300, "count", "doanh nghiệp", "doanh nghiệp tham dự hội nghị kết nối", N9i,
      approx="nearly"),
    F("ước đạt 12.400 tấn", "12.400", 12400, "measure", "tấn", "xuất khẩu xoài",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", percent=30),
    F("Cao Lãnh 7.800 tấn", "7.800", 7800, "measure", "tấn", "xuất khẩu xoài",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", total=12400, location="Cao Lãnh"),
    F("Tháp Mười 2.100 tấn", "2.100", 2100, "measure", "tấn", "xuất khẩu xoài",
      P("9 tháng", "2024-01-01", "2024-09-30"), status="estimate", total=12400, location="Tháp Mười"),
    F("từ 3 đến 5 hội chợ", "3", 3, "count", "hội chợ", "hội chợ hỗ trợ doanh nghiệp tham gia thêm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), value_max=5, status="target"),
]

COMMENTS = [
    "Sở Công Thương Đồng Tháp (department site), 'Ngày đăng: 08/10/2024 | Người đăng: …'. Distractors: address 'số 12 đường 30/4, Phường 1',",
    "phone 0277.3851.442, 'Quyết định số 1123/QĐ-UBND', 'Festival Lúa gạo Việt Nam lần thứ VI' (edition name), headline period.",
    "'236 gian hàng, đạt 87,4% kế hoạch năm (270 gian hàng)': percent 87.4 and target 270 (plan in brackets).",
    "Flattened '|' table with 'Đơn vị tính: gian hàng': every cell a count; subject = row + column label; period from the column header",
    "(Quý I/II/III, 9 tháng; year 2024 from the text above); 'Tổng cộng' row cells are figures of their own, no totals for table cells.",
    "'12.400 tấn, chiếm khoảng 30%' -> percent 30; 'trong đó các huyện Cao Lãnh …, Tháp Mười …' -> parts with total 12400, districts as location,",
    "status estimate continues from 'ước đạt' across the ';'. TP Hồ Chí Minh, Hà Nội, Đà Nẵng are partners of the conferences, not places of the figures.",
]

emit(2, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Đồng Tháp")
