from lib import *

T = """UBND HUYỆN ĐỨC HÒA - TỈNH LONG AN
Cổng thông tin điện tử

Tiếp nhận hơn 3.400 hồ sơ đăng ký mua nhà ở xã hội tại xã Hựu Thạnh
05/06/2024 09:30 | Lượt xem: 1.237

Ngày 4/6, Công ty CP Xây dựng và Phát triển nhà số 5 (chủ đầu tư) cho biết dự án Nhà ở xã hội Hựu Thạnh được xây dựng trên khu đất rộng 3,2 ha, gồm 6 block cao 15 tầng với 1.268 căn hộ, tổng diện tích sàn khoảng 96.400 m²; tổng vốn đầu tư 1.850 tỷ đồng. Diện tích mỗi căn hộ từ 45 đến 70 m², giá bán từ 14,5 đến 16,8 triệu đồng/m² (đã gồm VAT), tương đương khoảng 650 triệu - 1,18 tỷ đồng/căn.

Trong đợt tiếp nhận từ ngày 15/5 đến ngày 30/5/2024, chủ đầu tư đã nhận 3.416 hồ sơ đăng ký mua; trong đó 2.950 hồ sơ đủ điều kiện, chiếm 86,4%. Số hồ sơ của công nhân, người lao động tại các KCN trên địa bàn huyện là 2.214 hồ sơ, chiếm 75% số hồ sơ đủ điều kiện.

Người mua được vay ưu đãi tại Ngân hàng Chính sách xã hội với lãi suất 6,6%/năm, thời hạn tối đa 25 năm, mức vay tối đa 80% giá trị hợp đồng mua nhà. Dự án dự kiến bàn giao nhà trong quý IV/2024.

Giai đoạn 2021-2025, huyện có 4 dự án nhà ở xã hội được chấp thuận chủ trương đầu tư với khoảng 5.600 căn, đáp ứng chỗ ở cho hơn 18.000 người lao động. Năm 2023, tổng thu ngân sách từ tiền sử dụng đất của huyện giảm 12,3%, nên phần vốn ngân sách hỗ trợ hạ tầng kết nối các dự án còn hạn chế.

Mọi thắc mắc liên hệ Phòng Kinh tế - Hạ tầng huyện, số 12 đường Nguyễn Văn Siêu, thị trấn Hậu Nghĩa; ĐT: 0272.3850.261.

Trần Thanh Tâm (Trung tâm VH-TT&TT huyện)"""

PR = per("từ ngày 15/5 đến ngày 30/5/2024", "2024-05-15", "2024-05-30")
PRi = per("từ ngày 15/5 đến ngày 30/5/2024", "2024-05-15", "2024-05-30", True)
PG = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
figs = [
    F("hơn 3.400 hồ sơ", "3.400", 3400, "count", "hồ sơ", "hồ sơ đăng ký mua nhà ở xã hội tiếp nhận", approx="over"),
    F("rộng 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích khu đất dự án Nhà ở xã hội Hựu Thạnh"),
    F("gồm 6 block", "6", 6, "count", "block", "block của dự án Nhà ở xã hội Hựu Thạnh"),
    F("cao 15 tầng", "15", 15, "count", "tầng", "chiều cao block", optional=True),
    F("với 1.268 căn hộ", "1.268", 1268, "count", "căn hộ", "căn hộ dự án Nhà ở xã hội Hựu Thạnh"),
    F("khoảng 96.400 m²", "96.400", 96400, "measure", "m²", "tổng diện tích sàn dự án", approx="about"),
    F("tư 1.850 tỷ đồng", "1.850", 1850e9, "money", "đồng", "tổng vốn đầu tư dự án"),
    F("từ 45 đến 70 m²", "45", 45, "measure", "m²", "diện tích mỗi căn hộ", value_max=70),
    F("từ 14,5 đến 16,8 triệu", "14,5", 14.5e6, "money", "đồng/m²", "giá bán căn hộ", value_max=16.8e6),
    F("khoảng 650 triệu - 1,18 tỷ", "650", 650e6, "money", "đồng/căn", "giá bán mỗi căn hộ", value_max=1.18e9, approx="about"),
    F("nhận 3.416 hồ sơ", "3.416", 3416, "count", "hồ sơ", "hồ sơ đăng ký mua chủ đầu tư đã nhận", period=PR),
    F("2.950 hồ sơ", "2.950", 2950, "count", "hồ sơ", "hồ sơ đủ điều kiện", total=3416, percent=86.4, period=PR),
    F("là 2.214 hồ sơ", "2.214", 2214, "count", "hồ sơ", "hồ sơ của công nhân, người lao động tại các KCN", percent=75,
      period=PRi),
    F("lãi suất 6,6%/năm", "6,6", 6.6, "percent", "%", "lãi suất vay ưu đãi mua nhà ở xã hội"),
    F("tối đa 25 năm", "25", 25, "measure", "năm", "thời hạn vay", approx="at_most", optional=True),
    F("tối đa 80%", "80", 80, "percent", "%", "mức vay so với giá trị hợp đồng mua nhà", approx="at_most"),
    F("có 4 dự án", "4", 4, "count", "dự án", "dự án nhà ở xã hội được chấp thuận chủ trương đầu tư", period=PG),
    F("khoảng 5.600 căn", "5.600", 5600, "count", "căn", "căn nhà ở xã hội được chấp thuận chủ trương đầu tư", approx="about",
      period=PG),
    F("hơn 18.000 người", "18.000", 18000, "count", "người lao động", "người lao động được đáp ứng chỗ ở", approx="over", period=PG),
    F("giảm 12,3%", "12,3", 12.3, "percent", "%", "thu ngân sách từ tiền sử dụng đất",
      period=per("Năm 2023", "2023-01-01", "2023-12-31")),
]
C = """District portal (huyện Đức Hòa, Long An), dateline '05/06/2024 09:30 | Lượt xem: 1.237', byline with unit at the end. Location Đức Hòa.
One project (Nhà ở xã hội Hựu Thạnh): land, blocks, apartments, floor area, investment, size and price ranges.
'khoảng 650 triệu - 1,18 tỷ đồng/căn': money range with mixed multipliers. 'cao 15 tầng' (building height) optional.
'trong đó 2.950 hồ sơ đủ điều kiện, chiếm 86,4%' -> total 3416, percent 86.4. 2.214 hồ sơ: 'chiếm 75% số hồ sơ đủ điều kiện' is its percent;
no trong đó cue, so no total. Loan terms: 6,6%/năm, 'tối đa 80%' (at_most) required; 'tối đa 25 năm' loan term optional.
'giảm 12,3%' is a growth rate that is the claim (percent figure, no change). Headline 'hơn 3.400 hồ sơ' has no period in its sentence.
Distractors: 'Công ty … nhà số 5', 'Ngày 4/6', dates 15/5–30/5/2024, quý IV/2024 handover (no number), address số 12, phone, view counter."""
build("p441-4", T, figs, C, published="2024-06-05", location="Đức Hòa")
