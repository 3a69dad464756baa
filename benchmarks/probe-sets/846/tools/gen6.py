"""p846-6: national newspaper, làng miến dong So (Quốc Oai, Hà Nội) before Tết 2025."""
from lib import F, change, write, year

TEXT = """Kinh doanh › Hàng hóa
Chủ nhật, 12/1/2025, 07:30 (GMT+7)
Làng miến dong tất bật vụ Tết
Làng So (xã Tân Hòa, huyện Quốc Oai, Hà Nội) mỗi ngày xuất xưởng hơn 30 tấn miến dong, giá bán tăng khoảng 10% so với Tết năm ngoái.

Sáu giờ sáng, những phên miến đầu tiên đã được trải kín các bãi phơi ven đường liên xã. Ông Nguyễn Văn Bảy, chủ một cơ sở sản xuất trong làng, cho biết từ đầu tháng Chạp xưởng của ông chạy 2 ca, mỗi ngày làm ra 1,2-1,5 tấn miến. Miến loại ngon được bán tại xưởng 65.000-70.000 đồng/kg, loại thường 45.000 đồng/kg.

Để làm 1 kg miến cần khoảng 1,1 kg tinh bột dong. Tinh bột chủ yếu được nhập từ Bắc Kạn, Cao Bằng, Sơn La với giá 21.000-23.000 đồng/kg, tăng 2.000 đồng/kg so với năm ngoái. Công nhân làm miến được trả 350.000-400.000 đồng/ngày, cao điểm làm thêm đến 22h.

Theo UBND xã Tân Hòa, làng So hiện có khoảng 120 hộ làm miến, trong đó 40 hộ có xưởng sản xuất quy mô lớn, thu hút hơn 600 lao động. Năm 2024, làng cung cấp ra thị trường trên 5.000 tấn miến, doanh thu ước đạt 300 tỷ đồng, tăng 12% so với năm 2023.

Bà Đỗ Thị Hằng, một chủ cơ sở khác, cho biết khách quen đặt hàng từ tháng 11, nhiều đơn lên tới vài tấn. "Năm nay thời tiết hanh khô, miến phơi nhanh, đẹp sợi nên bán chạy", bà nói.

Theo kế hoạch của huyện Quốc Oai, năm 2025 làng sẽ được đầu tư 15 tỷ đồng xây dựng hệ thống xử lý nước thải tập trung công suất 500 m3/ngày đêm.

Gia Chính
"""

Y24 = year("Năm 2024", 2024)
Y25 = year("năm 2025", 2025)

FIGS = [
    F("hơn 30 tấn", "30", 30, "measure", "tấn/ngày", "miến dong xuất xưởng mỗi ngày", approx="over"),
    F("tăng khoảng 10%", "10", 10, "percent", "%", "giá bán miến dong", approx="about"),
    F("chạy 2 ca", "2", 2, "count", "ca", "ca sản xuất của xưởng", optional=True),
    F("1,2-1,5 tấn", "1,2", 1.2, "measure", "tấn/ngày", "miến làm ra mỗi ngày của xưởng ông Bảy",
      value_max=1.5),
    F("65.000-70.000 đồng/kg", "65.000", 65000, "money", "đồng/kg", "giá miến loại ngon bán tại xưởng",
      value_max=70000),
    F("thường 45.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá miến loại thường"),
    F("làm 1 kg miến", "1", 1, "measure", "kg", "miến", optional=True),
    F("khoảng 1,1 kg", "1,1", 1.1, "measure", "kg", "tinh bột dong cần để làm 1 kg miến", approx="about"),
    F("21.000-23.000 đồng/kg", "21.000", 21000, "money", "đồng/kg", "giá tinh bột dong",
      value_max=23000, change=change("increase", 2000, "đồng/kg", "năm ngoái")),
    F("350.000-400.000 đồng/ngày", "350.000", 350000, "money", "đồng/ngày", "tiền công làm miến",
      value_max=400000),
    F("khoảng 120 hộ", "120", 120, "count", "hộ", "hộ làm miến", approx="about"),
    F("trong đó 40 hộ", "40", 40, "count", "hộ", "hộ có xưởng sản xuất quy mô lớn", total=120),
    F("hơn 600 lao động", "600", 600, "count", "lao động", "lao động làm miến", approx="over"),
    F("trên 5.000 tấn", "5.000", 5000, "measure", "tấn", "miến cung cấp ra thị trường",
      approx="over", period=Y24),
    F("ước đạt 300 tỷ đồng", "300", 300e9, "money", "đồng", "doanh thu làng miến",
      status="estimate", change=change("increase", 12, "%", "năm 2023"), period=Y24),
    F("đầu tư 15 tỷ đồng", "15", 15e9, "money", "đồng", "vốn đầu tư hệ thống xử lý nước thải tập trung",
      status="target", period=Y25),
    F("công suất 500 m3/ngày đêm", "500", 500, "measure", "m3/ngày đêm", "công suất hệ thống xử lý nước thải",
      status="target", period=Y25, optional=True),
]

NOTES = [
    "National newspaper: làng So (xã Tân Hòa, huyện Quốc Oai, Hà Nội) making miến dong before Tết 2025.",
    "Location: the district Quốc Oai throughout; the provinces the starch comes from (Bắc Kạn, Cao Bằng, Sơn La) are sources, not places.",
    "Distractors: dateline with GMT+7, 'Sáu giờ sáng', '22h', 'tháng Chạp', 'từ tháng 11', names Nguyễn Văn Bảy, Đỗ Thị Hằng.",
    "'vài tấn' is vague (no number): not a figure. '1 kg miến' (the recipe's basis) and the planned plant's capacity are optional.",
    "Lead 'giá bán tăng khoảng 10%' has no base amount: a percent figure without change. 'mỗi ngày' goes into the unit (tấn/ngày).",
    "'Theo kế hoạch ... sẽ được đầu tư 15 tỷ đồng' is a plan: status target.",
]

if __name__ == "__main__":
    write(6, TEXT, FIGS, NOTES, published="2025-01-12", location="Quốc Oai")
