"""p615-6: national press — combine-harvester sales 9M/2024, prices, machinery imports by origin, a service owner, 2025 forecast."""
from lib import F, P, CH, emit

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 16/10/2024, 06:00 (GMT+7)

Máy gặt đập liên hợp bán ra 9 tháng tăng gần 20%

Doanh số máy gặt đập liên hợp tăng mạnh nhờ giá lúa cao, trong khi máy cũ nhập khẩu vẫn chiếm thị phần đáng kể.

Theo Hiệp hội Cơ khí Việt Nam, 9 tháng năm 2024, các nhà phân phối tiêu thụ khoảng 3.850 máy gặt đập liên hợp, tăng 19,6% so với cùng kỳ; trong đó máy có công suất từ 70 mã lực trở lên chiếm 64%. Các dòng bán chạy là Kubota DC-70 Plus và Yanmar YH700.

Giá một máy gặt mới dao động 550-900 triệu đồng tùy dòng, trong khi máy đã qua sử dụng nhập từ Nhật Bản chỉ khoảng 250 triệu đồng. Theo các đại lý, khoảng 70% khách mua máy gặt là hộ làm dịch vụ thuê, số còn lại là hợp tác xã và trang trại.

Số liệu của Tổng cục Hải quan cho thấy, 9 tháng, Việt Nam nhập khẩu máy móc, thiết bị nông nghiệp trị giá 812 triệu USD; trong đó từ Trung Quốc 418 triệu USD, Nhật Bản 205 triệu USD, Thái Lan 97 triệu USD.

Ông Nguyễn Văn Hưng, chủ cơ sở dịch vụ cơ giới bên Quốc lộ 91 ở huyện Cờ Đỏ (Cần Thơ), cho biết mỗi vụ máy gặt của ông thu hoạch khoảng 400 ha, doanh thu hơn 1 tỷ đồng. "Năm nay tôi mua thêm chiếc thứ 3 để kịp thời vụ", ông nói.

Cục Kinh tế hợp tác và Phát triển nông thôn dự báo đến năm 2025, nhu cầu máy gặt đập liên hợp sẽ tăng thêm khoảng 5.000 chiếc.

Thanh Hà
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
IMP = "kim ngạch nhập khẩu máy móc, thiết bị nông nghiệp"

FIGS = [
    F("tăng gần 20%", "20", 20, "percent", "%", "máy gặt đập liên hợp bán ra", M9b, approx="nearly"),
    F("khoảng 3.850", "3.850", 3850, "count", "máy gặt đập liên hợp", "máy gặt đập liên hợp tiêu thụ", M9,
      approx="about", change=CH("increase", 19.6, "%", "cùng kỳ")),
    F("từ 70 mã lực", "70", 70, "measure", "mã lực", approx="at_least", optional=True),
    F("chiếm 64%", "64", 64, "percent", "%", "máy có công suất từ 70 mã lực trở lên", M9),
    F("550-900 triệu", "550", 550000000, "money", "đồng", "giá một máy gặt mới", value_max=900000000),
    F("khoảng 250 triệu", "250", 250000000, "money", "đồng", "giá máy gặt đã qua sử dụng nhập từ Nhật Bản",
      approx="about"),
    F("khoảng 70%", "70", 70, "percent", "%", "khách mua máy gặt là hộ làm dịch vụ thuê", approx="about"),
    F("trị giá 812 triệu USD", "812", 812000000, "money", "USD", IMP, M9b),
    F("Trung Quốc 418 triệu USD", "418", 418000000, "money", "USD", IMP + " từ Trung Quốc", M9b, total=812000000),
    F("Nhật Bản 205 triệu USD", "205", 205000000, "money", "USD", IMP + " từ Nhật Bản", M9b, total=812000000),
    F("Thái Lan 97 triệu USD", "97", 97000000, "money", "USD", IMP + " từ Thái Lan", M9b, total=812000000),
    F("khoảng 400 ha", "400", 400, "measure", "ha", "diện tích máy gặt thu hoạch mỗi vụ", approx="about",
      location="Cờ Đỏ"),
    F("hơn 1 tỷ đồng", "1", 1000000000, "money", "đồng", "doanh thu mỗi vụ", approx="over", location="Cờ Đỏ"),
    F("khoảng 5.000 chiếc", "5.000", 5000, "count", "chiếc", "nhu cầu máy gặt đập liên hợp tăng thêm",
      P("đến năm 2025", None, "2025-12-31"), approx="about", status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style: 'Thứ tư, 16/10/2024, 06:00 (GMT+7)', byline at the end): combine sales 9M/2024, prices,",
    "machinery imports by origin, a service owner in Cờ Đỏ (Cần Thơ), forecast to 2025.",
    "Distractors: (GMT+7), 06:00, Quốc lộ 91, model names Kubota DC-70 Plus and Yanmar YH700, ordinal 'chiếc thứ 3', the dateline.",
    "Headline 'bán ra 9 tháng tăng gần 20%' is a growth rate as the claim (percent, no change); its '9 tháng' takes 2024 from the dateline.",
    "'từ 70 mã lực trở lên' is a threshold in a name of a group: optional. Import origins are trade partners, not places: location Việt Nam;",
    "the parts after 'trong đó' get the total 812 triệu USD. 'tăng thêm khoảng 5.000 chiếc' has no base figure: its own figure (forecast).",
]

if __name__ == "__main__":
    emit("p615-6", TEXT, COMMENTS, FIGS, published="2024-10-16", location="Việt Nam")
