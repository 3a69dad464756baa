from lib import *

A = """Kinh doanh › Vĩ mô
Thứ sáu, 11/10/2024, 14:20 (GMT+7)

Giá điện tăng 4,8% từ chiều nay

Giá bán lẻ điện bình quân được điều chỉnh từ 2.006,79 đồng/kWh lên 2.103,11 đồng/kWh (chưa gồm thuế VAT), áp dụng trên cả nước từ ngày 11/10/2024.

Theo Tập đoàn Điện lực Việt Nam (EVN), việc điều chỉnh được thực hiện theo Quyết định số 05/2024/QĐ-TTg về cơ chế điều chỉnh giá bán lẻ điện bình quân. Như vậy, giá điện bình quân tăng 4,8% so với mức giá trước đó. Đây là lần điều chỉnh thứ ba kể từ năm 2023, sau các lần tăng 3% vào tháng 5/2023 và 4,5% vào tháng 11/2023.

Biểu giá bán lẻ điện sinh hoạt vẫn gồm 6 bậc. Giá bậc 1 (từ 0 đến 50 kWh) là 1.893 đồng/kWh, bậc 2 (từ 51 đến 100 kWh) là 1.956 đồng/kWh, bậc 3 (từ 101 đến 200 kWh) là 2.271 đồng/kWh. Bậc 6 (từ 401 kWh trở lên) có giá cao nhất, 3.302 đồng/kWh.

Theo tính toán của EVN, với giá mới, hộ gia đình sử dụng 100 kWh/tháng trả thêm khoảng 8.850 đồng/tháng; hộ dùng 300 kWh/tháng trả thêm khoảng 32.350 đồng/tháng. Cả nước hiện có khoảng 29,6 triệu khách hàng sinh hoạt, trong đó gần 11 triệu hộ (chiếm 37,2%) dùng dưới 100 kWh/tháng.

Hộ nghèo, hộ chính sách xã hội tiếp tục được hỗ trợ 30 kWh điện mỗi tháng; mức hỗ trợ mới là 56.790 đồng/hộ/tháng, tăng 2.610 đồng so với trước.

EVN cho biết năm 2023 tập đoàn lỗ 21.822 tỷ đồng; lũy kế từ năm 2022 đến nay, khoản lỗ sản xuất kinh doanh điện lên tới gần 50.000 tỷ đồng.

Mọi thắc mắc về hóa đơn tiền điện, khách hàng liên hệ tổng đài 1900 1909.

Ngọc Hà
"""

S_TIER = "giá bán lẻ điện sinh hoạt"
FIG = [
    F("Giá điện tăng 4,8%", "4,8", 4.8, "percent", "%", "mức tăng giá điện"),
    F("từ 2.006,79 đồng/kWh", "2.006,79", 2006.79, "money", "đồng/kWh", "giá bán lẻ điện bình quân trước điều chỉnh"),
    F("lên 2.103,11 đồng/kWh", "2.103,11", 2103.11, "money", "đồng/kWh", "giá bán lẻ điện bình quân"),
    F("bình quân tăng 4,8%", "4,8", 4.8, "percent", "%", "mức tăng giá điện bình quân"),
    F("lần điều chỉnh thứ ba", "ba", 3, "count", "lần", "lần điều chỉnh giá điện kể từ năm 2023", optional=True),
    F("tăng 3% vào", "3", 3, "percent", "%", "mức tăng giá điện bình quân",
      period=P("tháng 5/2023", "2023-05-01", "2023-05-31")),
    F("và 4,5% vào", "4,5", 4.5, "percent", "%", "mức tăng giá điện bình quân",
      period=P("tháng 11/2023", "2023-11-01", "2023-11-30")),
    F("gồm 6 bậc", "6", 6, "count", "bậc", "bậc của biểu giá bán lẻ điện sinh hoạt", optional=True),
    F("(từ 0 đến 50 kWh)", "0", 0, "measure", "kWh", "bậc 1", value_max=50, optional=True),
    F("là 1.893 đồng/kWh", "1.893", 1893, "money", "đồng/kWh", S_TIER + " bậc 1"),
    F("(từ 51 đến 100 kWh)", "51", 51, "measure", "kWh", "bậc 2", value_max=100, optional=True),
    F("là 1.956 đồng/kWh", "1.956", 1956, "money", "đồng/kWh", S_TIER + " bậc 2"),
    F("(từ 101 đến 200 kWh)", "101", 101, "measure", "kWh", "bậc 3", value_max=200, optional=True),
    F("là 2.271 đồng/kWh", "2.271", 2271, "money", "đồng/kWh", S_TIER + " bậc 3"),
    F("(từ 401 kWh trở lên)", "401", 401, "measure", "kWh", "bậc 6", approx="at_least", optional=True),
    F("nhất, 3.302 đồng/kWh", "3.302", 3302, "money", "đồng/kWh", S_TIER + " bậc 6"),
    F("sử dụng 100 kWh/tháng", "100", 100, "measure", "kWh/tháng", "mức sử dụng điện của hộ gia đình", optional=True),
    F("khoảng 8.850 đồng/tháng", "8.850", 8850, "money", "đồng/tháng",
      "tiền điện trả thêm của hộ gia đình sử dụng 100 kWh/tháng", approx="about"),
    F("dùng 300 kWh/tháng", "300", 300, "measure", "kWh/tháng", "mức sử dụng điện của hộ gia đình", optional=True),
    F("khoảng 32.350 đồng/tháng", "32.350", 32350, "money", "đồng/tháng",
      "tiền điện trả thêm của hộ dùng 300 kWh/tháng", approx="about"),
    F("khoảng 29,6 triệu khách hàng", "29,6", 29600000, "count", "khách hàng", "khách hàng sinh hoạt", approx="about"),
    F("gần 11 triệu hộ", "11", 11000000, "count", "hộ", "hộ dùng dưới 100 kWh/tháng",
      approx="nearly", total=29600000, percent=37.2),
    F("dưới 100 kWh/tháng.", "100", 100, "measure", "kWh/tháng", "mức dùng điện", approx="under", optional=True),
    F("hỗ trợ 30 kWh điện", "30", 30, "measure", "kWh", "điện hỗ trợ mỗi tháng cho hộ nghèo, hộ chính sách xã hội"),
    F("là 56.790 đồng/hộ/tháng", "56.790", 56790, "money", "đồng/hộ/tháng",
      "mức hỗ trợ tiền điện cho hộ nghèo, hộ chính sách xã hội",
      change=C("increase", 2610, "đồng", "trước")),
    F("lỗ 21.822 tỷ đồng", "21.822", 21822e9, "money", "đồng", "khoản lỗ của EVN",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("gần 50.000 tỷ đồng", "50.000", 50000e9, "money", "đồng", "khoản lỗ sản xuất kinh doanh điện lũy kế",
      approx="nearly", period=P("từ năm 2022 đến nay", "2022-01-01", "2024-10-11")),
]

build(1, A, FIG, published="2024-10-11", location="Việt Nam", comments=[
    "National press (VnExpress-style): EVN raises the average retail electricity price 4,8% (11/10/2024); tier prices, household impact, subsidy, losses.",
    "Dateline 'Thứ sáu, 11/10/2024, 14:20 (GMT+7)'. Distractors: Quyết định số 05/2024/QĐ-TTg, ngày 11/10/2024, (GMT+7), 'bậc 1/2/3/6' (tier labels), hotline 1900 1909.",
    "Tariffs in đồng/kWh are money with unit 'đồng/kWh'. The effective date 'từ ngày 11/10/2024' is not given as a period (not in the spec's table).",
    "'tăng 4,8% so với mức giá trước đó' stands in its own sentence: a percent figure (growth rate as claim). 'từ A lên B' gives two price figures, no change.",
    "Tier kWh bounds, the example households' consumption (100/300 kWh/tháng) and 'dưới 100 kWh/tháng' are thresholds: optional. 'lần … thứ ba', '6 bậc' optional.",
    "The headline's '4,8%' is a figure of its own (as in shared h01).",
    "'gần 11 triệu hộ (chiếm 37,2%)' after 'trong đó' is a part of the 29,6 triệu customers. Location Việt Nam ('cả nước').",
])
