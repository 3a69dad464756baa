"""p1393-1: province portal (Cổng TTĐT tỉnh Quảng Ngãi), Lý Sơn desalination plant no. 2."""
from lib import F, asof, change, inherit, period, write, year

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Lý Sơn: Tổng công suất lọc nước biển đạt 3.600 m3/ngày đêm

Cập nhật: 15/08/2024 10:35 | Lượt xem: 1.862

Ngày 14/8, UBND huyện Lý Sơn đưa Nhà máy lọc nước biển số 2 tại xã An Vĩnh vào vận hành, nâng tổng công suất xử lý nước ngọt của huyện đảo lên 3.600 m3/ngày đêm, gấp đôi so với trước.

Nhà máy có công suất thiết kế 1.800 m3/ngày đêm, tổng vốn đầu tư gần 68 tỷ đồng, sử dụng công nghệ thẩm thấu ngược (RO) với 4 cụm màng lọc SW30-8040. Nước sau xử lý đạt QCVN 01-1:2018/BYT, được cấp đến hộ dân qua hơn 42 km đường ống.

Theo Phòng Kinh tế - Hạ tầng huyện, đến hết tháng 7/2024, toàn huyện có 5.120 hộ sử dụng nước máy, chiếm 81,5% tổng số hộ, tăng 1.340 hộ so với cuối năm 2023. Trong đó, xã An Vĩnh có 2.870 hộ, xã An Hải 1.960 hộ và xã An Bình 290 hộ. Riêng quý II/2024, các công trình cấp nước trên đảo cung cấp 148.000 m3 nước, tăng 18,6% so với cùng kỳ.

Giá nước sinh hoạt hiện là 18.500 đồng/m3, trong khi giá thành sản xuất khoảng 42.000 đồng/m3; phần chênh lệch do ngân sách tỉnh cấp bù, mỗi năm khoảng 9 tỷ đồng. Bình quân người dân trên đảo sử dụng 60-70 lít/người/ngày; vào mùa du lịch, đảo đón 3.000-4.000 lượt khách/ngày nên nhu cầu nước có thời điểm trên 4.000 m3/ngày đêm.

Năm 2025, huyện dự kiến đầu tư thêm một nhà máy công suất 1.200 m3/ngày đêm tại xã An Bình (đảo Bé). Mục tiêu đến năm 2026, 100% hộ dân trên đảo được sử dụng nước sạch.

Tin liên quan:
- Lý Sơn tổ chức Lễ Khao lề thế lính Hoàng Sa năm 2024
- Triển khai Chỉ thị số 05/CT-UBND về phòng, chống hạn hán, xâm nhập mặn

Cơ quan chủ quản: UBND tỉnh Quảng Ngãi | Điện thoại: 0255.3822.946
"""

JUL = asof("đến hết tháng 7/2024", "2024-07-31")
Q2 = period("quý II/2024", "2024-04-01", "2024-06-30")
Y25 = year("Năm 2025", 2025)
TO26 = asof("đến năm 2026", "2026-12-31")

FIGS = [
    F("đạt 3.600 m3", "3.600", 3600, "measure", "m3/ngày đêm", "tổng công suất lọc nước biển"),
    F("lên 3.600 m3", "3.600", 3600, "measure", "m3/ngày đêm",
      "tổng công suất xử lý nước ngọt của huyện đảo", change=change("increase", 2, "lần", "trước")),
    F("thiết kế 1.800 m3", "1.800", 1800, "measure", "m3/ngày đêm", "công suất thiết kế nhà máy"),
    F("gần 68 tỷ", "68", 68e9, "money", "đồng", "tổng vốn đầu tư nhà máy", approx="nearly"),
    F("với 4 cụm", "4", 4, "count", "cụm màng lọc", "cụm màng lọc"),
    F("hơn 42 km", "42", 42, "measure", "km", "đường ống cấp nước đến hộ dân", approx="over"),
    F("có 5.120 hộ", "5.120", 5120, "count", "hộ", "hộ sử dụng nước máy", JUL, percent=81.5,
      change=change("increase", 1340, "hộ", "cuối năm 2023")),
    F("có 2.870 hộ", "2.870", 2870, "count", "hộ", "hộ sử dụng nước máy xã An Vĩnh", inherit(JUL), total=5120),
    F("Hải 1.960 hộ", "1.960", 1960, "count", "hộ", "hộ sử dụng nước máy xã An Hải", inherit(JUL), total=5120),
    F("Bình 290 hộ", "290", 290, "count", "hộ", "hộ sử dụng nước máy xã An Bình", inherit(JUL), total=5120),
    F("cung cấp 148.000 m3", "148.000", 148000, "measure", "m3",
      "nước các công trình cấp nước trên đảo cung cấp", Q2, change=change("increase", 18.6, "%", "cùng kỳ")),
    F("là 18.500 đồng", "18.500", 18500, "money", "đồng/m3", "giá nước sinh hoạt"),
    F("khoảng 42.000 đồng", "42.000", 42000, "money", "đồng/m3", "giá thành sản xuất nước", approx="about"),
    F("khoảng 9 tỷ", "9", 9e9, "money", "đồng/năm", "ngân sách tỉnh cấp bù phần chênh lệch", approx="about"),
    F("dụng 60-70 lít", "60", 60, "measure", "lít/người/ngày", "nước người dân trên đảo sử dụng bình quân",
      value_max=70),
    F("đón 3.000-4.000 lượt", "3.000", 3000, "measure", "lượt khách/ngày", "lượt khách đảo đón vào mùa du lịch",
      value_max=4000),
    F("trên 4.000 m3", "4.000", 4000, "measure", "m3/ngày đêm", "nhu cầu nước", approx="over"),
    F("thêm một nhà máy", "một", 1, "count", "nhà máy", "nhà máy huyện đầu tư thêm", Y25, status="forecast"),
    F("suất 1.200 m3", "1.200", 1200, "measure", "m3/ngày đêm", "công suất nhà máy đầu tư thêm",
      status="forecast"),
    F("100% hộ", "100", 100, "percent", "%", "tỷ lệ hộ dân trên đảo được sử dụng nước sạch", TO26,
      status="target"),
]

NOTES = [
    "Province portal (Cổng TTĐT tỉnh Quảng Ngãi): breadcrumb, headline figure, 'Cập nhật: 15/08/2024 10:35 | Lượt xem: 1.862',",
    "related links, footer phone. All figures describe huyện Lý Sơn (its communes An Vĩnh, An Hải, An Bình go to the district).",
    "Distractors: 'Nhà máy lọc nước biển số 2', 'SW30-8040', 'QCVN 01-1:2018/BYT', 'Ngày 14/8', 'Chỉ thị số 05/CT-UBND',",
    "'năm 2024' in a link title, phone 0255.3822.946, 'Lượt xem: 1.862'.",
    "'gấp đôi so với trước' is the change of 3.600 (increase 2 lần). 'Trong đó' list after a sentence break: parts of 5.120.",
    "Plant specs (capacities) get no period; 'mỗi năm khoảng 9 tỷ đồng' is a yearly rate (đồng/năm).",
]

if __name__ == "__main__":
    write("p1393-1", TEXT, NOTES, FIGS, published="2024-08-15", location="Lý Sơn")
