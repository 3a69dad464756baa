from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Vĩ mô
Thứ ba, 15/10/2024, 07:30 (GMT+7)

Bắc Giang vào top 5 địa phương xuất khẩu lớn nhất nước

Kim ngạch xuất khẩu 9 tháng của Bắc Giang đạt gần 20 tỷ USD, vượt Hải Phòng và Thái Nguyên, đứng thứ 4 cả nước.

Theo số liệu của Tổng cục Hải quan, 9 tháng năm 2024, kim ngạch xuất khẩu của Bắc Giang đạt 19,87 tỷ USD, tăng 41,6% so với cùng kỳ năm trước; nhập khẩu đạt 17,2 tỷ USD, tăng 38,5%. Như vậy, tỉnh xuất siêu khoảng 2,67 tỷ USD, gấp 2,1 lần cùng kỳ.

Trong 9 tháng, cả nước có 6 địa phương đạt kim ngạch xuất khẩu trên 15 tỷ USD, gồm TP HCM (35,8 tỷ USD), Bắc Ninh (30,1 tỷ USD), Bình Dương (24,6 tỷ USD), Bắc Giang, Thái Nguyên (19,4 tỷ USD) và Hải Phòng (18,9 tỷ USD).

Xuất khẩu của Bắc Giang chủ yếu đến từ khối doanh nghiệp FDI với các mặt hàng điện tử, máy tính và linh kiện, chiếm khoảng 90% tổng kim ngạch. Trung Quốc, Hàn Quốc và Mỹ là ba thị trường lớn nhất của tỉnh.

Ông Nguyễn Văn Hoàng, Giám đốc Sở Công Thương Bắc Giang, cho biết tỉnh đặt mục tiêu kim ngạch xuất khẩu cả năm 2024 đạt 26 tỷ USD; riêng quý IV dự kiến đạt khoảng 6,5 tỷ USD nhờ các đơn hàng cuối năm. Hiện tỉnh có 8 khu công nghiệp đi vào hoạt động, tỷ lệ lấp đầy bình quân 77,3%; các khu Quang Châu, Vân Trung, Đình Trám đã gần kín diện tích.

Năm 2023, Bắc Giang xếp thứ 11 cả nước về kim ngạch xuất khẩu với 13,6 tỷ USD.

Anh Minh
"""

N9 = P("9 tháng", "2024-01-01", "2024-09-30")
N9Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
T9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("top 5", "5", 5, "count", "địa phương", "địa phương xuất khẩu lớn nhất nước", optional=True),
    F("gần 20 tỷ", "20", 20e9, "money", "USD", "kim ngạch xuất khẩu", N9, approx="nearly"),
    F("đứng thứ 4", "4", 4, "rank", "hạng", "kim ngạch xuất khẩu", N9),
    F("đạt 19,87 tỷ", "19,87", 19.87e9, "money", "USD", "kim ngạch xuất khẩu", N9Y,
      change=CH("increase", 41.6, baseline="cùng kỳ năm trước")),
    F("đạt 17,2 tỷ", "17,2", 17.2e9, "money", "USD", "kim ngạch nhập khẩu", N9Y,
      change=CH("increase", 38.5)),
    F("khoảng 2,67 tỷ", "2,67", 2.67e9, "money", "USD", "xuất siêu", I(N9Y), approx="about",
      change=CH("increase", 2.1, unit="lần", baseline="cùng kỳ")),
    F("có 6 địa phương", "6", 6, "count", "địa phương", "địa phương đạt kim ngạch xuất khẩu trên 15 tỷ USD", T9,
      location="Việt Nam"),
    F("trên 15 tỷ", "15", 15e9, "money", "USD", "kim ngạch xuất khẩu", T9, approx="over",
      location="Việt Nam", optional=True),
    F("(35,8 tỷ", "35,8", 35.8e9, "money", "USD", "kim ngạch xuất khẩu", T9, location="Thành phố Hồ Chí Minh"),
    F("(30,1 tỷ", "30,1", 30.1e9, "money", "USD", "kim ngạch xuất khẩu", T9, location="Bắc Ninh"),
    F("(24,6 tỷ", "24,6", 24.6e9, "money", "USD", "kim ngạch xuất khẩu", T9, location="Bình Dương"),
    F("(19,4 tỷ", "19,4", 19.4e9, "money", "USD", "kim ngạch xuất khẩu", T9, location="Thái Nguyên"),
    F("(18,9 tỷ", "18,9", 18.9e9, "money", "USD", "kim ngạch xuất khẩu", T9, location="Hải Phòng"),
    F("khoảng 90%", "90", 90, "percent", "%",
      "tỷ trọng xuất khẩu của khối doanh nghiệp FDI trong tổng kim ngạch", approx="about"),
    F("là ba thị trường", "ba", 3, "count", "thị trường", "thị trường xuất khẩu lớn nhất", optional=True),
    F("đạt 26 tỷ", "26", 26e9, "money", "USD", "kim ngạch xuất khẩu", P("cả năm 2024", "2024-01-01", "2024-12-31"),
      status="target"),
    F("khoảng 6,5 tỷ", "6,5", 6.5e9, "money", "USD", "kim ngạch xuất khẩu quý IV",
      P("quý IV", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("có 8 khu", "8", 8, "count", "khu công nghiệp", "khu công nghiệp đi vào hoạt động"),
    F("bình quân 77,3%", "77,3", 77.3, "percent", "%", "tỷ lệ lấp đầy bình quân các khu công nghiệp"),
    F("xếp thứ 11", "11", 11, "rank", "hạng", "kim ngạch xuất khẩu", Y23),
    F("với 13,6 tỷ", "13,6", 13.6e9, "money", "USD", "kim ngạch xuất khẩu", Y23),
]

emit("p530-6", TEXT, [
    "National press (VnExpress style: 'Thứ ba, 15/10/2024, 07:30 (GMT+7)', byline at the end): Bắc Giang exports 9 months of 2024,",
    "rank among provinces, list of the top exporting provinces, targets. Year-less '9 tháng' takes 2024 from the dateline.",
    "'gấp 2,1 lần cùng kỳ' after the trade surplus is its change (lần). The provinces after 'gồm' are money items, not parts of the",
    "count '6 địa phương' (different things): no total; each is located in its province (TP HCM -> Thành phố Hồ Chí Minh).",
    "Optional: 'top 5', the threshold 'trên 15 tỷ USD', 'ba thị trường lớn nhất'. Trade partners are not places.",
    "Not figures: dateline, '(GMT+7)', KCN names. 'riêng quý IV dự kiến' -> forecast; 'đặt mục tiêu' -> target.",
], FIGS, published="2024-10-15", location="Bắc Giang")
