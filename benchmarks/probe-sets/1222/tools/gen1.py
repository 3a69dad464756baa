"""p1222-1: Hà Nam province portal, limestone output 9 months 2024, a quarry company in Thanh Liêm."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Hà Nam: Sản lượng đá vôi khai thác 9 tháng đạt gần 14 triệu tấn

Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.415

(hanam.gov.vn) - 9 tháng đầu năm 2024, các doanh nghiệp trên địa bàn tỉnh Hà Nam đã khai thác 13,86 triệu tấn đá vôi các loại, đạt 74,2% kế hoạch năm, tăng 6,8% so với cùng kỳ năm 2023. Trong đó, đá vôi làm nguyên liệu sản xuất xi măng 8,12 triệu tấn, đá vôi làm vật liệu xây dựng thông thường 5,74 triệu tấn.

Toàn tỉnh hiện có 41 mỏ đá vôi còn hiệu lực giấy phép khai thác, tập trung chủ yếu tại huyện Kim Bảng (26 mỏ) và huyện Thanh Liêm (13 mỏ), tổng diện tích khoảng 1.250 ha. Thu ngân sách từ hoạt động khai thác khoáng sản 9 tháng ước đạt 512 tỷ đồng, chiếm khoảng 11% tổng thu nội địa. Mức phí bảo vệ môi trường đối với đá vôi là 3.000 đồng/tấn theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh.

Tại xã Thanh Thủy, huyện Thanh Liêm, Công ty TNHH Khoáng sản Trường Phát đang khai thác mỏ đá vôi rộng 18,5 ha với công suất 450.000 m3/năm. Công ty sử dụng 126 lao động, thu nhập bình quân 9,2 triệu đồng/người/tháng. Từ đầu năm đến nay, đơn vị đã nộp ngân sách hơn 21 tỷ đồng và trồng mới 2,4 ha cây xanh tại khu vực đã kết thúc khai thác.

Năm 2024, tỉnh phấn đấu sản lượng đá vôi khai thác đạt 18,7 triệu tấn; đóng cửa, cải tạo, phục hồi môi trường ít nhất 5 mỏ đã hết hạn giấy phép. Mọi phản ánh về vi phạm trong khai thác khoáng sản xin gửi về đường dây nóng 0226.3852.701.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = P("9 tháng", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-08")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TL = "Thanh Liêm"

FIGS = [
    F("đạt gần 14 triệu tấn", "14", 14000000, "measure", "tấn", approx="nearly",
      subject="sản lượng đá vôi khai thác", period=NINE_H),
    F("khai thác 13,86 triệu tấn", "13,86", 13860000, "measure", "tấn", percent=74.2,
      change=C("increase", 6.8, "%", "cùng kỳ năm 2023"),
      subject="đá vôi các loại khai thác", period=NINE),
    F("xi măng 8,12 triệu tấn", "8,12", 8120000, "measure", "tấn", total=13860000,
      subject="đá vôi làm nguyên liệu sản xuất xi măng", period=I(NINE)),
    F("thông thường 5,74 triệu tấn", "5,74", 5740000, "measure", "tấn", total=13860000,
      subject="đá vôi làm vật liệu xây dựng thông thường", period=I(NINE)),
    F("hiện có 41 mỏ", "41", 41, "count", "mỏ",
      subject="mỏ đá vôi còn hiệu lực giấy phép khai thác"),
    F("Kim Bảng (26 mỏ)", "26", 26, "count", "mỏ",
      subject="mỏ đá vôi còn hiệu lực giấy phép khai thác", location="Kim Bảng"),
    F("Thanh Liêm (13 mỏ)", "13", 13, "count", "mỏ",
      subject="mỏ đá vôi còn hiệu lực giấy phép khai thác", location=TL),
    F("khoảng 1.250 ha", "1.250", 1250, "measure", "ha", approx="about",
      subject="tổng diện tích mỏ đá vôi"),
    F("ước đạt 512 tỷ", "512", 512000000000, "money", "đồng", status="estimate", percent=11,
      subject="thu ngân sách từ hoạt động khai thác khoáng sản", period=NINE_H),
    F("là 3.000 đồng/tấn", "3.000", 3000, "money", "đồng/tấn",
      subject="mức phí bảo vệ môi trường đối với đá vôi"),
    F("rộng 18,5 ha", "18,5", 18.5, "measure", "ha",
      subject="diện tích mỏ đá vôi của Công ty TNHH Khoáng sản Trường Phát", location=TL),
    F("công suất 450.000 m3/năm", "450.000", 450000, "measure", "m3/năm",
      subject="công suất khai thác mỏ đá vôi", location=TL),
    F("sử dụng 126 lao động", "126", 126, "count", "lao động",
      subject="lao động của Công ty TNHH Khoáng sản Trường Phát", location=TL),
    F("bình quân 9,2 triệu", "9,2", 9200000, "money", "đồng/người/tháng",
      subject="thu nhập bình quân lao động của công ty", location=TL),
    F("hơn 21 tỷ", "21", 21000000000, "money", "đồng", approx="over",
      subject="tiền nộp ngân sách của công ty", period=YTD, location=TL),
    F("mới 2,4 ha", "2,4", 2.4, "measure", "ha",
      subject="diện tích cây xanh trồng mới tại khu vực đã kết thúc khai thác", period=YTD, location=TL),
    F("đạt 18,7 triệu tấn", "18,7", 18700000, "measure", "tấn", status="target",
      subject="sản lượng đá vôi khai thác", period=Y24),
    F("ít nhất 5 mỏ", "5", 5, "count", "mỏ", approx="at_least", status="target",
      subject="mỏ hết hạn giấy phép được đóng cửa, cải tạo, phục hồi môi trường", period=Y24),
]

NOTES = [
    "Province portal (Hà Nam): limestone output 9 months 2024. Breadcrumb, 'Cập nhật: 08/10/2024 14:20 | Lượt xem: 2.415'.",
    "Distractors: counter 2.415, time 14:20, Nghị quyết số 12/2022/NQ-HĐND, hotline 0226.3852.701, 'm3' exponent.",
    "District list 26 + 13 (tập trung chủ yếu) does not add up to 41: no total. Parts after 'Trong đó' take 13,86 triệu tấn.",
    "Company passage placed in xã Thanh Thủy, huyện Thanh Liêm: its figures get location Thanh Liêm.",
    "Headline '9 tháng' takes the year of published (2024). The fee rate is a standing rule: no period.",
]

if __name__ == "__main__":
    write("p1222-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Hà Nam")
