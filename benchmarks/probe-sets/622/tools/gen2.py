"""p622-2: huyện Đức Hòa (Long An) district portal, 9 months 2024: domestic projects, land, site clearance, disbursement."""
from lib import F, P, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Đức Hòa - tỉnh Long An
Trang chủ / Tin tức - Sự kiện / Kinh tế

Đức Hòa: 9 tháng thu hút hơn 4.100 tỷ đồng vốn đầu tư trong nước

Thứ Năm, 17/10/2024 - 10:05

Theo Phòng Tài chính - Kế hoạch huyện, 9 tháng năm 2024, trên địa bàn huyện có 27 dự án đầu tư trong nước được chấp thuận chủ trương đầu tư, tăng 4 dự án so với cùng kỳ, với tổng vốn đăng ký hơn 4.100 tỷ đồng, tăng 1,6 lần so với cùng kỳ năm 2023.

Các dự án được giao đất, cho thuê đất với tổng diện tích 142,75 ha, trong đó đất khu, cụm công nghiệp 118,3 ha, đất thương mại, dịch vụ 24,45 ha. Tính đến ngày 30/9/2024, huyện đã bàn giao mặt bằng sạch 96/142,75 ha cho nhà đầu tư, đạt 67,3%.

Vốn giải ngân của các nhà đầu tư 9 tháng ước đạt 2.874 tỷ đồng, bằng 70,1% tổng vốn đăng ký. Hiện huyện có 11 khu công nghiệp đã được thành lập với tổng diện tích 5.243 ha, tỷ lệ lấp đầy bình quân đạt 72,5%; trong đó KCN Hựu Thạnh và KCN Đức Hòa III - Việt Hóa lần lượt đạt 91% và 85%.

Bên cạnh đó, huyện đã kiến nghị UBND tỉnh chấm dứt 3 dự án chậm triển khai dọc Tỉnh lộ 830, thu hồi 21,6 ha đất để kêu gọi nhà đầu tư mới. Suất đầu tư bình quân của các dự án mới đạt khoảng 28,7 tỷ đồng/ha.

Quý IV/2024, huyện phấn đấu thu hút thêm khoảng 10 dự án, nâng tổng vốn đăng ký cả năm lên trên 5.500 tỷ đồng.

Phòng Tài chính - Kế hoạch huyện Đức Hòa, số 02 Nguyễn Văn Siêu, thị trấn Hậu Nghĩa; điện thoại: 0272.3779.016.
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9Y = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
YEAR = P("cả năm", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 4.100 tỷ đồng vốn", "4.100", 4100e9, "money", "đồng", "vốn đầu tư trong nước thu hút", M9, approx="over"),
    F("có 27 dự án", "27", 27, "count", "dự án", "dự án đầu tư trong nước được chấp thuận chủ trương đầu tư", M9Y,
      change=CH("increase", 4, "dự án", "cùng kỳ")),
    F("ký hơn 4.100 tỷ đồng,", "4.100", 4100e9, "money", "đồng", "tổng vốn đăng ký", M9Y, approx="over",
      change=CH("increase", 1.6, "lần", "cùng kỳ năm 2023")),
    F("diện tích 142,75 ha", "142,75", 142.75, "measure", "ha", "diện tích đất giao đất, cho thuê đất cho các dự án",
      I(M9Y)),
    F("công nghiệp 118,3 ha", "118,3", 118.3, "measure", "ha", "đất khu, cụm công nghiệp", I(M9Y), total=142.75),
    F("dịch vụ 24,45 ha", "24,45", 24.45, "measure", "ha", "đất thương mại, dịch vụ", I(M9Y), total=142.75),
    F("sạch 96/142,75 ha", "96", 96, "measure", "ha", "mặt bằng sạch bàn giao cho nhà đầu tư", ASOF,
      total=142.75, percent=67.3),
    F("ước đạt 2.874 tỷ đồng", "2.874", 2874e9, "money", "đồng", "vốn giải ngân của các nhà đầu tư", M9,
      percent=70.1, status="estimate"),
    F("có 11 khu công nghiệp", "11", 11, "count", "khu công nghiệp", "khu công nghiệp đã được thành lập"),
    F("diện tích 5.243 ha", "5.243", 5243, "measure", "ha", "tổng diện tích khu công nghiệp"),
    F("đạt 72,5%", "72,5", 72.5, "percent", "%", "tỷ lệ lấp đầy bình quân khu công nghiệp"),
    F("đạt 91%", "91", 91, "percent", "%", "tỷ lệ lấp đầy KCN Hựu Thạnh"),
    F("và 85%", "85", 85, "percent", "%", "tỷ lệ lấp đầy KCN Đức Hòa III - Việt Hóa"),
    F("chấm dứt 3 dự án", "3", 3, "count", "dự án", "dự án chậm triển khai kiến nghị chấm dứt", I(M9Y)),
    F("thu hồi 21,6 ha", "21,6", 21.6, "measure", "ha", "đất thu hồi", I(M9Y)),
    F("khoảng 28,7 tỷ đồng/ha", "28,7", 28.7e9, "money", "đồng/ha", "suất đầu tư bình quân của các dự án mới",
      approx="about"),
    F("khoảng 10 dự án", "10", 10, "count", "dự án", "dự án thu hút thêm", Q4, approx="about", status="target"),
    F("trên 5.500 tỷ đồng", "5.500", 5500e9, "money", "đồng", "tổng vốn đăng ký cả năm", YEAR,
      approx="over", status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Đức Hòa (Long An): thu hút đầu tư trong nước 9 tháng năm 2024, đất giao/cho thuê, GPMB, giải ngân, KCN.",
    "Dateline 'Thứ Năm, 17/10/2024 - 10:05'. District portal: location Đức Hòa throughout. 'Tỉnh lộ 830', 'III' in the KCN name,",
    "'số 02 Nguyễn Văn Siêu', the phone number, 'Tính đến ngày 30/9/2024' are not figures.",
    "Land parts after 'trong đó' add up to 142,75 ha; '96/142,75 ha, đạt 67,3%' → total + percent; 'bằng 70,1% tổng vốn đăng ký' → percent.",
    "'lần lượt đạt 91% và 85%' after 'trong đó': occupancy rates are not parts (no total); KCN names stay in the subject (not places).",
    "'Hiện huyện có …' sentence: no period. 'cả năm' (5.500 tỷ) is the year 2024 although 'Quý IV/2024' opens the sentence.",
]

if __name__ == "__main__":
    emit("p622-2", TEXT, COMMENTS, FIGS, published="2024-10-17", location="Đức Hòa")
