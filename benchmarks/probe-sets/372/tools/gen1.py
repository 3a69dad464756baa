from lib import F, P, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN
Trang chủ » Kinh tế » Thương mại - Dịch vụ

Kim ngạch xuất nhập khẩu qua địa bàn tỉnh 9 tháng năm 2024 ước đạt gần 4,3 tỷ USD
Cập nhật: 14/10/2024 08:45 | Lượt xem: 2.315

Theo Sở Công Thương, 9 tháng năm 2024, tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu trên địa bàn tỉnh Lạng Sơn ước đạt gần 4,3 tỷ USD, tăng 18,6% so với cùng kỳ năm 2023, bằng 82,5% kế hoạch năm. Trong đó, xuất khẩu đạt 1,74 tỷ USD; nhập khẩu đạt 2,55 tỷ USD.

Xét theo từng cửa khẩu, Cửa khẩu quốc tế Hữu Nghị dẫn đầu với 2,11 tỷ USD, chiếm 49,2% tổng kim ngạch; tiếp đến là cửa khẩu Tân Thanh (1,06 tỷ USD), ga đường sắt quốc tế Đồng Đăng (598 triệu USD), cửa khẩu Chi Ma (332 triệu USD). Các cặp chợ biên giới và lối mở còn lại đạt khoảng 190 triệu USD.

Hoạt động thông quan diễn ra thông suốt, bình quân khoảng 1.450 phương tiện/ngày, trong đó xe chở hàng xuất khẩu khoảng 620 phương tiện/ngày. Vào cao điểm thu hoạch sầu riêng, lượng xe qua đường chuyên dụng khu vực mốc 1119-1120 lên tới 1.800 - 2.000 xe/ngày.

Tính đến 30/9/2024, có 1.236 doanh nghiệp tham gia hoạt động xuất nhập khẩu qua địa bàn, tăng 87 doanh nghiệp so với cùng kỳ; trong đó có 318 doanh nghiệp của tỉnh. Thu ngân sách từ hoạt động xuất nhập khẩu do Cục Hải quan Lạng Sơn thực hiện đạt 4.652 tỷ đồng, đạt 72,7% chỉ tiêu được giao.

Quý IV/2024, tỉnh phấn đấu kim ngạch xuất nhập khẩu đạt trên 1,3 tỷ USD, nâng tổng kim ngạch cả năm lên khoảng 5,6 tỷ USD (kế hoạch năm là 5,2 tỷ USD). Doanh nghiệp cần hỗ trợ liên hệ đường dây nóng của Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn: 0205.3710.115.
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
T30 = P("Tính đến 30/9/2024", None, "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
Y = P("cả năm", "2024-01-01", "2024-12-31")
KN = "kim ngạch xuất nhập khẩu"

FIGS = [
    F("năm 2024 ước đạt gần 4,3 tỷ USD\n", "4,3", 4.3e9, "money", "USD", "kim ngạch xuất nhập khẩu qua địa bàn tỉnh", N9,
      approx="nearly", status="estimate"),
    F("hàng hóa qua các cửa khẩu trên địa bàn tỉnh Lạng Sơn ước đạt gần 4,3 tỷ USD", "4,3", 4.3e9, "money", "USD",
      "tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu", N9, approx="nearly", percent=82.5,
      change=CH("increase", 18.6, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("xuất khẩu đạt 1,74 tỷ USD", "1,74", 1.74e9, "money", "USD", "xuất khẩu", N9i, total=4.3e9, status="estimate"),
    F("nhập khẩu đạt 2,55 tỷ USD", "2,55", 2.55e9, "money", "USD", "nhập khẩu", N9i, total=4.3e9, status="estimate"),
    F("dẫn đầu với 2,11 tỷ USD", "2,11", 2.11e9, "money", "USD", KN, N9i, percent=49.2),
    F("Tân Thanh (1,06 tỷ USD)", "1,06", 1.06e9, "money", "USD", KN, N9i),
    F("Đồng Đăng (598 triệu USD)", "598", 598e6, "money", "USD", KN, N9i),
    F("Chi Ma (332 triệu USD)", "332", 332e6, "money", "USD", KN, N9i),
    F("đạt khoảng 190 triệu USD", "190", 190e6, "money", "USD", KN + " các cặp chợ biên giới và lối mở còn lại", N9i,
      approx="about"),
    F("khoảng 1.450 phương tiện/ngày", "1.450", 1450, "measure", "phương tiện/ngày", "phương tiện thông quan bình quân", N9i,
      approx="about"),
    F("khoảng 620 phương tiện/ngày", "620", 620, "measure", "phương tiện/ngày", "xe chở hàng xuất khẩu", N9i,
      approx="about", total=1450),
    F("1.800 - 2.000 xe/ngày", "1.800", 1800, "measure", "xe/ngày",
      "lượng xe qua đường chuyên dụng vào cao điểm thu hoạch sầu riêng", N9i, value_max=2000),
    F("có 1.236 doanh nghiệp", "1.236", 1236, "count", "doanh nghiệp",
      "doanh nghiệp tham gia hoạt động xuất nhập khẩu qua địa bàn", T30,
      change=CH("increase", 87, "doanh nghiệp", "cùng kỳ")),
    F("có 318 doanh nghiệp", "318", 318, "count", "doanh nghiệp", "doanh nghiệp của tỉnh tham gia hoạt động xuất nhập khẩu",
      T30, total=1236),
    F("đạt 4.652 tỷ đồng", "4.652", 4652e9, "money", "đồng", "thu ngân sách từ hoạt động xuất nhập khẩu",
      P("Tính đến 30/9/2024", None, "2024-09-30", inh=True), percent=72.7),
    F("đạt trên 1,3 tỷ USD", "1,3", 1.3e9, "money", "USD", KN, Q4, approx="over", status="target"),
    F("lên khoảng 5,6 tỷ USD", "5,6", 5.6e9, "money", "USD", "tổng kim ngạch cả năm", Y, approx="about",
      status="target", target={"value": 5.2e9, "unit": "USD"}),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Lạng Sơn: kim ngạch XNK qua các cửa khẩu 9 tháng năm 2024, by gate, vehicles per day, enterprises, budget, Q4 targets.",
    "Dateline 'Cập nhật: 14/10/2024 08:45 | Lượt xem: 2.315' (counter = furniture). Distractors: 'mốc 1119-1120' (border marker), phone 0205.3710.115.",
    "Headline figure annotated (period 9 tháng năm 2024 in the headline). 'Trong đó' XK/NK are parts of 4,3 tỷ (sum 4,29).",
    "Gates are not administrative places: location stays Lạng Sơn; list items take the list indicator (kim ngạch xuất nhập khẩu) as subject.",
    "'khoảng 620 phương tiện/ngày' after 'trong đó' is part of the 1.450 phương tiện/ngày. Rates per day are measure.",
    "'(kế hoạch năm là 5,2 tỷ USD)' is the target attribute of the 5,6 tỷ figure; 'bằng 82,5% kế hoạch năm' a percent attribute.",
    "revised: XK/NK parts after 'Trong đó' of the estimated 4,3 tỷ are status estimate (shared gold h14, h28: parts of an estimate).",
    "The 4.652 tỷ budget revenue: nearest period phrase is the as-of 30/9/2024 in the previous sentence (inherited).",
]

emit("p372-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Lạng Sơn")
