"""p1269-2: district portal (huyện Củ Chi, TP HCM): a cooperative's smart net houses, sensors, automated irrigation."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

HTX Rau sạch Tân Phú Trung nhân rộng mô hình nhà màng thông minh

20/05/2024 - 10:30

Thành lập năm 2016 với 9 thành viên, Hợp tác xã Rau sạch Tân Phú Trung (xã Tân Phú Trung) hiện có 37 thành viên, canh tác 18,5 ha rau, dưa lưới, trong đó 6,2 ha trong nhà màng.

Năm 2023, HTX đầu tư hơn 1,2 tỷ đồng lắp đặt hệ thống cảm biến đo độ ẩm đất, nhiệt độ, ánh sáng và bộ điều khiển tưới, bón phân tự động cho toàn bộ diện tích nhà màng. Mỗi nhà màng 1.000 m2 nay chỉ cần một lao động chăm sóc thay vì ba lao động như trước.

Nhờ vậy, năng suất dưa lưới đạt 35-38 tấn/ha/vụ, cao hơn khoảng 20% so với canh tác ngoài trời; lượng phân bón giảm 15%. Năm 2023, doanh thu của HTX đạt 9,6 tỷ đồng, tăng 18% so với năm 2022; thu nhập bình quân của thành viên khoảng 12 triệu đồng/người/tháng.

Từ đầu năm đến nay, HTX đã cung ứng khoảng 140 tấn rau, dưa lưới cho các siêu thị và bếp ăn trường học. Năm 2024, HTX phấn đấu mở rộng thêm 3 ha nhà màng, nâng tổng diện tích nhà màng lên 9,2 ha.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 126 ha nhà màng, nhà lưới và 24 mô hình ứng dụng IoT trong sản xuất nông nghiệp. Huyện phấn đấu đến năm 2025 có ít nhất 40 mô hình.

Nguồn: Phòng Kinh tế huyện Củ Chi

Tin khác:
- Củ Chi: Ra mắt Tổ hợp tác trồng nấm ấp 3 xã Phước Thạnh
- Sơ kết 6 tháng đầu năm 2024 Chương trình xây dựng nông thôn mới

UBND HUYỆN CỦ CHI
Địa chỉ: 77 Tỉnh lộ 8, khu phố 1, thị trấn Củ Chi. Điện thoại: (028) 3790 4567
"""

Y16 = per("năm 2016", "2016-01-01", "2016-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-20")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với 9 thành viên", "9", 9, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập", period=Y16),
    fig("có 37 thành viên", "37", 37, "count", "thành viên", subject="thành viên Hợp tác xã Rau sạch Tân Phú Trung"),
    fig("canh tác 18,5 ha", "18,5", 18.5, "measure", "ha", subject="diện tích canh tác rau, dưa lưới"),
    fig("trong đó 6,2 ha", "6,2", 6.2, "measure", "ha", total=18.5, subject="diện tích rau, dưa lưới trong nhà màng"),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over",
        subject="vốn HTX đầu tư lắp đặt hệ thống cảm biến và bộ điều khiển tưới, bón phân tự động", period=Y23),
    fig("nhà màng 1.000 m2", "1.000", 1000, "measure", "m2", subject="diện tích mỗi nhà màng", optional=True),
    fig("cần một lao động", "một", 1, "count", "lao động", subject="lao động chăm sóc mỗi nhà màng"),
    fig("ba lao động như trước", "ba", 3, "count", "lao động", subject="lao động chăm sóc mỗi nhà màng trước đây"),
    fig("đạt 35-38 tấn", "35", 35, "measure", "tấn/ha/vụ", value_max=38,
        change=chg("increase", 20, "%", "canh tác ngoài trời", approx="about"), subject="năng suất dưa lưới"),
    fig("giảm 15%", "15", 15, "percent", "%", subject="lượng phân bón giảm"),
    fig("đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", change=chg("increase", 18, "%", "năm 2022"),
        subject="doanh thu của HTX", period=Y23),
    fig("khoảng 12 triệu", "12", 12e6, "money", "đồng/người/tháng", approx="about",
        subject="thu nhập bình quân của thành viên", period=Y23),
    fig("khoảng 140 tấn", "140", 140, "measure", "tấn", approx="about",
        subject="rau, dưa lưới HTX cung ứng cho các siêu thị và bếp ăn trường học", period=YTD),
    fig("thêm 3 ha", "3", 3, "measure", "ha", status="target", subject="diện tích nhà màng mở rộng thêm", period=Y24),
    fig("lên 9,2 ha", "9,2", 9.2, "measure", "ha", status="target", subject="tổng diện tích nhà màng", period=Y24),
    fig("có 126 ha", "126", 126, "measure", "ha", subject="diện tích nhà màng, nhà lưới toàn huyện"),
    fig("và 24 mô hình", "24", 24, "count", "mô hình", subject="mô hình ứng dụng IoT trong sản xuất nông nghiệp"),
    fig("ít nhất 40 mô hình", "40", 40, "count", "mô hình", approx="at_least", status="target",
        subject="mô hình ứng dụng IoT", period=T25),
]

NOTES = [
    "District portal (huyện Củ Chi): portal banner, breadcrumb, '20/05/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: '10:30', 'ấp 3', 'Sơ kết 6 tháng đầu năm 2024' (link title), '77 Tỉnh lộ 8', 'khu phố 1', phone '(028) 3790 4567'.",
    "All figures describe the district (the cooperative is in xã Tân Phú Trung, huyện Củ Chi): location Củ Chi.",
    "'Thành lập năm 2016 với 9 thành viên' → period năm 2016; 'hiện có 37 thành viên' has no period (the founding year does not reach it).",
    "'Mỗi nhà màng 1.000 m2' optional: house size, or the denominator of 'một lao động' per 1.000 m2. 'thay vì ba lao động như trước' is a figure.",
    "'cao hơn khoảng 20% so với canh tác ngoài trời' → change of the yield range; 'lượng phân bón giảm 15%' → percent figure, no change.",
    "'Từ đầu năm đến nay' → 2024-01-01 .. dateline. 'nâng tổng diện tích nhà màng lên 9,2 ha' is a figure (target), not a change.",
]

if __name__ == "__main__":
    write("p1269-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Củ Chi")
