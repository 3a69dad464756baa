"""p862-6: national newspaper (VnExpress style), laundry chain in TP HCM and the national laundry market."""
from lib import F, P, I, C, write

TEXT = """
Kinh doanh › Doanh nghiệp
Chủ nhật, 9/3/2025, 07:30 (GMT+7)
Chuỗi giặt sấy mở rộng nhờ ứng dụng đặt lịch
Một chuỗi giặt sấy tại TP HCM có doanh thu năm ngoái tăng gần gấp đôi nhờ nhận đơn qua ứng dụng.

Thị trường giặt là tại Việt Nam ước đạt khoảng 1,2 tỷ USD năm 2024, theo báo cáo của một công ty nghiên cứu thị trường. Giai đoạn 2020-2024, quy mô thị trường tăng bình quân 9-11% mỗi năm; riêng mảng giặt sấy tự phục vụ tăng trên 20% mỗi năm.

Tại TP HCM, chuỗi Giặt Nhanh 365 hiện vận hành 42 cửa hàng, tăng 15 cửa hàng so với đầu năm 2024, phục vụ trung bình 6.500 đơn hàng/ngày. Doanh thu năm 2024 của chuỗi đạt 86 tỷ đồng, tăng 92% so với năm 2023.

Ông Trần Minh Khoa, giám đốc chuỗi, cho biết chi phí đầu tư mỗi cửa hàng từ 800 triệu đến 1,2 tỷ đồng, thời gian hoàn vốn khoảng 30-36 tháng. Hơn 70% đơn hàng được đặt qua ứng dụng và giao nhận tận nơi trong 24 giờ. Giá giặt sấy của chuỗi là 22.000 đồng/kg, giặt khô áo vest 120.000 đồng/chiếc.

Theo Cục Thống kê TP HCM, thành phố có khoảng 9.100 cơ sở giặt là, giặt sấy, chiếm gần 29% số cơ sở cả nước. Trong đó, khoảng 1.300 cửa hàng giặt sấy tự phục vụ mới mở trong 2 năm qua.

Chuyên gia cho rằng thị trường còn dư địa lớn khi chỉ khoảng 12% hộ gia đình đô thị sử dụng dịch vụ giặt là thường xuyên, thấp hơn nhiều so với các nước trong khu vực. Chuỗi dự kiến mở thêm 20 cửa hàng trong năm 2025, nâng tổng số lên 62 cửa hàng.

Minh Sơn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2020-2024", "2020-01-01", "2024-12-31")
Y25 = P("trong năm 2025", "2025-01-01", "2025-12-31")
HCM = "Hồ Chí Minh"

FIGS = [
    F("tăng gần gấp đôi", "đôi", 2, "multiple", "lần", approx="nearly",
      subject="doanh thu chuỗi giặt sấy", period=P("năm ngoái", "2024-01-01", "2024-12-31")),
    F("khoảng 1,2 tỷ USD", "1,2", 1_200_000_000, "money", "USD", approx="about", status="estimate",
      subject="thị trường giặt là", period=Y24, location="Việt Nam"),
    F("bình quân 9-11%", "9", 9, "percent", "%", value_max=11,
      subject="tăng trưởng bình quân quy mô thị trường giặt là", period=G, location="Việt Nam"),
    F("trên 20% mỗi năm", "20", 20, "percent", "%", approx="over",
      subject="tăng trưởng mảng giặt sấy tự phục vụ", period=G, location="Việt Nam"),
    F("vận hành 42 cửa hàng", "42", 42, "count", "cửa hàng",
      change=C("increase", 15, "cửa hàng", "đầu năm 2024"), subject="cửa hàng chuỗi Giặt Nhanh vận hành"),
    F("6.500 đơn hàng/ngày", "6.500", 6500, "measure", "đơn hàng/ngày",
      subject="đơn hàng chuỗi phục vụ trung bình"),
    F("đạt 86 tỷ đồng", "86", 86_000_000_000, "money", "đồng",
      change=C("increase", 92, "%", "năm 2023"), subject="doanh thu của chuỗi", period=Y24),
    F("từ 800 triệu đến 1,2 tỷ đồng", "800", 800_000_000, "money", "đồng", value_max=1_200_000_000,
      subject="chi phí đầu tư mỗi cửa hàng"),
    F("khoảng 30-36 tháng", "30", 30, "measure", "tháng", value_max=36, approx="about",
      subject="thời gian hoàn vốn"),
    F("Hơn 70%", "70", 70, "percent", "%", approx="over", subject="đơn hàng được đặt qua ứng dụng"),
    F("trong 24 giờ", "24", 24, "measure", "giờ", approx="at_most",
      subject="thời gian giao nhận tận nơi", optional=True),
    F("22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg", subject="giá giặt sấy của chuỗi"),
    F("120.000 đồng/chiếc", "120.000", 120000, "money", "đồng/chiếc", subject="giá giặt khô áo vest"),
    F("khoảng 9.100 cơ sở", "9.100", 9100, "count", "cơ sở", approx="about", percent=29,
      subject="cơ sở giặt là, giặt sấy"),
    F("khoảng 1.300 cửa hàng", "1.300", 1300, "count", "cửa hàng", approx="about", total=9100,
      subject="cửa hàng giặt sấy tự phục vụ mới mở"),
    F("khoảng 12% hộ", "12", 12, "percent", "%", approx="about",
      subject="hộ gia đình đô thị sử dụng dịch vụ giặt là thường xuyên", location="Việt Nam"),
    F("thêm 20 cửa hàng", "20", 20, "count", "cửa hàng", status="forecast",
      subject="cửa hàng chuỗi mở thêm", period=Y25),
    F("lên 62 cửa hàng", "62", 62, "count", "cửa hàng", status="forecast",
      subject="tổng số cửa hàng của chuỗi", period=Y25),
]

NOTES = [
    "National newspaper (VnExpress style), 9/3/2025: a TP HCM laundry chain and the national laundry market.",
    "Distractors: 'Giặt Nhanh 365' (a name), GMT+7, 07:30, 'trong 2 năm qua' (a period), 'Chủ nhật, 9/3/2025'.",
    "Sapo 'tăng gần gấp đôi' (number word 'đôi' = 2) stands alone as the claim: multiple; 'năm ngoái' = 2024 (published 2025).",
    "Market figures are Việt Nam; the chain and the city's counts are TP HCM (text writes 'TP HCM'). 'chiếm gần 29%' is the percent of 9.100.",
    "'6.500 đơn hàng/ngày' a rate: measure with the denominator in the unit. 'trong 24 giờ' (service promise) optional.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-03-09", location=HCM)
