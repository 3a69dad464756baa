"""p1494-1: province portal (Cổng TTĐT tỉnh Cao Bằng): làng rèn Phúc Sen, huyện Quảng Hòa, 2024."""
from lib import F, period, year, inherit, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Làng rèn Phúc Sen: doanh thu năm 2024 ước đạt 38 tỷ đồng

Cập nhật: 26/12/2024 08:45 | Lượt xem: 1.386

Xã Phúc Sen, huyện Quảng Hòa nằm cách thành phố Cao Bằng khoảng 30 km theo Quốc lộ 3. Toàn xã hiện có 312 hộ làm nghề rèn trên tổng số 640 hộ, với khoảng 850 lao động thường xuyên, trong đó gần 200 lao động nữ.

Năm 2024, tổng sản phẩm rèn các loại của xã ước đạt 310 nghìn chiếc, tăng 8,5% so với năm 2023; doanh thu ước đạt 38 tỷ đồng, tăng 12% so với năm trước. Sản phẩm chủ lực là dao thái, dao chặt, dao quắm và nông cụ như cuốc, liềm. Giá dao thái từ 120.000 đến 250.000 đồng/chiếc, dao chặt loại lớn trên 400.000 đồng/chiếc. Thu nhập bình quân của thợ rèn đạt 7,5 triệu đồng/người/tháng, cao gấp hai lần lao động thuần nông.

Hợp tác xã Rèn Phúc Sen, thành lập năm 2019, hiện có 27 thành viên và 3 sản phẩm đạt OCOP 3 sao. Từ đầu năm đến nay, hợp tác xã tiêu thụ hơn 42.000 sản phẩm, chiếm khoảng 13,5% sản lượng toàn xã; riêng đơn hàng gửi đi các tỉnh miền xuôi chiếm 60%.

Ông Nông Văn Thắm, Chủ tịch UBND xã Phúc Sen cho biết, năm 2025 xã phấn đấu nâng số hộ làm nghề lên 350 hộ, doanh thu đạt trên 42 tỷ đồng. Dự kiến trong quý I/2025, huyện hỗ trợ 1,2 tỷ đồng từ nguồn khuyến công để xây dựng một nhà trưng bày sản phẩm tại trung tâm xã.

Tin liên quan:
- Quảng Hòa tổ chức Hội chợ nông sản lần thứ 3
- Triển khai Quyết định số 1523/QĐ-UBND về phát triển làng nghề gắn với du lịch
"""

Y24 = year("năm 2024", 2024)
Y24b = year("Năm 2024", 2024)
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-12-26")
Y25 = year("năm 2025", 2025)
Q1 = period("quý I/2025", "2025-01-01", "2025-03-31")

FIGS = [
    F("năm 2024 ước đạt 38", "38", 38e9, "money", "đồng", status="estimate",
      subject="doanh thu làng rèn Phúc Sen", per=Y24),
    F("khoảng 30 km", "30", 30, "measure", "km", approx="about",
      subject="khoảng cách từ xã Phúc Sen đến thành phố Cao Bằng"),
    F("có 312 hộ", "312", 312, "count", "hộ", total=640, subject="hộ làm nghề rèn"),
    F("khoảng 850 lao động", "850", 850, "count", "lao động", approx="about",
      subject="lao động thường xuyên"),
    F("gần 200 lao động", "200", 200, "count", "lao động", approx="nearly", total=850,
      subject="lao động nữ"),
    F("ước đạt 310 nghìn", "310", 310e3, "count", "chiếc", status="estimate",
      change=change("increase", 8.5, "%", "năm 2023"),
      subject="tổng sản phẩm rèn các loại của xã", per=Y24b),
    F("doanh thu ước đạt 38 tỷ đồng, tăng", "38", 38e9, "money", "đồng", status="estimate",
      change=change("increase", 12, "%", "năm trước"), subject="doanh thu", per=Y24b),
    F("từ 120.000 đến 250.000", "120.000", 120000, "money", "đồng/chiếc", value_max=250000,
      subject="giá dao thái"),
    F("trên 400.000", "400.000", 400000, "money", "đồng/chiếc", approx="over",
      subject="giá dao chặt loại lớn"),
    F("đạt 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
      change=change("increase", 2, "lần", "lao động thuần nông"),
      subject="thu nhập bình quân của thợ rèn", per=inherit(Y24b)),
    F("có 27 thành viên", "27", 27, "count", "thành viên",
      subject="thành viên Hợp tác xã Rèn Phúc Sen"),
    F("và 3 sản phẩm", "3", 3, "count", "sản phẩm",
      subject="sản phẩm của hợp tác xã đạt OCOP 3 sao"),
    F("hơn 42.000 sản phẩm", "42.000", 42000, "count", "sản phẩm", approx="over", percent=13.5,
      subject="sản phẩm hợp tác xã tiêu thụ", per=YTD),
    F("chiếm 60%", "60", 60, "percent", "%",
      subject="tỷ trọng đơn hàng gửi đi các tỉnh miền xuôi", per=YTD),
    F("lên 350 hộ", "350", 350, "count", "hộ", status="target", subject="số hộ làm nghề", per=Y25),
    F("trên 42 tỷ", "42", 42e9, "money", "đồng", approx="over", status="target",
      subject="doanh thu", per=Y25),
    F("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="forecast",
      subject="kinh phí khuyến công huyện hỗ trợ xây dựng nhà trưng bày", per=Q1),
    F("một nhà trưng bày", "một", 1, "count", "nhà trưng bày", status="forecast",
      subject="nhà trưng bày sản phẩm", per=Q1, optional=True),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Cao Bằng): breadcrumb, headline figure, 'Cập nhật: 26/12/2024 08:45 | Lượt xem: 1.386', related links.",
    "Xã Phúc Sen lies in huyện Quảng Hòa: location Quảng Hòa (district) for all figures.",
    "Distractors: Quốc lộ 3, 'thành lập năm 2019', 'OCOP 3 sao', 'lần thứ 3', Quyết định số 1523/QĐ-UBND, Lượt xem, times.",
    "'312 hộ ... trên tổng số 640 hộ' → total 640 (640 is an attribute, not a figure). 'trong đó gần 200' → total 850.",
    "'cao gấp hai lần lao động thuần nông' after 7,5 triệu → change increase 2 lần. 'Từ đầu năm đến nay' ends at the dateline.",
    "'một nhà trưng bày' is an article-like 'một': optional.",
]

if __name__ == "__main__":
    write("p1494-1", TEXT, NOTES, FIGS, published="2024-12-26", location="Quảng Hòa")
