"""p832-6: national newspaper — tam thất under sa mu forest canopy in Hà Giang (a farmer, then provincial figures)."""
from lib import F, P, Y, C, T, write

TEXT = """Kinh doanh > Nông nghiệp
Thứ bảy, 18/1/2025, 07:30 (GMT+7)
Nông dân Hà Giang thu tiền tỷ nhờ tam thất dưới tán rừng

Trồng 2 ha tam thất dưới tán rừng sa mu, gia đình anh Vàng Mí Chơ ở xã Lùng Tám, huyện Quản Bạ thu khoảng 1,8 tỷ đồng trong năm 2024.

Anh Chơ cho biết tam thất cần 3-4 năm mới cho thu hoạch, mỗi mét vuông cho khoảng 1,2 kg củ khô. Với giá bán tại vườn 1,1-1,3 triệu đồng/kg, mỗi ha tam thất lãi hơn 600 triệu đồng, cao gấp 10 lần trồng ngô. Vườn nhà anh hiện tạo việc làm thường xuyên cho 6 lao động, trả công 250.000 đồng/ngày.

Theo Sở Nông nghiệp và Phát triển nông thôn Hà Giang, đến hết năm 2024 toàn tỉnh có 318 ha tam thất, tăng 46 ha so với năm 2023, tập trung ở Quản Bạ (142 ha), Hoàng Su Phì (87 ha) và Xín Mần (54 ha). Sản lượng năm 2024 ước đạt 410 tấn củ tươi, giá trị khoảng 260 tỷ đồng. Cả nước hiện có khoảng 1.500 ha tam thất, chủ yếu ở Hà Giang, Lào Cai và Lai Châu.

Ông Nguyễn Văn Đức, Phó giám đốc Sở, cho biết khoảng 30% hộ trồng tam thất chưa áp dụng quy trình VietGAP; ở một số vườn, tỷ lệ cây chết do nấm bệnh là 25%. Tỉnh đặt mục tiêu đến năm 2030 phát triển 1.000 ha dược liệu dưới tán rừng, trong đó tam thất 500 ha, đồng thời xây dựng 3 cơ sở sơ chế đạt chuẩn GMP.

Hoàng Lâm
"""

Y24 = Y(2024)
EOY24 = P("đến hết năm 2024", None, "2024-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
AREA = "diện tích tam thất"

FIGS = [
    F("Trồng 2 ha", "2", 2, "measure", "ha", "diện tích tam thất của gia đình anh Vàng Mí Chơ", location="Quản Bạ"),
    F("khoảng 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "tiền thu từ tam thất của gia đình anh Vàng Mí Chơ",
      approx="about", period=P("trong năm 2024", "2024-01-01", "2024-12-31"), location="Quản Bạ"),
    F("cần 3-4 năm", "3", 3, "measure", "năm", "thời gian tam thất cho thu hoạch", value_max=4,
      location="Quản Bạ"),
    F("khoảng 1,2 kg", "1,2", 1.2, "measure", "kg/mét vuông", "năng suất củ khô tam thất mỗi mét vuông", approx="about",
      location="Quản Bạ"),
    F("1,1-1,3 triệu đồng/kg", "1,1", 1.1e6, "money", "đồng/kg", "giá bán tam thất tại vườn", value_max=1.3e6, location="Quản Bạ"),
    F("hơn 600 triệu đồng", "600", 600e6, "money", "đồng/ha", "lãi mỗi ha tam thất", approx="over",
      change=C("increase", 10, "lần", "trồng ngô"), location="Quản Bạ"),
    F("cho 6 lao động", "6", 6, "count", "lao động", "lao động có việc làm thường xuyên tại vườn tam thất",
      location="Quản Bạ"),
    F("250.000 đồng/ngày", "250.000", 250000, "money", "đồng/ngày", "tiền công lao động", location="Quản Bạ"),
    F("có 318 ha", "318", 318, "measure", "ha", AREA, change=C("increase", 46, "ha", "năm 2023"), period=EOY24),
    F("Quản Bạ (142 ha)", "142", 142, "measure", "ha", AREA, location="Quản Bạ", period=EOY24),
    F("Hoàng Su Phì (87 ha)", "87", 87, "measure", "ha", AREA, location="Hoàng Su Phì", period=EOY24),
    F("Xín Mần (54 ha)", "54", 54, "measure", "ha", AREA, location="Xín Mần", period=EOY24),
    F("ước đạt 410 tấn", "410", 410, "measure", "tấn", "sản lượng tam thất củ tươi", status="estimate", period=Y24),
    F("khoảng 260 tỷ đồng", "260", 260e9, "money", "đồng", "giá trị tam thất", approx="about", status="estimate",
      period=Y24),
    F("khoảng 1.500 ha tam thất", "1.500", 1500, "measure", "ha", AREA, approx="about", location="Việt Nam"),
    F("khoảng 30% hộ", "30", 30, "percent", "%", "hộ trồng tam thất chưa áp dụng quy trình VietGAP", approx="about"),
    F("là 25%", "25", 25, "percent", "%", "tỷ lệ cây tam thất chết do nấm bệnh ở một số vườn"),
    F("phát triển 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích dược liệu dưới tán rừng", status="target",
      period=T30),
    F("tam thất 500 ha", "500", 500, "measure", "ha", AREA, total=1000, status="target", period=T30),
    F("xây dựng 3 cơ sở", "3", 3, "count", "cơ sở sơ chế", "cơ sở sơ chế đạt chuẩn GMP", status="target", period=T30),
]

NOTES = [
    "National newspaper (invented): 'Thứ bảy, 18/1/2025, 07:30 (GMT+7)', byline at the end. Hà Giang tam thất under sa mu canopy.",
    "The farmer's figures (his whole paragraph, incl. time to harvest, yield, price, profit) are located in his district Quản Bạ; the provincial figures in Hà Giang; 'Cả nước hiện có khoảng 1.500 ha' is",
    "Việt Nam (the provinces listed after it do not localise it). The district list (142+87+54 = 283 < 318) is 'tập trung ở', not a",
    "breakdown that adds up: no total. 'mỗi ha … lãi hơn 600 triệu đồng' is a per-ha amount (đồng/ha); 'cao gấp 10 lần trồng ngô' is its change.",
    "'3-4 năm' (time to harvest) is a duration stated as the claim: a measure. 'mỗi mét vuông cho khoảng 1,2 kg' unit kg/mét vuông.",
    "Distractors: 'xã Lùng Tám' (a name with a number word), time 07:30, GMT+7, VietGAP, GMP. 'hiện' gives no period.",
]

write(6, TEXT, FIGS, NOTES, published="2025-01-18", location="Hà Giang")
