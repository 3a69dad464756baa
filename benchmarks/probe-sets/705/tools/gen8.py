"""p705-8: commune portal (xã Lộc Bắc, huyện Bảo Lâm, Lâm Đồng), chanh dây linkage Q1/2024."""
from lib import fig, per, inh, ch, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ LỘC BẮC - HUYỆN BẢO LÂM
Trang chủ » Tin tức - Sự kiện » Kinh tế
Lộc Bắc: Hơn 180 hộ đồng bào trồng chanh dây theo chuỗi liên kết
Ngày đăng: 16/04/2024 | Lượt xem: 274

Quý I/2024, xã Lộc Bắc có 186 hộ đồng bào dân tộc thiểu số tham gia chuỗi liên kết trồng chanh dây với Công ty TNHH Nông sản Lâm Viên, tăng 34 hộ so với cuối năm 2023. Tổng diện tích chanh dây liên kết là 142,5 ha, chiếm 62% diện tích chanh dây toàn xã.

Trong quý I, các hộ đã thu hoạch 1.150 tấn quả, doanh thu ước đạt 15,8 tỷ đồng. Giá thu mua được công ty cam kết không thấp hơn 10.000 đồng/kg; thời điểm cao nhất lên tới 17.500 đồng/kg.

Năm 2023, thu nhập bình quân đầu người của xã đạt 42,5 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 7,1%, giảm 2,3% so với năm 2022. Toàn xã có 3 thôn (thôn 2, thôn 5 và thôn Đăng Gia) có trên 50% số hộ trồng chanh dây. Hiện xã có 2 tổ hợp tác chanh dây với 64 thành viên.

Ngày 12/3/2024, UBND xã ban hành Kế hoạch số 27/KH-UBND về phát triển cây chanh dây giai đoạn 2024-2026. Kế hoạch năm 2024, xã phấn đấu mở rộng diện tích chanh dây liên kết thêm 40 ha, trong đó 25 ha trồng giống chanh dây tím LĐ1; đồng thời hỗ trợ 30 hộ làm nhà lưới ươm giống.

Địa chỉ: Thôn 1, xã Lộc Bắc, huyện Bảo Lâm, tỉnh Lâm Đồng. Điện thoại: 0263.3879.124
"""

Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = per("quý I", "2024-01-01", "2024-03-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")

F = [
    fig("Hơn 180 hộ", "180", 180, "count", "hộ", "hộ đồng bào trồng chanh dây theo chuỗi liên kết", inh(Q1),
        approx="over"),
    fig("có 186 hộ", "186", 186, "count", "hộ",
        "hộ đồng bào dân tộc thiểu số tham gia chuỗi liên kết trồng chanh dây", Q1,
        change=ch("increase", 34, "hộ", "cuối năm 2023")),
    fig("là 142,5 ha", "142,5", 142.5, "measure", "ha", "tổng diện tích chanh dây liên kết", inh(Q1), percent=62),
    fig("hoạch 1.150 tấn", "1.150", 1150, "measure", "tấn", "sản lượng chanh dây thu hoạch", Q1b),
    fig("ước đạt 15,8 tỷ đồng", "15,8", 15.8e9, "money", "đồng", "doanh thu", Q1b, status="estimate"),
    fig("không thấp hơn 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá thu mua công ty cam kết",
        approx="at_least"),
    fig("lên tới 17.500 đồng/kg", "17.500", 17500, "money", "đồng/kg", "giá thu mua thời điểm cao nhất"),
    fig("đạt 42,5 triệu đồng/người/năm", "42,5", 42.5e6, "money", "đồng/người/năm", "thu nhập bình quân đầu người",
        Y23),
    fig("còn 7,1%", "7,1", 7.1, "percent", "%", "tỷ lệ hộ nghèo", Y23, change=ch("decrease", 2.3, "%", "năm 2022")),
    fig("có 3 thôn", "3", 3, "count", "thôn", "thôn có trên 50% số hộ trồng chanh dây"),
    fig("trên 50% số hộ", "50", 50, "percent", "%", "số hộ trồng chanh dây", approx="over", optional=True),
    fig("có 2 tổ hợp tác", "2", 2, "count", "tổ hợp tác", "tổ hợp tác chanh dây"),
    fig("64 thành viên", "64", 64, "count", "thành viên", "thành viên tổ hợp tác chanh dây"),
    fig("thêm 40 ha", "40", 40, "measure", "ha", "diện tích chanh dây liên kết mở rộng", Y24, status="target"),
    fig("25 ha", "25", 25, "measure", "ha", "diện tích trồng giống chanh dây tím LĐ1", Y24, total=40,
        status="target"),
    fig("hỗ trợ 30 hộ", "30", 30, "count", "hộ", "hộ được hỗ trợ làm nhà lưới ươm giống", Y24, status="target"),
]

NOTES = [
    "Commune portal (xã Lộc Bắc, huyện Bảo Lâm, Lâm Đồng): chanh dây linkage Q1/2024, income and poverty 2023, 2024 plan.",
    "Location Bảo Lâm throughout: the spec's levels are province, city, district; a commune portal implies its district.",
    "'không thấp hơn' = không dưới -> at_least (not a change). 'lên tới 17.500' is the peak price, exact.",
    "'tỷ lệ hộ nghèo còn 7,1%, giảm 2,3% so với năm 2022' -> percent figure with a change (a level, not a growth rate).",
    "'trên 50% số hộ' defines which villages are counted: optional. 'thôn 2', 'thôn 5', 'Thôn 1', 'Kế hoạch số 27/KH-UBND', 'giai đoạn 2024-2026', 'LĐ1', phone, counter: not figures.",
    "'Kế hoạch năm 2024 ... phấn đấu' -> target, continuing into 'trong đó 25 ha' (total 40) and 'đồng thời hỗ trợ 30 hộ'.",
]

if __name__ == "__main__":
    write("p705-8", TEXT, NOTES, F, published="2024-04-16", location="Bảo Lâm")
