"""p1541-2: district portal (huyện Thường Tín, Hà Nội): horn-button craft village in xã Hòa Bình and a cooperative."""
from lib import fig, per, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN
THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức / Kinh tế - Làng nghề

Làng nghề cúc sừng xã Hòa Bình giữ nhịp sản xuất

20/05/2024 - 10:30

Xã Hòa Bình hiện có hơn 120 hộ làm nghề chế tác sừng, trong đó khoảng 45 hộ chuyên sản xuất cúc áo từ sừng trâu, sừng bò, thu hút trên 500 lao động. Mỗi năm, các hộ sử dụng khoảng 300 tấn sừng nguyên liệu, chủ yếu mua từ Lào và các tỉnh Tây Nguyên.

HTX Cúc sừng An Phú, thành lập năm 2015, hiện có 12 thành viên. Năm 2023, HTX sản xuất 4,2 triệu chiếc cúc, doanh thu đạt 6,8 tỷ đồng, tăng 15% so với năm 2022; lợi nhuận gần 900 triệu đồng. Cúc sừng có giá từ 2.500 đến 8.000 đồng/chiếc tùy kích cỡ, gấp khoảng 5 lần giá cúc nhựa. Ba chục lao động của HTX có thu nhập 7-9 triệu đồng/người/tháng.

Theo ông Nguyễn Văn Khải, Giám đốc HTX, từ đầu năm 2024 đến nay, HTX đã nhận đơn hàng 1,5 triệu chiếc cúc từ hai doanh nghiệp may xuất khẩu, bằng 35,7% sản lượng năm 2023. Năm 2024, HTX phấn đấu doanh thu đạt 8 tỷ đồng và có thêm một sản phẩm đạt OCOP 4 sao.

Toàn huyện hiện có 47 làng nghề được công nhận. UBND huyện dự kiến hỗ trợ 200 triệu đồng để HTX đầu tư máy đánh bóng cúc.

Nguồn: Phòng Kinh tế huyện Thường Tín
Tin khác:
- Hội nghị tổng kết công tác khuyến công năm 2023
- Thường Tín ra quân làm sạch môi trường làng nghề
Địa chỉ: Tiểu khu Trần Phú, thị trấn Thường Tín, Hà Nội. Điện thoại: 024.3385.3210
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
YTD = per("từ đầu năm 2024 đến nay", "2024-01-01", "2024-05-20")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hơn 120 hộ", "120", 120, "count", "hộ", approx="over", subject="hộ làm nghề chế tác sừng"),
    fig("khoảng 45 hộ", "45", 45, "count", "hộ", approx="about", total=120,
        subject="hộ chuyên sản xuất cúc áo từ sừng trâu, sừng bò"),
    fig("trên 500 lao động", "500", 500, "count", "lao động", approx="over",
        subject="lao động làng nghề chế tác sừng"),
    fig("khoảng 300 tấn", "300", 300, "measure", "tấn/năm", approx="about",
        subject="sừng nguyên liệu các hộ sử dụng"),
    fig("có 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên HTX Cúc sừng An Phú"),
    fig("sản xuất 4,2 triệu", "4,2", 4.2e6, "count", "chiếc", subject="cúc HTX sản xuất", period=Y23),
    fig("đạt 6,8 tỷ", "6,8", 6.8e9, "money", "đồng", change=chg("increase", 15, "%", "năm 2022"),
        subject="doanh thu HTX", period=Y23),
    fig("gần 900 triệu", "900", 900e6, "money", "đồng", approx="nearly", subject="lợi nhuận HTX", period=Y23),
    fig("từ 2.500 đến 8.000", "2.500", 2500, "money", "đồng/chiếc", value_max=8000,
        change=chg("increase", 5, "lần", "giá cúc nhựa", approx="about"), subject="giá cúc sừng"),
    fig("Ba chục lao động", "Ba chục", 30, "count", "lao động", subject="lao động của HTX"),
    fig("thu nhập 7-9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập lao động của HTX"),
    fig("đơn hàng 1,5 triệu", "1,5", 1.5e6, "count", "chiếc", percent=35.7,
        subject="đơn hàng cúc HTX đã nhận", period=YTD),
    fig("từ hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp",
        subject="doanh nghiệp may xuất khẩu đặt hàng", period=YTD),
    fig("đạt 8 tỷ", "8", 8e9, "money", "đồng", status="target", subject="doanh thu HTX", period=Y24),
    fig("thêm một sản phẩm", "một", 1, "count", "sản phẩm", status="target",
        subject="sản phẩm đạt OCOP 4 sao", period=Y24),
    fig("có 47 làng nghề", "47", 47, "count", "làng nghề", subject="làng nghề được công nhận"),
    fig("hỗ trợ 200 triệu", "200", 200e6, "money", "đồng", status="forecast",
        subject="hỗ trợ HTX đầu tư máy đánh bóng cúc"),
]

NOTES = [
    "District portal (huyện Thường Tín, Hà Nội): banner, breadcrumb, '20/05/2024 - 10:30', 'Nguồn:', 'Tin khác', address, phone.",
    "Location is the district Thường Tín throughout (xã Hòa Bình is a commune of it; Lào, Tây Nguyên are only sources of horn).",
    "Distractors: 'thành lập năm 2015', 'OCOP 4 sao', 10:30, 'năm 2023' in a link title, '024.3385.3210'.",
    "'khoảng 45 hộ' after 'hơn 120 hộ ..., trong đó' → total 120. 'Mỗi năm ... khoảng 300 tấn' is a rate: tấn/năm.",
    "'gấp khoảng 5 lần giá cúc nhựa' after the price range → change (increase, 5 lần, about), as 'tăng hơn 2,8 lần' in the spec.",
    "'Ba chục' = 30. 'bằng 35,7% sản lượng năm 2023' → percent attribute of 1,5 triệu chiếc.",
    "'từ đầu năm 2024 đến nay' ends on the dateline 2024-05-20. 'phấn đấu ... và có thêm một sản phẩm' → both target.",
]

if __name__ == "__main__":
    write("p1541-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Thường Tín")
