from lib import F, P, CH, TG, write

TEXT = """Kinh doanh › Hàng hóa
Thứ hai, 21/10/2024, 14:20 (GMT+7)

Xuất khẩu thanh long, xoài, bưởi tăng tốc

Kim ngạch xuất khẩu rau quả 9 tháng năm 2024 đạt gần 5,6 tỷ USD, tăng 27,4% so với cùng kỳ năm ngoái, trong đó nhóm trái cây nhiệt đới đóng góp phần lớn.

Theo số liệu của Bộ Nông nghiệp và Phát triển nông thôn, thanh long tiếp tục là mặt hàng chủ lực với kim ngạch 415 triệu USD, chiếm 7,4% tổng kim ngạch rau quả. Xoài đạt 248 triệu USD, tăng 16,5%; bưởi đạt 71,3 triệu USD, tăng 38,2% so với cùng kỳ. Trung Quốc vẫn là thị trường tiêu thụ lớn nhất, chiếm khoảng 65% kim ngạch rau quả của Việt Nam.

Giá thu mua tại vườn cũng được cải thiện. Tại Bình Thuận, thanh long ruột trắng loại 1 hiện có giá 14.000-16.000 đồng/kg, gấp đôi cùng kỳ; tại Đồng Tháp, xoài Cát Chu xuất khẩu được thu mua 27.000 đồng/kg; còn bưởi da xanh ở Bến Tre dao động từ 40.000 đến 46.000 đồng/kg.

Diện tích thanh long cả nước hiện vào khoảng 55.000 ha; xoài có 113.500 ha, bưởi 108.000 ha. Đến hết tháng 9/2024, cơ quan chức năng đã cấp hơn 7.300 mã số vùng trồng cho các loại cây ăn quả xuất khẩu, trong đó thanh long có 1.486 mã, xoài 1.132 mã và bưởi 465 mã.

Ông Nguyễn Quang Hiếu, Phó Cục trưởng Cục Bảo vệ thực vật, cho biết năm 2025 ngành phấn đấu kim ngạch xuất khẩu rau quả đạt 7 tỷ USD. "Riêng thanh long, mục tiêu là lấy lại mốc 1 tỷ USD mỗi năm, nhưng phải đi bằng chất lượng chứ không phải mở rộng diện tích", ông nói.

Theo ông Hiếu, từ ngày 1/11, các lô hàng sang Trung Quốc phải đáp ứng yêu cầu mới về truy xuất nguồn gốc theo Lệnh 248 của Tổng cục Hải quan nước này.

Thi Hà
"""

NINE = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
NINEI = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
ASOF = P("Đến hết tháng 9/2024", end="2024-09-30")

FIGS = [
    F("gần 5,6 tỷ USD", "5,6", 5.6e9, "money", "USD", "kim ngạch xuất khẩu rau quả", approx="nearly",
      change=CH("increase", 27.4, "%", "cùng kỳ năm ngoái"), period=NINE),
    F("kim ngạch 415 triệu USD", "415", 415e6, "money", "USD", "kim ngạch xuất khẩu thanh long",
      percent=7.4, period=NINEI),
    F("đạt 248 triệu USD", "248", 248e6, "money", "USD", "kim ngạch xuất khẩu xoài",
      change=CH("increase", 16.5, "%"), period=NINEI),
    F("đạt 71,3 triệu USD", "71,3", 71.3e6, "money", "USD", "kim ngạch xuất khẩu bưởi",
      change=CH("increase", 38.2, "%", "cùng kỳ"), period=NINEI),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "thị phần của Trung Quốc trong kim ngạch rau quả",
      approx="about", period=NINEI),
    F("giá 14.000-16.000 đồng/kg", "14.000", 14000, "money", "đồng/kg",
      "giá thu mua thanh long ruột trắng loại 1 tại vườn", value_max=16000,
      change=CH("increase", 2, "lần", "cùng kỳ"), location="Bình Thuận"),
    F("thu mua 27.000 đồng/kg", "27.000", 27000, "money", "đồng/kg", "giá thu mua xoài Cát Chu xuất khẩu",
      location="Đồng Tháp"),
    F("từ 40.000 đến 46.000 đồng/kg", "40.000", 40000, "money", "đồng/kg", "giá bưởi da xanh",
      value_max=46000, location="Bến Tre"),
    F("khoảng 55.000 ha", "55.000", 55000, "measure", "ha", "diện tích thanh long cả nước", approx="about"),
    F("có 113.500 ha", "113.500", 113500, "measure", "ha", "diện tích xoài"),
    F("bưởi 108.000 ha", "108.000", 108000, "measure", "ha", "diện tích bưởi"),
    F("hơn 7.300 mã số", "7.300", 7300, "count", "mã số vùng trồng",
      "mã số vùng trồng cho các loại cây ăn quả xuất khẩu", approx="over", period=ASOF),
    F("có 1.486 mã", "1.486", 1486, "count", "mã", "mã số vùng trồng thanh long", total=7300, period=ASOF),
    F("xoài 1.132 mã", "1.132", 1132, "count", "mã", "mã số vùng trồng xoài", total=7300, period=ASOF),
    F("bưởi 465 mã", "465", 465, "count", "mã", "mã số vùng trồng bưởi", total=7300, period=ASOF),
    F("đạt 7 tỷ USD", "7", 7e9, "money", "USD", "kim ngạch xuất khẩu rau quả", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31")),
    F("mốc 1 tỷ USD", "1", 1e9, "money", "USD", "kim ngạch xuất khẩu thanh long", status="target",
      period=P("năm 2025", "2025-01-01", "2025-12-31", inh=True)),
]

COMMENTS = [
    "National press (VnExpress style): fruit and vegetable exports 9 months 2024, dragon fruit / mango / pomelo export values, garden prices, areas, codes, 2025 targets.",
    "Dateline 'Thứ hai, 21/10/2024, 14:20 (GMT+7)'. Location Việt Nam by default; the three garden prices name their provinces.",
    "Distractors: '(GMT+7)', 'từ ngày 1/11', 'Lệnh 248' (a foreign decree number), person's name, 'loại 1', byline.",
    "Trung Quốc is a trade partner, not a place of the figure (location Việt Nam). 'gấp đôi cùng kỳ' after the price range is its change (2 lần).",
    "Codes: 'hơn 7.300 mã số ..., trong đó thanh long có 1.486 mã, xoài 1.132 mã và bưởi 465 mã' -> each part total 7300.",
    "'Xoài đạt 248 triệu USD, tăng 16,5%' gives change without baseline. Export values after the lead take the lead's '9 tháng năm 2024' (inherited).",
    "The national areas ('hiện vào khoảng') have no period. '1 tỷ USD mỗi năm' target: period 2025 inherited from the previous sentence.",
]

write(5, TEXT, COMMENTS, FIGS, published="2024-10-21", location="Việt Nam")
