from lib import Doc, P, C, T

TEXT = """Sức khỏe
Bộ Y tế gia hạn thêm hơn 2.800 giấy đăng ký lưu hành thuốc
Thứ ba, 15/10/2024, 10:42 (GMT+7)

Cục Quản lý Dược (Bộ Y tế) vừa ban hành Quyết định số 689/QĐ-QLD công bố danh mục 2.846 thuốc, nguyên liệu làm thuốc được gia hạn giấy đăng ký lưu hành, trong đó có 1.962 thuốc sản xuất trong nước và 884 thuốc nước ngoài.

Đây là đợt gia hạn thứ 12 trong năm 2024. Tính từ đầu năm đến nay, Cục đã gia hạn tổng cộng 14.533 giấy đăng ký lưu hành, tăng gần 2,3 lần so với cùng kỳ năm 2023; cấp mới 1.215 giấy đăng ký. Hiện cả nước có khoảng 22.600 giấy đăng ký lưu hành thuốc còn hiệu lực, trong đó thuốc sản xuất trong nước chiếm 56%.

Về tình trạng thiếu thuốc, theo báo cáo của 63 Sở Y tế, tính đến ngày 30/9/2024 còn 146 mặt hàng thuốc có nguy cơ thiếu tại các cơ sở khám, chữa bệnh, giảm 58 mặt hàng so với thời điểm 31/3/2024. Nhóm thuốc hiếm, thuốc có ít số đăng ký (từ 1 đến 2 số đăng ký) chiếm khoảng 40% số mặt hàng này.

Để bảo đảm cung ứng, Bộ Y tế đã hướng dẫn các địa phương mua sắm thuốc theo Luật Đấu thầu số 22/2023/QH15 và Nghị định số 24/2024/NĐ-CP; đồng thời phối hợp với Bảo hiểm xã hội Việt Nam thanh toán trực tiếp cho người bệnh phải tự mua thuốc. Riêng 6 tháng đầu năm, các bệnh viện trung ương đã được bổ sung 318 tỷ đồng để mua sắm thuốc, vật tư y tế.

Theo lãnh đạo Cục Quản lý Dược, giai đoạn 2021-2025, tỷ lệ thuốc sản xuất trong nước trong tổng số giấy đăng ký được cấp duy trì ở mức 55-60%. Năm 2025, Bộ Y tế phấn đấu giảm số mặt hàng thuốc có nguy cơ thiếu xuống dưới 100 mặt hàng; các cơ sở khám, chữa bệnh dự trữ thuốc thiết yếu đủ sử dụng tối thiểu 3 tháng.

Minh Anh
"""

d = Doc("p241-3", TEXT, [
    "National press (health section), dateline 'Thứ ba, 15/10/2024, 10:42 (GMT+7)', byline at the end: gia hạn giấy đăng ký lưu hành thuốc; thuốc có nguy cơ thiếu.",
    "Distractors: 'Quyết định số 689/QĐ-QLD', 'Luật Đấu thầu số 22/2023/QH15', 'Nghị định số 24/2024/NĐ-CP', '(GMT+7)', 'thời điểm 31/3/2024' (baseline date).",
    "National figures: location Việt Nam. Title 'hơn 2.800' restates the 2.846 (a figure of its own, approx over). 'trong đó' makes 1.962 and 884 parts of 2.846.",
    "'đợt gia hạn thứ 12' is an edition number, '63 Sở Y tế' a structure count, '(từ 1 đến 2 số đăng ký)' a criterion: optional.",
    "'Tính từ đầu năm đến nay' = 2024-01-01 … published date (year from 'trong năm 2024' just before). 'tăng gần 2,3 lần' is the change of 14.533 (unit lần, nearly).",
    "'trong đó thuốc sản xuất trong nước chiếm 56%' names a part's share, not the share of 22.600: a percent figure. 146 carries 'giảm 58 mặt hàng' as change.",
    "'6 tháng đầu năm' takes 2024 (nearest earlier date 31/3/2024). Targets: 'dưới 100 mặt hàng' (under, target) and 'tối thiểu 3 tháng' (at_least, target) for 'Năm 2025'.",
], published="2024-10-15", location="Việt Nam")

pytd = P("Tính từ đầu năm đến nay", "2024-01-01", "2024-10-15")
p309 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
p25 = P("Năm 2025", "2025-01-01", "2025-12-31")
d.f("hơn 2.800 giấy", "2.800", 2800, "count", "giấy đăng ký lưu hành", approx="over",
    subject="giấy đăng ký lưu hành thuốc được gia hạn thêm")
d.f("danh mục 2.846 thuốc", "2.846", 2846, "count", "thuốc",
    subject="thuốc, nguyên liệu làm thuốc được gia hạn giấy đăng ký lưu hành")
d.f("có 1.962 thuốc", "1.962", 1962, "count", "thuốc", total=2846,
    subject="thuốc sản xuất trong nước được gia hạn giấy đăng ký lưu hành")
d.f("và 884 thuốc", "884", 884, "count", "thuốc", total=2846,
    subject="thuốc nước ngoài được gia hạn giấy đăng ký lưu hành")
d.f("đợt gia hạn thứ 12", "12", 12, "count", "đợt", optional=True)
d.f("tổng cộng 14.533 giấy", "14.533", 14533, "count", "giấy đăng ký lưu hành",
    change=C("increase", 2.3, "lần", "cùng kỳ năm 2023", approx="nearly"),
    subject="giấy đăng ký lưu hành được gia hạn", period=pytd)
d.f("cấp mới 1.215 giấy", "1.215", 1215, "count", "giấy đăng ký",
    subject="giấy đăng ký lưu hành cấp mới", period=pytd)
d.f("khoảng 22.600 giấy", "22.600", 22600, "count", "giấy đăng ký lưu hành", approx="about",
    subject="giấy đăng ký lưu hành thuốc còn hiệu lực")
d.f("chiếm 56%", "56", 56, "percent", "%",
    subject="tỷ lệ thuốc sản xuất trong nước trong giấy đăng ký lưu hành còn hiệu lực")
d.f("của 63 Sở Y tế", "63", 63, "count", "Sở Y tế", optional=True)
d.f("còn 146 mặt hàng", "146", 146, "count", "mặt hàng",
    change=C("decrease", 58, "mặt hàng", "thời điểm 31/3/2024"),
    subject="mặt hàng thuốc có nguy cơ thiếu tại các cơ sở khám, chữa bệnh", period=p309)
d.f("(từ 1 đến 2 số đăng ký)", "1", 1, "count", "số đăng ký", value_max=2, optional=True)
d.f("khoảng 40%", "40", 40, "percent", "%", approx="about",
    subject="tỷ lệ nhóm thuốc hiếm, thuốc có ít số đăng ký trong số mặt hàng có nguy cơ thiếu",
    period=P("tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True))
d.f("bổ sung 318 tỷ đồng", "318", 318e9, "money", "đồng",
    subject="kinh phí bổ sung cho các bệnh viện trung ương mua sắm thuốc, vật tư y tế",
    period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30"))
d.f("mức 55-60%", "55", 55, "percent", "%", value_max=60,
    subject="tỷ lệ thuốc sản xuất trong nước trong tổng số giấy đăng ký được cấp",
    period=P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"))
d.f("dưới 100 mặt hàng", "100", 100, "count", "mặt hàng", approx="under", status="target",
    subject="số mặt hàng thuốc có nguy cơ thiếu", period=p25)
d.f("tối thiểu 3 tháng", "3", 3, "measure", "tháng", approx="at_least", status="target",
    subject="dự trữ thuốc thiết yếu của các cơ sở khám, chữa bệnh", period=p25)
d.write()
