"""p809-1: province portal, Bình Định, mai vàng for Tết Giáp Thìn 2024."""
from lib import F, write, year, span, asof, inherit, up

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Cập nhật: 18/01/2024 09:45 | Lượt xem: 2.316

Bình Định: Nhà vườn chuẩn bị hơn 1,2 triệu chậu mai vàng phục vụ Tết

Năm 2023, diện tích trồng mai vàng toàn tỉnh đạt 1.480 ha, tăng 6,5% so với năm 2022, với hơn 9.000 hộ tham gia. Mai được trồng tập trung ở thị xã An Nhơn (1.150 ha), huyện Tuy Phước (165 ha), huyện Phù Cát (90 ha) và TP Quy Nhơn (48 ha).

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ Tết Giáp Thìn 2024, các nhà vườn đã chuẩn bị 1,25 triệu chậu mai vàng và khoảng 350.000 cây mai ghép, trong đó mai bonsai chiếm trên 40%. Giá mai chậu loại phổ thông từ 500.000 đến 3 triệu đồng/chậu; mai bonsai dáng đẹp có giá 15-50 triệu đồng/cây. Tổng doanh thu từ cây mai ước đạt 1.300 tỷ đồng, tăng 8% so với vụ Tết năm trước.

Từ đầu tháng 12/2023 đến nay, đã có hơn 20.000 chậu mai được vận chuyển ra các tỉnh phía Bắc qua Quốc lộ 1A, chủ yếu là Hà Nội, Hải Phòng và Quảng Ninh. Chi phí vận chuyển ra Hà Nội khoảng 150.000-200.000 đồng/chậu; một xe tải 15 tấn chở được 250-300 chậu.

Ông Nguyễn Văn Tám, chủ vườn mai ở khu vực 3, phường Nhơn Hưng (thị xã An Nhơn), cho biết gia đình ông chuẩn bị 1.500 chậu mai, đến nay thương lái đã đặt cọc gần 70% số chậu. Theo ông Tám, lợi nhuận bình quân từ trồng mai ở An Nhơn đạt khoảng 400 triệu đồng/ha/năm. Con số này gấp 4-5 lần so với trồng lúa.

Theo Quyết định số 3215/QĐ-UBND của UBND tỉnh, đến năm 2025 Bình Định phấn đấu nâng diện tích mai vàng lên 1.700 ha, giá trị sản xuất đạt 1.600 tỷ đồng. Lễ hội Mai vàng An Nhơn lần thứ 2 sẽ diễn ra từ ngày 25/01/2024 tại số 126 Trần Phú, phường Bình Định.
"""

Y23 = year("Năm 2023", 2023)
SINCE = span("Từ đầu tháng 12/2023 đến nay", "2023-12-01", "2024-01-18")
NOW = asof("đến nay", "2024-01-18")
T25 = asof("đến năm 2025", "2025-12-31")
AREA = "diện tích trồng mai vàng"

FIGS = [
    F("hơn 1,2 triệu chậu mai vàng phục vụ Tết", "1,2", 1.2e6, "count", "chậu",
      "chậu mai vàng nhà vườn chuẩn bị phục vụ Tết", approx="over"),
    F("đạt 1.480 ha", "1.480", 1480, "measure", "ha", AREA, Y23,
      change=up(6.5, baseline="năm 2022")),
    F("hơn 9.000 hộ", "9.000", 9000, "count", "hộ", "hộ trồng mai vàng tham gia", Y23, approx="over"),
    F("An Nhơn (1.150 ha)", "1.150", 1150, "measure", "ha", AREA, inherit(Y23), location="An Nhơn"),
    F("Tuy Phước (165 ha)", "165", 165, "measure", "ha", AREA, inherit(Y23), location="Tuy Phước"),
    F("Phù Cát (90 ha)", "90", 90, "measure", "ha", AREA, inherit(Y23), location="Phù Cát"),
    F("Quy Nhơn (48 ha)", "48", 48, "measure", "ha", AREA, inherit(Y23), location="Quy Nhơn"),
    F("chuẩn bị 1,25 triệu chậu", "1,25", 1.25e6, "count", "chậu",
      "chậu mai vàng các nhà vườn chuẩn bị"),
    F("khoảng 350.000 cây mai ghép", "350.000", 350000, "count", "cây",
      "cây mai ghép các nhà vườn chuẩn bị", approx="about"),
    F("chiếm trên 40%", "40", 40, "percent", "%", "mai bonsai trong số mai chuẩn bị", approx="over"),
    F("từ 500.000 đến 3 triệu đồng/chậu", "500.000", 500000, "money", "đồng/chậu",
      "giá mai chậu loại phổ thông", value_max=3e6),
    F("15-50 triệu đồng/cây", "15", 15e6, "money", "đồng/cây", "giá mai bonsai dáng đẹp", value_max=50e6),
    F("ước đạt 1.300 tỷ đồng", "1.300", 1.3e12, "money", "đồng", "tổng doanh thu từ cây mai",
      change=up(8, baseline="vụ Tết năm trước"), status="estimate"),
    F("hơn 20.000 chậu mai", "20.000", 20000, "count", "chậu",
      "chậu mai được vận chuyển ra các tỉnh phía Bắc", SINCE, approx="over"),
    F("khoảng 150.000-200.000 đồng/chậu", "150.000", 150000, "money", "đồng/chậu",
      "chi phí vận chuyển mai ra Hà Nội", value_max=200000, approx="about"),
    F("xe tải 15 tấn", "15", 15, "measure", "tấn", "tải trọng xe tải", optional=True),
    F("250-300 chậu", "250", 250, "count", "chậu", "chậu mai một xe tải chở được", value_max=300),
    F("chuẩn bị 1.500 chậu mai", "1.500", 1500, "count", "chậu",
      "chậu mai gia đình ông Tám chuẩn bị", location="An Nhơn"),
    F("gần 70% số chậu", "70", 70, "percent", "%", "số chậu mai được thương lái đặt cọc", NOW,
      approx="nearly", location="An Nhơn"),
    F("khoảng 400 triệu đồng/ha/năm", "400", 400e6, "money", "đồng/ha/năm",
      "lợi nhuận bình quân từ trồng mai", approx="about", location="An Nhơn"),
    F("gấp 4-5 lần", "4", 4, "multiple", "lần", "lợi nhuận trồng mai so với trồng lúa",
      value_max=5, location="An Nhơn"),
    F("lên 1.700 ha", "1.700", 1700, "measure", "ha", AREA, T25, status="target"),
    F("đạt 1.600 tỷ đồng", "1.600", 1.6e12, "money", "đồng", "giá trị sản xuất mai vàng", T25,
      status="target"),
]

NOTES = [
    "Province portal (Bình Định): mai vàng for Tết Giáp Thìn 2024. Distractors: Lượt xem 2.316, Quốc lộ 1A, khu vực 3,",
    "Quyết định số 3215/QĐ-UBND, lần thứ 2, 25/01/2024, số 126 Trần Phú, Nguyễn Văn Tám.",
    "District list after 'tập trung ở' does not add up to 1.480 and has no part-of cue: no total.",
    "'vụ Tết Giáp Thìn 2024' is a season, not a calendar period: no period. Mr Tám's farm is in An Nhơn.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-01-18", location="Bình Định")
