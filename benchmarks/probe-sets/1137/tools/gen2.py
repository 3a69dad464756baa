"""p1137-2: Chư Sê (Gia Lai) district portal, 6 months 2024: drip/sprinkler irrigation for coffee and pepper."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯ SÊ
Trang chủ | Tin tức | Kinh tế | Nông nghiệp

Chư Sê nhân rộng mô hình tưới tiết kiệm cho cà phê, hồ tiêu

Thứ Ba, 18/06/2024 - 15:20

Sáng 17/6, UBND huyện tổ chức hội nghị sơ kết Đề án phát triển nông nghiệp ứng dụng công nghệ cao. Theo báo cáo, 6 tháng đầu năm, toàn huyện lắp đặt mới hệ thống tưới tiết kiệm cho 215 ha cây trồng, nâng tổng diện tích lên 1.830 ha, chiếm khoảng 12% diện tích cây công nghiệp dài ngày của huyện.

Trong đó, cà phê tưới phun mưa và nhỏ giọt 1.120 ha, hồ tiêu 640 ha, còn lại là cây ăn quả. Chi phí đầu tư tưới nhỏ giọt cho cà phê từ 45 đến 60 triệu đồng/ha tùy địa hình; tưới béc phun mưa khoảng 25 triệu đồng/ha.

Theo Phòng Nông nghiệp và PTNT huyện, tưới nhỏ giọt kết hợp bón phân qua nước giúp tiết kiệm 35-40% lượng nước và khoảng 30% phân bón so với tưới gốc truyền thống; năng suất cà phê tăng từ 3,2 tấn nhân/ha lên 4 tấn nhân/ha.

Điển hình, gia đình anh Rơ Châm Hlun ở làng Ia Pết, xã Ia Blang đầu tư hai giếng khoan, một máy bơm năng lượng mặt trời 3 HP và hệ thống tưới nhỏ giọt cho 2,5 ha cà phê. Mỗi năm vườn cho thu hoạch 11 tấn cà phê nhân, trừ chi phí còn lãi trên 500 triệu đồng.

Người dân lắp đặt hệ thống tưới được huyện hỗ trợ 20% kinh phí mua thiết bị, không quá 15 triệu đồng/hộ. Năm 2024, huyện phấn đấu phát triển thêm 400 ha tưới tiết kiệm, tổ chức 6 lớp tập huấn cho khoảng 300 lượt nông dân. Dự kiến đến cuối năm, tổng diện tích tưới tiết kiệm của huyện đạt khoảng 2.230 ha.

Thanh Tâm (Phòng NN&PTNT)

Bài viết liên quan:
- Chư Sê: Hội thi nhà nông đua tài lần thứ 3
- Xã Ia Blang đạt chuẩn nông thôn mới nâng cao
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
END = P("đến cuối năm", None, "2024-12-31")
FARM = "vườn cà phê"

FIGS = [
    F("cho 215 ha", "215", 215, "measure", "ha",
      subject="diện tích cây trồng lắp đặt mới hệ thống tưới tiết kiệm", period=H1),
    F("lên 1.830 ha", "1.830", 1830, "measure", "ha", percent=12,
      subject="tổng diện tích tưới tiết kiệm", period=H1),
    F("nhỏ giọt 1.120 ha", "1.120", 1120, "measure", "ha", total=1830,
      subject="diện tích cà phê tưới phun mưa và nhỏ giọt", period=I(H1)),
    F("hồ tiêu 640 ha", "640", 640, "measure", "ha", total=1830,
      subject="diện tích hồ tiêu tưới tiết kiệm", period=I(H1)),
    F("từ 45 đến 60 triệu", "45", 45000000, "money", "đồng/ha", value_max=60000000,
      subject="chi phí đầu tư tưới nhỏ giọt cho cà phê"),
    F("khoảng 25 triệu", "25", 25000000, "money", "đồng/ha", approx="about",
      subject="chi phí đầu tư tưới béc phun mưa"),
    F("tiết kiệm 35-40%", "35", 35, "percent", "%", value_max=40,
      subject="lượng nước tiết kiệm nhờ tưới nhỏ giọt kết hợp bón phân qua nước"),
    F("khoảng 30% phân bón", "30", 30, "percent", "%", approx="about",
      subject="phân bón tiết kiệm nhờ tưới nhỏ giọt kết hợp bón phân qua nước"),
    F("từ 3,2 tấn", "3,2", 3.2, "measure", "tấn/ha", subject="năng suất cà phê nhân trước khi tưới nhỏ giọt"),
    F("lên 4 tấn", "4", 4, "measure", "tấn/ha", subject="năng suất cà phê nhân tưới nhỏ giọt"),
    F("hai giếng khoan", "hai", 2, "count", "giếng khoan", subject="giếng khoan được đầu tư"),
    F("một máy bơm", "một", 1, "count", "máy bơm", subject="máy bơm năng lượng mặt trời", optional=True),
    F("3 HP", "3", 3, "measure", "HP", subject="công suất máy bơm năng lượng mặt trời"),
    F("cho 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích cà phê tưới nhỏ giọt"),
    F("hoạch 11 tấn", "11", 11, "measure", "tấn/năm", subject=f"cà phê nhân thu hoạch mỗi năm của {FARM}"),
    F("trên 500 triệu", "500", 500000000, "money", "đồng/năm", approx="over", subject=f"lãi mỗi năm của {FARM}"),
    F("hỗ trợ 20%", "20", 20, "percent", "%", subject="mức hỗ trợ kinh phí mua thiết bị tưới"),
    F("không quá 15 triệu", "15", 15000000, "money", "đồng/hộ", approx="at_most",
      subject="mức hỗ trợ kinh phí mua thiết bị tưới"),
    F("thêm 400 ha", "400", 400, "measure", "ha", status="target",
      subject="diện tích tưới tiết kiệm phát triển thêm", period=Y24),
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", status="target", subject="lớp tập huấn", period=Y24),
    F("khoảng 300 lượt", "300", 300, "count", "lượt nông dân", approx="about", status="target",
      subject="lượt nông dân được tập huấn", period=Y24),
    F("khoảng 2.230 ha", "2.230", 2230, "measure", "ha", approx="about", status="forecast",
      subject="tổng diện tích tưới tiết kiệm của huyện", period=END),
]

NOTES = [
    "District portal (huyện Chư Sê, Gia Lai): 'Thứ Ba, 18/06/2024 - 15:20', byline at the end, related links. Default location the district.",
    "Distractors: 'Sáng 17/6' (date), 15:20, 'lần thứ 3' (ordinal), 'làng Ia Pết', 'Đề án' name.",
    "Year-less '6 tháng đầu năm' takes 2024 from the dateline. Parts after 'Trong đó' (next paragraph) take the whole 1.830 ha.",
    "'chiếm khoảng 12%' is the share of 1.830 ha. 'tăng từ 3,2 ... lên 4 tấn nhân/ha': two measures (unit tấn/ha, 'nhân' goes to the subject), no change value stated.",
    "'một máy bơm' is an indefinite-article use of một (optional); 'hai giếng khoan' is a count (number word).",
    "'Dự kiến đến cuối năm' → forecast, as-of end of 2024 (year-less). Support rule sentence is a standing rule: actual, no period.",
    "revised after the first run: owner's name dropped from 5 subjects; unit 'tấn nhân/ha' → 'tấn/ha' with 'cà phê nhân' in the subject (as for '11 tấn cà phê nhân').",
]

if __name__ == "__main__":
    write("p1137-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Chư Sê")
