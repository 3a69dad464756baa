"""p1134-2: district portal (huyện Côn Đảo, Bà Rịa - Vũng Tàu): two new public toilets, operation contract, visitors."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÔN ĐẢO
Trang chủ | Tin tức - Sự kiện | Du lịch | Thông báo

Thứ Ba, 16/07/2024 - 08:35

Đưa vào sử dụng thêm hai nhà vệ sinh công cộng phục vụ du khách

Sáng 15/7, UBND huyện tổ chức bàn giao, đưa vào sử dụng hai nhà vệ sinh công cộng tại khu vực Nghĩa trang Hàng Dương và bãi tắm Đầm Trầu. Các công trình có tổng vốn đầu tư 2,4 tỷ đồng từ ngân sách huyện, gồm 24 buồng vệ sinh, trong đó hai buồng dành riêng cho người khuyết tật.

6 tháng đầu năm, Côn Đảo đón khoảng 286.000 lượt khách, tăng 18,5% so với cùng kỳ. Hiện toàn huyện có 23 nhà vệ sinh công cộng, gồm 9 nhà do huyện đầu tư và 14 nhà của các khu, điểm du lịch, cơ sở lưu trú mở cửa miễn phí cho khách. Nhà vệ sinh tại Cảng Bến Đầm, chợ Côn Đảo và Nghĩa trang Hàng Dương phục vụ lần lượt khoảng 38.000, 52.000 và 96.000 lượt người trong 6 tháng.

Việc vệ sinh, vận hành các nhà do huyện quản lý được giao cho Công ty Cổ phần Công trình đô thị Côn Đảo theo hợp đồng đặt hàng trị giá 1,15 tỷ đồng/năm. Mỗi nhà bố trí từ 1 đến 2 nhân viên trực từ 5 giờ 30 đến 22 giờ hằng ngày. Riêng nhà vệ sinh tại Nghĩa trang Hàng Dương mở cửa đến 24 giờ để phục vụ khách viếng mộ chị Võ Thị Sáu vào ban đêm.

Từ đầu năm đến nay, Ban Quản lý các dịch vụ công ích huyện ghi nhận 6 ý kiến phản ánh của du khách về nhà vệ sinh, chủ yếu về tình trạng thiếu nước ngọt vào mùa khô.

Năm 2024, huyện phấn đấu 100% nhà vệ sinh công cộng đạt chuẩn phục vụ khách du lịch; dự kiến xây thêm 3 nhà tại bãi Nhát, khu vực Cầu tàu 914 và sân bay Cỏ Ống với kinh phí khoảng 3,6 tỷ đồng.

Phòng Văn hóa - Thông tin huyện
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_SHORT = P("trong 6 tháng", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-16")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SERVED = "lượt người sử dụng nhà vệ sinh"

FIGS = [
    F("thêm hai nhà", "hai", 2, "count", "nhà vệ sinh công cộng",
      subject="nhà vệ sinh công cộng đưa vào sử dụng"),
    F("sử dụng hai nhà vệ sinh", "hai", 2, "count", "nhà vệ sinh công cộng",
      subject="nhà vệ sinh công cộng bàn giao, đưa vào sử dụng"),
    F("đầu tư 2,4 tỷ", "2,4", 2400000000, "money", "đồng",
      subject="tổng vốn đầu tư các công trình nhà vệ sinh"),
    F("gồm 24 buồng", "24", 24, "count", "buồng vệ sinh", subject="buồng vệ sinh của các công trình"),
    F("trong đó hai buồng", "hai", 2, "count", "buồng", total=24,
      subject="buồng vệ sinh dành riêng cho người khuyết tật"),
    F("khoảng 286.000 lượt", "286.000", 286000, "count", "lượt khách", approx="about",
      change=C("increase", 18.5, "%", "cùng kỳ"), subject="lượt khách đến Côn Đảo", period=H1),
    F("có 23 nhà", "23", 23, "count", "nhà vệ sinh công cộng", subject="nhà vệ sinh công cộng"),
    F("gồm 9 nhà", "9", 9, "count", "nhà", total=23, subject="nhà vệ sinh công cộng do huyện đầu tư"),
    F("và 14 nhà", "14", 14, "count", "nhà", total=23,
      subject="nhà vệ sinh của các khu, điểm du lịch, cơ sở lưu trú mở cửa miễn phí cho khách"),
    F("khoảng 38.000", "38.000", 38000, "count", "lượt người", approx="about",
      subject=SERVED + " tại Cảng Bến Đầm", period=H1_SHORT),
    F("38.000, 52.000", "52.000", 52000, "count", "lượt người", approx="about",
      subject=SERVED + " tại chợ Côn Đảo", period=H1_SHORT),
    F("96.000 lượt", "96.000", 96000, "count", "lượt người", approx="about",
      subject=SERVED + " tại Nghĩa trang Hàng Dương", period=H1_SHORT),
    F("trị giá 1,15 tỷ", "1,15", 1150000000, "money", "đồng/năm",
      subject="giá trị hợp đồng đặt hàng vệ sinh, vận hành nhà vệ sinh công cộng"),
    F("từ 1 đến 2 nhân viên", "1", 1, "measure", "nhân viên/nhà", value_max=2,
      subject="nhân viên trực mỗi nhà vệ sinh"),
    F("nhận 6 ý kiến", "6", 6, "count", "ý kiến phản ánh",
      subject="ý kiến phản ánh của du khách về nhà vệ sinh", period=YTD),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="nhà vệ sinh công cộng đạt chuẩn phục vụ khách du lịch", period=Y24),
    F("thêm 3 nhà", "3", 3, "count", "nhà vệ sinh", status="forecast",
      subject="nhà vệ sinh công cộng xây thêm", period=Y24),
    F("khoảng 3,6 tỷ", "3,6", 3600000000, "money", "đồng", approx="about", status="forecast",
      subject="kinh phí xây thêm nhà vệ sinh công cộng", period=Y24),
]

NOTES = [
    "District portal (huyện Côn Đảo): dateline 'Thứ Ba, 16/07/2024 - 08:35' (published), signature of the district office at the end.",
    "Distractors: 'Sáng 15/7' (event day, gold gives no period), times '5 giờ 30', '22 giờ', 'đến 24 giờ', 'Cầu tàu 914' (a name), 08:35.",
    "Number words: headline 'thêm hai nhà', 'hai nhà vệ sinh', 'hai buồng'. 'lần lượt khoảng 38.000, 52.000 và 96.000' : 'khoảng' governs all three;",
    "the items are sites inside the district (not places): the site goes into the subject, location stays Côn Đảo. 'Mỗi nhà bố trí từ 1 đến 2 nhân viên' → measure nhân viên/nhà.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline; 'Từ đầu năm đến nay' ends at the dateline.",
]

if __name__ == "__main__":
    write("p1134-2", TEXT, NOTES, FIGS, published="2024-07-16", location="Côn Đảo")
