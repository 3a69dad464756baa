"""p709-4: Bộ Công Thương site, điều chỉnh giá bán lẻ điện bình quân 11/10/2024."""
from lib import F, P, CH, emit

TEXT = """BỘ CÔNG THƯƠNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Điện lực - Năng lượng

Giá bán lẻ điện bình quân lên 2.103,11 đồng/kWh
Ngày đăng: 11/10/2024 | Lượt xem: 3.562

Ngày 11/10/2024, Tập đoàn Điện lực Việt Nam (EVN) ban hành Quyết định số 1279/QĐ-EVN điều chỉnh giá bán lẻ điện theo Quyết định số 05/2024/QĐ-TTg của Thủ tướng Chính phủ. Theo đó, từ ngày 11/10/2024, giá bán lẻ điện bình quân là 2.103,11 đồng/kWh (chưa gồm thuế VAT), tăng 4,8% so với mức giá hiện hành. Đây là lần điều chỉnh thứ 3 kể từ tháng 5/2023.

Với điện sinh hoạt, giá bậc 1 (từ 0 đến 50 kWh) là 1.893 đồng/kWh, giá bậc 6 (từ 401 kWh trở lên) là 3.302 đồng/kWh.

Theo tính toán của EVN, hộ sử dụng 100 kWh/tháng sẽ trả thêm khoảng 9.700 đồng/tháng; hộ sử dụng 200 kWh/tháng trả thêm khoảng 21.200 đồng/tháng (đã gồm VAT). Cả nước hiện có khoảng 29,5 triệu khách hàng sinh hoạt, trong đó khoảng 15,2 triệu hộ sử dụng dưới 100 kWh/tháng, chiếm 51,5%. Hộ nghèo và hộ chính sách xã hội tiếp tục được hỗ trợ tiền điện tương đương 30 kWh/hộ/tháng.

Theo báo cáo kiểm tra của liên Bộ, năm 2023 giá thành sản xuất kinh doanh điện là 2.088,90 đồng/kWh; hoạt động sản xuất kinh doanh điện của EVN lỗ 34.245 tỷ đồng. Việc điều chỉnh giá nhằm bù đắp một phần chi phí, bảo đảm cung ứng điện cho mùa khô năm 2025.

Bộ Công Thương đề nghị EVN tăng cường thông tin để người dân hiểu rõ phương án điều chỉnh giá, đồng thời đẩy mạnh thực hiện tiết kiệm điện.

Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội. Điện thoại: 024.2220.2222
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("lên 2.103,11 đồng/kWh", "2.103,11", 2103.11, "money", "đồng/kWh", "giá bán lẻ điện bình quân"),
    F("là 2.103,11 đồng/kWh", "2.103,11", 2103.11, "money", "đồng/kWh", "giá bán lẻ điện bình quân",
      change=CH("increase", 4.8, baseline="mức giá hiện hành")),
    F("(từ 0 đến 50 kWh)", "0", 0, "measure", "kWh", "mức sử dụng bậc 1", value_max=50, optional=True),
    F("là 1.893 đồng/kWh", "1.893", 1893, "money", "đồng/kWh", "giá điện sinh hoạt bậc 1"),
    F("từ 401 kWh trở lên", "401", 401, "measure", "kWh", "mức sử dụng bậc 6", approx="at_least", optional=True),
    F("là 3.302 đồng/kWh", "3.302", 3302, "money", "đồng/kWh", "giá điện sinh hoạt bậc 6"),
    F("hộ sử dụng 100 kWh/tháng sẽ", "100", 100, "measure", "kWh/tháng", "mức sử dụng của hộ", optional=True),
    F("khoảng 9.700 đồng/tháng", "9.700", 9700, "money", "đồng/tháng",
      "tiền điện trả thêm của hộ sử dụng 100 kWh/tháng", approx="about"),
    F("hộ sử dụng 200 kWh/tháng", "200", 200, "measure", "kWh/tháng", "mức sử dụng của hộ", optional=True),
    F("khoảng 21.200 đồng/tháng", "21.200", 21200, "money", "đồng/tháng",
      "tiền điện trả thêm của hộ sử dụng 200 kWh/tháng", approx="about"),
    F("khoảng 29,5 triệu khách hàng", "29,5", 29.5e6, "count", "khách hàng", "khách hàng sinh hoạt", approx="about"),
    F("khoảng 15,2 triệu hộ", "15,2", 15.2e6, "count", "hộ", "hộ sử dụng dưới 100 kWh/tháng", approx="about",
      total=29.5e6, percent=51.5),
    F("dưới 100 kWh/tháng", "100", 100, "measure", "kWh/tháng", "mức sử dụng của hộ", approx="under", optional=True),
    F("tương đương 30 kWh/hộ/tháng", "30", 30, "measure", "kWh/hộ/tháng",
      "hỗ trợ tiền điện cho hộ nghèo và hộ chính sách xã hội"),
    F("là 2.088,90 đồng/kWh", "2.088,90", 2088.9, "money", "đồng/kWh", "giá thành sản xuất kinh doanh điện", Y23),
    F("lỗ 34.245 tỷ đồng", "34.245", 34245e9, "money", "đồng",
      "lỗ hoạt động sản xuất kinh doanh điện của EVN", Y23),
]

COMMENTS = [
    "Bộ Công Thương site: giá bán lẻ điện bình quân 2.103,11 đồng/kWh từ 11/10/2024, giá bậc thang, tác động tới hộ, lỗ của EVN 2023.",
    "Prices are money with unit đồng/kWh. 'từ ngày 11/10/2024' is a start date only: no period. Tier bounds and the",
    "usage levels that define a household group (100/200 kWh/tháng, dưới 100 kWh/tháng) are optional thresholds.",
    "'trả thêm khoảng 9.700 đồng/tháng' is a money figure, not a change. 'lần điều chỉnh thứ 3' is an ordinal, not a rank.",
    "'Quyết định số 1279/QĐ-EVN', 'số 05/2024/QĐ-TTg', '54 Hai Bà Trưng', phone, 'Lượt xem: 3.562' are not figures.",
]

if __name__ == "__main__":
    emit("p709-4", TEXT, COMMENTS, FIGS, published="2024-10-11", location="Việt Nam")
