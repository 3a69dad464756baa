"""p631-6: national press — retail chains expanding convenience stores to rural areas (8 months 2024)."""
from lib import F, P, I, CH, TG, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ ba, 10/9/2024, 07:00 (GMT+7)

Chuỗi bán lẻ tăng tốc về nông thôn, mở gần 1.000 cửa hàng trong 8 tháng

Các nhà bán lẻ đẩy nhanh việc mở cửa hàng tiện lợi, bách hóa ở thị trấn, xã ven đô khi sức mua ở đô thị chững lại.

Theo báo cáo của NielsenIQ, đến cuối tháng 8/2024, cả nước có khoảng 9.500 cửa hàng tiện lợi và siêu thị mini, tăng 11% so với cùng kỳ. Trong đó, khu vực nông thôn chiếm 31% số điểm bán mở mới, so với mức 18% của năm 2022.

Bách Hóa Xanh hiện vận hành 1.705 cửa hàng, trong đó hơn 600 cửa hàng đặt tại các xã, thị trấn. Doanh thu 7 tháng của chuỗi đạt 23.000 tỷ đồng, bình quân mỗi cửa hàng khoảng 1,9 tỷ đồng/tháng. WinMart+ có 3.662 điểm bán, còn Circle K và GS25 lần lượt có 430 và 230 cửa hàng, chủ yếu tại Hà Nội và TP HCM.

Đại diện một chuỗi cho biết, chi phí thuê mặt bằng ở nông thôn chỉ bằng 40-50% nội thành, nhưng mỗi cửa hàng phải bán được tối thiểu 35 triệu đồng/ngày mới hòa vốn.

Theo chuyên gia bán lẻ Trần Minh Đức, chi tiêu bình quân của hộ nông thôn chỉ thấp hơn thành thị khoảng 20-25%. Tuy vậy, chợ truyền thống vẫn chiếm gần 70% thị phần thực phẩm tươi sống. Dự kiến đến năm 2025, số cửa hàng tiện lợi cả nước sẽ đạt trên 12.000 điểm.

Thanh Lâm
"""

M7 = P("7 tháng", "2024-01-01", "2024-07-31")

FIGS = [
    F("gần 1.000", "1.000", 1000, "count", "cửa hàng", "cửa hàng chuỗi bán lẻ mở mới",
      P("8 tháng", "2024-01-01", "2024-08-31"), approx="nearly"),
    F("khoảng 9.500", "9.500", 9500, "count", "cửa hàng", "cửa hàng tiện lợi và siêu thị mini",
      P("đến cuối tháng 8/2024", None, "2024-08-31"), approx="about", change=CH("increase", 11, "%", "cùng kỳ")),
    F("chiếm 31%", "31", 31, "percent", "%", "tỷ trọng khu vực nông thôn trong số điểm bán mở mới",
      I(P("đến cuối tháng 8/2024", None, "2024-08-31"))),
    F("mức 18%", "18", 18, "percent", "%", "tỷ trọng khu vực nông thôn trong số điểm bán mở mới",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("1.705 cửa hàng", "1.705", 1705, "count", "cửa hàng", "cửa hàng Bách Hóa Xanh"),
    F("hơn 600", "600", 600, "count", "cửa hàng", "cửa hàng Bách Hóa Xanh tại các xã, thị trấn",
      approx="over", total=1705),
    F("đạt 23.000 tỷ", "23.000", 23000000000000, "money", "đồng", "doanh thu chuỗi Bách Hóa Xanh", M7),
    F("khoảng 1,9 tỷ", "1,9", 1900000000, "money", "đồng/tháng", "doanh thu bình quân mỗi cửa hàng", M7,
      approx="about"),
    F("3.662 điểm", "3.662", 3662, "count", "điểm bán", "điểm bán WinMart+"),
    F("có 430", "430", 430, "count", "cửa hàng", "cửa hàng Circle K"),
    F("và 230", "230", 230, "count", "cửa hàng", "cửa hàng GS25"),
    F("40-50%", "40", 40, "percent", "%", "chi phí thuê mặt bằng ở nông thôn so với nội thành", value_max=50),
    F("tối thiểu 35 triệu", "35", 35000000, "money", "đồng/ngày", "doanh số mỗi cửa hàng để hòa vốn",
      approx="at_least"),
    F("khoảng 20-25%", "20", 20, "percent", "%", "chi tiêu bình quân của hộ nông thôn thấp hơn thành thị",
      value_max=25, approx="about"),
    F("gần 70%", "70", 70, "percent", "%", "thị phần thực phẩm tươi sống của chợ truyền thống", approx="nearly"),
    F("trên 12.000", "12.000", 12000, "count", "điểm", "số cửa hàng tiện lợi cả nước",
      P("đến năm 2025", None, "2025-12-31"), approx="over", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): 'Thứ ba, 10/9/2024, 07:00 (GMT+7)', byline at the end. Convenience-store chains moving",
    "into rural areas: store counts, shares, revenue, break-even, expert view, 2025 forecast. Location Việt Nam (national figures,",
    "store chains counted nationwide); 'chủ yếu tại Hà Nội và TP HCM' does not make Circle K/GS25 counts city figures.",
    "Distractors: dateline and time, '(GMT+7)', '8 tháng'/'7 tháng' as periods, company names (WinMart+, GS25, NielsenIQ).",
    "'8 tháng' in the headline and '7 tháng' take 2024 from the dateline. 'mức 18% của năm 2022' is its own percent figure.",
    "'thấp hơn thành thị khoảng 20-25%' and 'bằng 40-50% nội thành' have no base amount: percent figures, no change/share.",
    "'tối thiểu 35 triệu đồng/ngày' at_least. 'Dự kiến đến năm 2025 ... trên 12.000 điểm' forecast, approx over.",
]

if __name__ == "__main__":
    emit("p631-6", TEXT, COMMENTS, FIGS, published="2024-09-10", location="Việt Nam")
