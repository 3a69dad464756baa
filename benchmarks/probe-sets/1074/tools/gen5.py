from lib import F, P, I, C, T, build

TEXT = """Công trình cấp nước nông thôn "đắp chiếu", dân vẫn dùng nước giếng

Được đầu tư lớn nhưng nhiều công trình cấp nước tập trung ở các huyện miền núi Hà Tĩnh hoạt động cầm chừng, thậm chí bỏ hoang, trong khi người dân vẫn phải dùng nước giếng.

Nhà máy nước sạch xã Phúc Trạch (huyện Hương Khê) nằm cạnh Quốc lộ 15, được đầu tư 18,5 tỷ đồng, đưa vào sử dụng từ năm 2018 với công suất thiết kế 1.500 m3/ngày đêm. Tuy nhiên, hiện nhà máy chỉ khai thác khoảng 400 m3/ngày đêm, đạt chưa tới 27% công suất; chỉ có 620/1.800 hộ trong vùng phục vụ đấu nối sử dụng.

Ông Phan Văn Tám ở thôn 6, xã Phúc Trạch chia sẻ: "Nước máy giá 9.000 đồng/m3, nhà tôi 5 người mỗi tháng hết gần 150.000 đồng nên chỉ dùng để nấu ăn, còn tắm giặt vẫn dùng giếng khoan".

Theo Sở NN&PTNT, toàn tỉnh có 112 công trình cấp nước tập trung nông thôn, trong đó 39 công trình hoạt động kém hiệu quả hoặc ngừng hoạt động, chiếm 34,8%. Riêng huyện Vũ Quang có 9/14 công trình không phát huy hiệu quả. Tỷ lệ thất thoát nước tại nhiều công trình lên tới 35-40%, trong khi giá thành sản xuất khoảng 11.500 đồng/m3, cao hơn giá bán 2.500 đồng/m3.

Năm 2023, tỉnh đã bố trí 27 tỷ đồng để sửa chữa 8 công trình. Theo kế hoạch, năm 2024 tỉnh sẽ tiếp tục đầu tư khoảng 45 tỷ đồng để khắc phục 10 công trình. Mục tiêu đến năm 2025, tỷ lệ hộ dân nông thôn dùng nước sạch đạt quy chuẩn của tỉnh đạt 55%, hiện mới đạt 46,7%.

THANH HÀ
14/9/2023
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đầu tư 18,5 tỷ đồng", "18,5", 18.5e9, "money", "đồng", "vốn đầu tư nhà máy nước sạch xã Phúc Trạch",
      location="Hương Khê"),
    F("thiết kế 1.500 m3/ngày đêm", "1.500", 1500, "measure", "m3/ngày đêm", "công suất thiết kế",
      location="Hương Khê"),
    F("khoảng 400 m3/ngày đêm", "400", 400, "measure", "m3/ngày đêm", "công suất khai thác của nhà máy",
      approx="about", percent=27, location="Hương Khê"),
    F("620/1.800 hộ", "620", 620, "count", "hộ", "hộ trong vùng phục vụ đấu nối sử dụng", total=1800,
      location="Hương Khê"),
    F("giá 9.000 đồng/m3", "9.000", 9000, "money", "đồng/m3", "giá nước máy", location="Hương Khê"),
    F("nhà tôi 5 người", "5", 5, "count", "người", "nhân khẩu của gia đình", location="Hương Khê", optional=True),
    F("gần 150.000 đồng", "150.000", 150000, "money", "đồng/tháng", "tiền nước mỗi tháng của gia đình",
      approx="nearly", location="Hương Khê"),
    F("có 112 công trình", "112", 112, "count", "công trình", "công trình cấp nước tập trung nông thôn"),
    F("39 công trình", "39", 39, "count", "công trình", "công trình hoạt động kém hiệu quả hoặc ngừng hoạt động",
      total=112, percent=34.8),
    F("9/14 công trình", "9", 9, "count", "công trình", "công trình không phát huy hiệu quả", total=14,
      location="Vũ Quang"),
    F("35-40%", "35", 35, "percent", "%", "tỷ lệ thất thoát nước", value_max=40),
    F("khoảng 11.500 đồng/m3", "11.500", 11500, "money", "đồng/m3", "giá thành sản xuất nước", approx="about",
      change=C("increase", 2500, "đồng/m3", "giá bán")),
    F("bố trí 27 tỷ đồng", "27", 27e9, "money", "đồng", "kinh phí sửa chữa công trình", y23),
    F("sửa chữa 8 công trình", "8", 8, "count", "công trình", "công trình được sửa chữa", y23),
    F("khoảng 45 tỷ đồng", "45", 45e9, "money", "đồng", "vốn đầu tư khắc phục công trình", y24, approx="about",
      status="target"),
    F("khắc phục 10 công trình", "10", 10, "count", "công trình", "công trình được khắc phục", y24, status="target"),
    F("đạt 55%", "55", 55, "percent", "%", "tỷ lệ hộ dân nông thôn dùng nước sạch đạt quy chuẩn",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("đạt 46,7%", "46,7", 46.7, "percent", "%", "tỷ lệ hộ dân nông thôn dùng nước sạch đạt quy chuẩn"),
]

build("p1074-5", TEXT, FIGS, published="2023-09-14", location="Hà Tĩnh", comments=[
    "Party/provincial newspaper (Báo Hà Tĩnh style), byline THANH HÀ and bare date 14/9/2023 at the end: under-used rural",
    "water plants. The Phúc Trạch plant figures are located in huyện Hương Khê; 9/14 in Vũ Quang; the rest Hà Tĩnh.",
    "'đạt chưa tới 27% công suất' is the percent of 400 m3/ngày đêm. 'cao hơn giá bán 2.500 đồng/m3' is a change of 11.500.",
    "'Theo kế hoạch, năm 2024 … sẽ' is a target. '46,7%' (hiện) has no period. '5 người' (household size in a quote) optional.",
    "Distractors: Quốc lộ 15, 'từ năm 2018', Phan Văn Tám (name), thôn 6, bare date 14/9/2023.",
])
