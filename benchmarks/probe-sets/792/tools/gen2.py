"""p792-2: district portal, huyện Quản Bạ (Hà Giang), hang Lùng Khúy, quý I/2025."""
from lib import F, P, I, C, T, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẢN BẠ - TỈNH HÀ GIANG
Trang chủ | Tin tức - Sự kiện | Kinh tế
Thứ Ba, 15/04/2025 - 10:20

Quý I, hang Lùng Khúy đón gần 24.000 lượt khách

Theo Ban Quản lý điểm du lịch hang Lùng Khúy (xã Quản Bạ), quý I/2025, điểm du lịch đã đón 23.860 lượt khách, tăng 18,4% so với cùng kỳ năm 2024; trong đó khách quốc tế 3.150 lượt, khách nội địa 20.710 lượt. Doanh thu bán vé ước đạt 1,19 tỷ đồng, bằng 31,3% kế hoạch năm.

Hang Lùng Khúy dài khoảng 300 m, nằm ở độ cao trên 1.200 m so với mực nước biển, thuộc Công viên địa chất toàn cầu UNESCO Cao nguyên đá Đồng Văn. Giá vé tham quan hiện là 50.000 đồng/người lớn và 25.000 đồng/trẻ em.

Để phục vụ du khách, xã Quản Bạ hiện có 14 homestay với khoảng 160 giường; 2 tổ dịch vụ thu hút 36 lao động địa phương, thu nhập bình quân 4,5 triệu đồng/người/tháng. Tuyến đường từ Quốc lộ 4C vào hang dài 1,8 km đã được bê tông hóa với tổng kinh phí 2,6 tỷ đồng.

Năm 2025, huyện phấn đấu đón 90.000 lượt khách đến hang Lùng Khúy, doanh thu bán vé đạt 3,8 tỷ đồng. Dự kiến trong quý II, huyện sẽ lắp đặt 120 bộ đèn chiếu sáng mới trong lòng hang, kinh phí khoảng 850 triệu đồng, đồng thời mở rộng bãi đỗ xe thêm 2.000 m2.

Theo ông Vàng Seo Páo, Trưởng Ban Quản lý, từ đầu tháng 4 đến nay lượng khách tiếp tục tăng, bình quân mỗi ngày hang đón 320 lượt khách, ngày cao điểm lên đến 900 lượt.

Hoàng Thu (Văn phòng HĐND và UBND huyện)

Bản quyền thuộc UBND huyện Quản Bạ. Địa chỉ: Tổ 4, thị trấn Tam Sơn, huyện Quản Bạ. Điện thoại: 0219.3846.112
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
HQ1 = P("Quý I", "2025-01-01", "2025-03-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = P("quý II", "2025-04-01", "2025-06-30")
APR = P("từ đầu tháng 4 đến nay", "2025-04-01", "2025-04-15")

FIGS = [
    F("gần 24.000 lượt khách", "24.000", 24000, "count", "lượt khách", "lượt khách đến hang Lùng Khúy",
      approx="nearly", period=HQ1),
    F("đón 23.860 lượt khách", "23.860", 23860, "count", "lượt khách", "lượt khách đến điểm du lịch hang Lùng Khúy",
      change=C("increase", 18.4, baseline="cùng kỳ năm 2024"), period=Q1),
    F("quốc tế 3.150 lượt", "3.150", 3150, "count", "lượt", "khách quốc tế", total=23860, period=Q1),
    F("nội địa 20.710 lượt", "20.710", 20710, "count", "lượt", "khách nội địa", total=23860, period=Q1),
    F("ước đạt 1,19 tỷ đồng", "1,19", 1.19e9, "money", "đồng", "doanh thu bán vé", percent=31.3,
      status="estimate", period=I(Q1)),
    F("dài khoảng 300 m", "300", 300, "measure", "m", "chiều dài hang Lùng Khúy", approx="about"),
    F("trên 1.200 m", "1.200", 1200, "measure", "m", "độ cao của hang Lùng Khúy so với mực nước biển", approx="over"),
    F("50.000 đồng/người lớn", "50.000", 50000, "money", "đồng/người lớn", "giá vé tham quan cho người lớn"),
    F("25.000 đồng/trẻ em", "25.000", 25000, "money", "đồng/trẻ em", "giá vé tham quan cho trẻ em"),
    F("có 14 homestay", "14", 14, "count", "homestay", "homestay"),
    F("khoảng 160 giường", "160", 160, "count", "giường", "giường homestay", approx="about"),
    F("2 tổ dịch vụ", "2", 2, "count", "tổ dịch vụ", "tổ dịch vụ"),
    F("thu hút 36 lao động", "36", 36, "count", "lao động", "lao động địa phương tham gia tổ dịch vụ"),
    F("4,5 triệu đồng/người/tháng", "4,5", 4.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("dài 1,8 km", "1,8", 1.8, "measure", "km", "chiều dài tuyến đường từ Quốc lộ 4C vào hang"),
    F("kinh phí 2,6 tỷ đồng", "2,6", 2.6e9, "money", "đồng", "kinh phí bê tông hóa tuyến đường vào hang"),
    F("đón 90.000 lượt khách", "90.000", 90000, "count", "lượt khách", "lượt khách đến hang Lùng Khúy",
      status="target", period=Y25),
    F("đạt 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "doanh thu bán vé", status="target", period=Y25),
    F("lắp đặt 120 bộ đèn", "120", 120, "count", "bộ đèn", "bộ đèn chiếu sáng mới lắp đặt trong lòng hang",
      status="forecast", period=Q2),
    F("khoảng 850 triệu đồng", "850", 850e6, "money", "đồng", "kinh phí lắp đặt đèn chiếu sáng", approx="about",
      status="forecast", period=Q2),
    F("thêm 2.000 m2", "2.000", 2000, "measure", "m2", "diện tích mở rộng bãi đỗ xe", status="forecast", period=Q2),
    F("đón 320 lượt khách", "320", 320, "count", "lượt khách/ngày", "lượt khách bình quân mỗi ngày", period=APR),
    F("lên đến 900 lượt", "900", 900, "count", "lượt/ngày", "lượt khách ngày cao điểm", period=APR),
]

NOTES = [
    'revised after scoring: subject of 14 homestay "homestay ở xã Quản Bạ" -> "homestay" (a place goes to location, not subject).',
    "District portal (huyện Quản Bạ, Hà Giang): hang Lùng Khúy, quý I/2025. Location = the district (xã Quản Bạ lies in it).",
    "Headline 'Quý I' has no year: the dateline 15/04/2025 stands before it. 'từ đầu tháng 4 đến nay' ends at the dateline.",
    "Distractors: Quốc lộ 4C, Tổ 4, phone 0219.3846.112, 10:20, weekday. '1,19 tỷ đồng, bằng 31,3% kế hoạch năm' -> percent.",
    "'bình quân mỗi ngày ... 320 lượt khách' is a per-day rate: unit lượt khách/ngày. 'lên đến 900 lượt' taken as exact.",
]

if __name__ == "__main__":
    write_set(2, TEXT, FIGS, NOTES, published="2025-04-15", location="Quản Bạ")
