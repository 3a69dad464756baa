"""p866-8: provincial newspaper online (Báo Bắc Giang, '(BGĐT) -'): lychee shipped by post and courier, 2024."""
from lib import C, F, I, P, write

TEXT = """Báo Bắc Giang điện tử
Kinh tế
Thứ Năm, 18/07/2024 15:40
Hơn 3.200 tấn vải thiều "theo đường bưu điện" đến khách hàng

(BGĐT) - Vụ vải thiều năm 2024, các doanh nghiệp bưu chính, chuyển phát trên địa bàn tỉnh đã vận chuyển hơn 3.200 tấn vải tươi tới người tiêu dùng trong nước, tương đương khoảng 85.000 bưu gửi. Sản lượng này gấp 1,6 lần vụ vải năm 2023.

Trong đó, Bưu điện tỉnh vận chuyển 1.450 tấn, Viettel Post Bắc Giang 980 tấn, các doanh nghiệp khác khoảng 800 tấn. Huyện Lục Ngạn chiếm khoảng 65% sản lượng vải gửi đi, tiếp đến là Lục Nam (14%) và Tân Yên (9%).

Để giữ vải tươi, các đơn vị dùng thùng xốp kèm đá khô, áp dụng cước ưu đãi 12.000 đồng/kg, giảm 30% so với giá niêm yết. Thời gian giao tới Hà Nội trong vòng 6 giờ, tới TP Hồ Chí Minh từ 24 đến 36 giờ. Tỷ lệ bưu gửi bị hư hỏng chỉ khoảng 0,3%.

Tại điểm thu gom trên Quốc lộ 31 (thị trấn Chũ), mỗi ngày cao điểm có khoảng 40 nhân viên làm việc liên tục theo 3 ca để kịp chuyến xe lúc 17 giờ.

Theo Sở Thông tin và Truyền thông, 6 tháng đầu năm 2024, doanh thu bưu chính toàn tỉnh ước đạt 268 tỷ đồng, tăng 21,5% so với cùng kỳ. Với kết quả này, Bắc Giang đứng thứ 2 khu vực trung du và miền núi phía Bắc về doanh thu bưu chính. Năm 2025, ngành phấn đấu nâng sản lượng vải chuyển phát lên 4.000 tấn, thực hiện Kế hoạch số 98/KH-UBND của UBND tỉnh.

Thu Hương
"""

SEASON = P("Vụ vải thiều năm 2024", "2024-01-01", "2024-12-31")
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 3.200 tấn vải thiều", "3.200", 3200, "measure", "tấn", "vải thiều chuyển phát theo đường bưu điện",
      I(SEASON), approx="over"),
    F("hơn 3.200 tấn vải tươi", "3.200", 3200, "measure", "tấn", "vải tươi doanh nghiệp bưu chính, chuyển phát vận chuyển",
      SEASON, approx="over"),
    F("khoảng 85.000 bưu gửi", "85.000", 85000, "count", "bưu gửi", "bưu gửi vải tươi", SEASON, approx="about"),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "sản lượng vải chuyển phát so với vụ vải năm 2023", I(SEASON)),
    F("vận chuyển 1.450 tấn", "1.450", 1450, "measure", "tấn", "vải Bưu điện tỉnh vận chuyển", I(SEASON), total=3200),
    F("Bắc Giang 980 tấn", "980", 980, "measure", "tấn", "vải Viettel Post Bắc Giang vận chuyển", I(SEASON),
      total=3200),
    F("khoảng 800 tấn", "800", 800, "measure", "tấn", "vải các doanh nghiệp khác vận chuyển", I(SEASON),
      approx="about", total=3200),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ trọng sản lượng vải gửi đi", I(SEASON), approx="about",
      location="Lục Ngạn"),
    F("Lục Nam (14%)", "14", 14, "percent", "%", "tỷ trọng sản lượng vải gửi đi", I(SEASON), location="Lục Nam"),
    F("Tân Yên (9%)", "9", 9, "percent", "%", "tỷ trọng sản lượng vải gửi đi", I(SEASON), location="Tân Yên"),
    F("ưu đãi 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "cước ưu đãi",
      change=C("decrease", 30, baseline="giá niêm yết")),
    F("trong vòng 6 giờ", "6", 6, "measure", "giờ", "thời gian giao tới Hà Nội", approx="at_most"),
    F("từ 24 đến 36 giờ", "24", 24, "measure", "giờ", "thời gian giao tới TP Hồ Chí Minh", value_max=36),
    F("khoảng 0,3%", "0,3", 0.3, "percent", "%", "tỷ lệ bưu gửi bị hư hỏng", approx="about"),
    F("khoảng 40 nhân viên", "40", 40, "count", "nhân viên", "nhân viên làm việc tại điểm thu gom mỗi ngày cao điểm",
      approx="about"),
    F("theo 3 ca", "3", 3, "count", "ca", "ca làm việc", optional=True),
    F("ước đạt 268 tỷ đồng", "268", 268e9, "money", "đồng", "doanh thu bưu chính", H1,
      change=C("increase", 21.5, baseline="cùng kỳ"), status="estimate"),
    F("đứng thứ 2", "2", 2, "rank", "hạng", "xếp hạng doanh thu bưu chính khu vực trung du và miền núi phía Bắc",
      I(H1)),
    F("lên 4.000 tấn", "4.000", 4000, "measure", "tấn", "sản lượng vải chuyển phát", Y25, status="target"),
]

NOTES = [
    "Báo Bắc Giang online ('(BGĐT) -' tag, 'Thứ Năm, 18/07/2024 15:40'): lychee shipped by post and courier, 2024 season.",
    "Headline 'Hơn 3.200 tấn' is its own figure; its period comes from the lead (inherited). 'Vụ vải thiều năm 2024' = year 2024.",
    "'tương đương khoảng 85.000 bưu gửi' is the same quantity in another unit, not a share: a count figure of its own.",
    "'Sản lượng này gấp 1,6 lần vụ vải năm 2023' stands alone: a multiple. 'Trong đó' parts (1.450, 980, 800 tấn) take total 3.200.",
    "District shares: Lục Ngạn, Lục Nam, Tân Yên are locations. Delivery times to Hà Nội / TP Hồ Chí Minh are Bắc Giang's",
    "  (destinations are not the place). 'trong vòng 6 giờ' = at most 6 hours. 'giảm 30% so với giá niêm yết' is the change of 12.000 đồng/kg.",
    "The collection point at thị trấn Chũ (in Lục Ngạn, but the sentence names no district): location Bắc Giang; '3 ca' optional; '17 giờ' a time.",
    "'đứng thứ 2' (separate sentence after the estimate) is an actual rank. Distractors: '(BGĐT)', 'Quốc lộ 31', 'Kế hoạch số 98/KH-UBND'.",
]

if __name__ == "__main__":
    write("p866-8", TEXT, FIGS, notes=NOTES, published="2024-07-18", location="Bắc Giang")
