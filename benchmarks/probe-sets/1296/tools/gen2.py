"""p1296-2: district portal (huyện Tiên Yên, Quảng Ninh): resin tapping in xã Hà Lâu, a household, a cooperative."""
from lib import F, period, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN YÊN - TỈNH QUẢNG NINH
Trang chủ | Tin tức | Kinh tế | Văn hóa - Xã hội | Thông báo

Xã Hà Lâu: Nghề khai thác nhựa thông giúp người dân thoát nghèo

20/03/2024 - 10:12

Xã Hà Lâu hiện có 2.350 ha rừng thông, trong đó 1.680 ha đang cho khai thác nhựa. Năm 2023, toàn xã khai thác được 1.420 tấn nhựa thông, tăng 160 tấn so với năm 2022; doanh thu từ nhựa thông đạt gần 40 tỷ đồng.

Toàn xã có 412 hộ tham gia khai thác nhựa, chiếm 63% số hộ; từ năm 2021 đến nay đã có ba chục hộ thoát nghèo nhờ nghề này.

Gia đình anh Hoàng Văn Sáu ở thôn Khe Lánh có 6 ha thông đang khai thác với khoảng 3 ngàn cây. Năm 2023, gia đình thu được hơn 8 tấn nhựa, bán với giá 29.000 đồng/kg, trừ chi phí còn lãi trên 150 triệu đồng.

Hợp tác xã Thông Xanh Hà Lâu (thành lập năm 2019) hiện có 27 thành viên, thu mua nhựa cho bà con với giá 30.000 đồng/kg, cao hơn thương lái khoảng 1.000 đồng/kg. Năm nay, HTX dự kiến thu mua khoảng 500 tấn nhựa và tạo việc làm cho 45 lao động thường xuyên, thu nhập 7-8 triệu đồng/người/tháng.

Theo UBND huyện Tiên Yên, toàn huyện có khoảng 21.000 ha rừng thông; năm 2024 phấn đấu khai thác 9.500 tấn nhựa, trồng mới 600 ha thông mã vĩ bằng giống chất lượng cao.

Nguồn: Trung tâm Truyền thông và Văn hóa huyện Tiên Yên

Tin khác:
- Tiên Yên ra quân trồng rừng đầu Xuân Giáp Thìn 2024
- Hội nghị triển khai nhiệm vụ phát triển lâm nghiệp năm 2024

Địa chỉ: Phố Đông Tiến 2, thị trấn Tiên Yên, huyện Tiên Yên, tỉnh Quảng Ninh
Điện thoại: 0203.3876.118
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
SINCE = period("từ năm 2021 đến nay", "2021-01-01", "2024-03-20")
NOW = period("Năm nay", "2024-01-01", "2024-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 2.350 ha", "2.350", 2350, "measure", "ha", subject="rừng thông của xã Hà Lâu"),
    F("trong đó 1.680 ha", "1.680", 1680, "measure", "ha", total=2350,
      subject="rừng thông đang cho khai thác nhựa"),
    F("được 1.420 tấn", "1.420", 1420, "measure", "tấn",
      change=change("increase", 160, "tấn", "năm 2022"), subject="nhựa thông toàn xã khai thác", period=Y23),
    F("gần 40 tỷ", "40", 40e9, "money", "đồng", approx="nearly", subject="doanh thu từ nhựa thông",
      period=Y23),
    F("có 412 hộ", "412", 412, "count", "hộ", percent=63, subject="hộ tham gia khai thác nhựa"),
    F("có ba chục hộ", "ba chục", 30, "count", "hộ", subject="hộ thoát nghèo nhờ nghề khai thác nhựa",
      period=SINCE),
    F("có 6 ha", "6", 6, "measure", "ha", subject="thông đang khai thác của gia đình anh Hoàng Văn Sáu"),
    F("khoảng 3 ngàn cây", "3", 3000, "count", "cây", approx="about",
      subject="cây thông của gia đình anh Hoàng Văn Sáu"),
    F("hơn 8 tấn", "8", 8, "measure", "tấn", approx="over", subject="nhựa gia đình thu được", period=Y23),
    F("giá 29.000 đồng/kg", "29.000", 29000, "money", "đồng/kg", subject="giá bán nhựa", period=Y23),
    F("trên 150 triệu", "150", 150e6, "money", "đồng", approx="over", subject="lãi của gia đình", period=Y23),
    F("có 27 thành viên", "27", 27, "count", "thành viên", subject="thành viên Hợp tác xã Thông Xanh Hà Lâu"),
    F("giá 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg",
      change=change("increase", 1000, "đồng/kg", "thương lái", approx="about"),
      subject="giá thu mua nhựa của hợp tác xã"),
    F("khoảng 500 tấn", "500", 500, "measure", "tấn", approx="about", status="forecast",
      subject="nhựa HTX thu mua", period=NOW),
    F("cho 45 lao động", "45", 45, "count", "lao động", status="forecast",
      subject="lao động thường xuyên HTX tạo việc làm", period=NOW),
    F("nhập 7-8 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8e6, status="forecast",
      subject="thu nhập của lao động", period=NOW),
    F("khoảng 21.000 ha", "21.000", 21000, "measure", "ha", approx="about", subject="rừng thông toàn huyện"),
    F("khai thác 9.500 tấn", "9.500", 9500, "measure", "tấn", status="target",
      subject="nhựa thông khai thác", period=Y24),
    F("mới 600 ha", "600", 600, "measure", "ha", status="target", subject="thông mã vĩ trồng mới", period=Y24),
]

NOTES = [
    "District portal (huyện Tiên Yên, Quảng Ninh): banner naming the district, menu, '20/03/2024 - 10:12', 'Nguồn:', 'Tin khác', address, phone.",
    "Location: the commune Hà Lâu is not a province/city/district, so its figures get the district Tiên Yên (the finest level the spec names).",
    "'ba chục hộ' = 30 (number word); 'khoảng 3 ngàn cây' = 3000 ('ngàn' multiplier); 'từ năm 2021 đến nay' ends at the dateline.",
    "'Năm nay, HTX dự kiến ...' → forecast, year of the dateline (2024). 'năm 2024 phấn đấu ...' → target.",
    "'cao hơn thương lái khoảng 1.000 đồng/kg' is a change of the price (baseline thương lái); 'tăng 160 tấn so với năm 2022' a change in tấn.",
    "'(thành lập năm 2019) hiện có 27 thành viên': founding year is not the period of the present count (no period).",
    "Distractors: Hoàng Văn Sáu (name), 'Phố Đông Tiến 2', phone 0203.3876.118, '20/03/2024 - 10:12', 'Giáp Thìn 2024', 'năm 2019'.",
]

if __name__ == "__main__":
    write("p1296-2", TEXT, NOTES, FIGS, published="2024-03-20", location="Tiên Yên")
