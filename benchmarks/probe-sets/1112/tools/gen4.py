"""p1112-4: central agency site (Cục Đường thủy nội địa Việt Nam): tourist vessels in bays nationwide, 2023, 2024 plans."""
from lib import F, P, I, C, T, write

TEXT = """CỤC ĐƯỜNG THỦY NỘI ĐỊA VIỆT NAM
Trang chủ » Tin tức - Sự kiện » An toàn giao thông
Ngày đăng: 20/03/2024 | Lượt xem: 1.127

Siết chặt an toàn phương tiện thủy chở khách du lịch trên các vịnh

Theo số liệu của Cục Đường thủy nội địa Việt Nam, tính đến ngày 31/12/2023, cả nước có 4.362 phương tiện thủy nội địa được cấp phép vận chuyển khách du lịch, trong đó có 412 du thuyền và tàu lưu trú, chiếm 9,4%. Các địa phương có nhiều phương tiện nhất lần lượt là Quảng Ninh (1.018 phương tiện), Khánh Hòa (526 phương tiện), Hải Phòng (318 phương tiện) và Kiên Giang (274 phương tiện).

Năm 2023, các phương tiện thủy nội địa đã phục vụ khoảng 14,6 triệu lượt khách du lịch, tăng 23% so với năm 2022. Trong năm, lực lượng thanh tra đường thủy đã kiểm tra 6.854 lượt phương tiện, xử lý 1.203 vụ vi phạm với tổng số tiền phạt trên 4,7 tỷ đồng, tăng 18% so với năm trước. Số vụ tai nạn liên quan tàu du lịch là 5 vụ, giảm 3 vụ so với năm 2022.

Cục đánh giá vẫn còn khoảng 6% phương tiện chưa lắp đặt thiết bị giám sát hành trình, chủ yếu là ca nô, xuồng cao tốc có sức chở dưới 12 người. Theo Nghị định số 08/2021/NĐ-CP và Thông tư số 34/2023/TT-BGTVT, phương tiện chở khách du lịch có sức chở trên 50 người phải được đăng kiểm hằng năm.

Năm 2024, Cục đặt mục tiêu 100% phương tiện chở khách du lịch được kiểm tra an toàn trước mùa cao điểm, giảm ít nhất 10% số vụ vi phạm so với năm 2023. Dự kiến trong quý II/2024, Cục sẽ tổ chức 3 đoàn kiểm tra liên ngành tại các vịnh Hạ Long, Lan Hạ và Nha Trang.

Địa chỉ: Số 5 Nguyễn Khắc Viện, quận Hai Bà Trưng, Hà Nội. Điện thoại: 024.3942.0236
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
INY = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
LIST = "phương tiện thủy nội địa được cấp phép vận chuyển khách du lịch"

FIGS = [
    F("có 4.362 phương tiện", "4.362", 4362, "count", "phương tiện", LIST, ASOF),
    F("có 412 du thuyền", "412", 412, "count", "du thuyền", "du thuyền và tàu lưu trú", ASOF,
      total=4362, percent=9.4),
    F("Quảng Ninh (1.018 phương tiện)", "1.018", 1018, "count", "phương tiện", LIST, I(ASOF),
      location="Quảng Ninh"),
    F("Khánh Hòa (526 phương tiện)", "526", 526, "count", "phương tiện", LIST, I(ASOF),
      location="Khánh Hòa"),
    F("Hải Phòng (318 phương tiện)", "318", 318, "count", "phương tiện", LIST, I(ASOF),
      location="Hải Phòng"),
    F("Kiên Giang (274 phương tiện)", "274", 274, "count", "phương tiện", LIST, I(ASOF),
      location="Kiên Giang"),
    F("khoảng 14,6 triệu lượt khách", "14,6", 14_600_000, "count", "lượt khách",
      "lượt khách du lịch được phương tiện thủy nội địa phục vụ", Y23, approx="about",
      change=C("increase", 23, "%", "năm 2022")),
    F("kiểm tra 6.854 lượt phương tiện", "6.854", 6854, "count", "lượt phương tiện",
      "lượt phương tiện được thanh tra đường thủy kiểm tra", INY),
    F("xử lý 1.203 vụ", "1.203", 1203, "count", "vụ vi phạm", "vụ vi phạm bị xử lý", INY),
    F("trên 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", "tổng số tiền phạt vi phạm", INY,
      approx="over", change=C("increase", 18, "%", "năm trước")),
    F("là 5 vụ", "5", 5, "count", "vụ", "vụ tai nạn liên quan tàu du lịch", I(Y23),
      change=C("decrease", 3, "vụ", "năm 2022")),
    F("khoảng 6% phương tiện", "6", 6, "percent", "%",
      "phương tiện chưa lắp đặt thiết bị giám sát hành trình", approx="about"),
    F("dưới 12 người", "12", 12, "count", "người", approx="under", optional=True),
    F("trên 50 người", "50", 50, "count", "người", approx="over", optional=True),
    F("mục tiêu 100%", "100", 100, "percent", "%",
      "phương tiện chở khách du lịch được kiểm tra an toàn trước mùa cao điểm", Y24, status="target"),
    F("ít nhất 10%", "10", 10, "percent", "%", "mức giảm số vụ vi phạm so với năm 2023", Y24,
      approx="at_least", status="target"),
    F("tổ chức 3 đoàn", "3", 3, "count", "đoàn kiểm tra liên ngành",
      "đoàn kiểm tra liên ngành tại các vịnh Hạ Long, Lan Hạ và Nha Trang",
      P("quý II/2024", "2024-04-01", "2024-06-30"), status="forecast"),
]

NOTES = [
    "Cục Đường thủy nội địa Việt Nam (central agency site): national tourist vessels as of 31/12/2023, 2023 passengers,",
    "inspections, accidents, 2024 targets. Location Việt Nam; the ranked provinces in brackets are the location of their figure.",
    "Distractors: 'Ngày đăng: 20/03/2024', 'Lượt xem: 1.127', 'Nghị định số 08/2021/NĐ-CP', 'Thông tư số 34/2023/TT-BGTVT',",
    "address 'Số 5 Nguyễn Khắc Viện', phone 024.3942.0236. Capacity thresholds 'dưới 12 người', 'trên 50 người' are category",
    "thresholds (optional). The ranking list does not add up to 4.362 and has no part-of cue: no total.",
    "'giảm ít nhất 10% số vụ vi phạm' has no base amount: a percent figure (target) without change. 'Trong năm' = 2023.",
]

if __name__ == "__main__":
    write("p1112-4", TEXT, NOTES, FIGS, published="2024-03-20", location="Việt Nam")
