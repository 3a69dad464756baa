"""p1266-8: radio/TV site (Đài PT-TH Long An): packaging collected in Q1 2025, damaged bins, 2025 plans."""
from lib import F, P, I, CH, TG, write

TEXT = """LONG AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Nông nghiệp | Video

Quý I, Long An thu gom hơn 23 tấn bao gói thuốc bảo vệ thực vật

05/04/2025 17:20

(THLA) - Quý I/2025, các địa phương trong tỉnh Long An thu gom được 23,4 tấn bao gói thuốc bảo vệ thực vật sau sử dụng, tăng 2,1 tấn so với cùng kỳ năm 2024, đạt 26% kế hoạch năm. Trong đó, huyện Tân Thạnh thu gom 4,7 tấn, dẫn đầu toàn tỉnh; huyện Mộc Hóa đứng thứ hai với 3,9 tấn.

Toàn tỉnh hiện có 11.260 bể chứa, phân bố trên diện tích gieo trồng lúa khoảng 480.000 ha/năm. Trong 120 bể được Chi cục Trồng trọt và Bảo vệ thực vật kiểm tra ngẫu nhiên, có 34 bể bị hư hỏng, nứt vỡ, chiếm 28,3%.

Để khắc phục, năm 2025 tỉnh dự kiến bố trí 2,8 tỷ đồng sửa chữa và xây mới khoảng 350 bể, mỗi bể chi phí từ 6 đến 8 triệu đồng. Hội Nông dân tỉnh phát động phong trào "Cánh đồng không rác thải", phấn đấu mỗi xã có ít nhất một tổ thu gom. Dự kiến cả năm 2025 toàn tỉnh thu gom khoảng 90 tấn, xếp thứ 3 khu vực Đồng bằng sông Cửu Long.

Ông Phan Văn Lộc, nông dân xã Nhơn Hòa Lập, huyện Tân Thạnh chia sẻ: "Trước đây bà con vứt vỏ chai xuống kênh, giờ có bể ngay đầu bờ nên ai cũng bỏ vào". 

Video: Bản tin Thời sự 19h ngày 05/04/2025
Bình luận (0) | Chia sẻ
"""

Q1H = P("Quý I", "2025-01-01", "2025-03-31")
Q1 = P("Quý I/2025", "2025-01-01", "2025-03-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CY = P("cả năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 23 tấn", "23", 23, "measure", "tấn", approx="over",
      subject="bao gói thuốc bảo vệ thực vật thu gom", period=Q1H),
    F("được 23,4 tấn", "23,4", 23.4, "measure", "tấn", percent=26,
      change=CH("increase", 2.1, "tấn", "cùng kỳ năm 2024"),
      subject="bao gói thuốc bảo vệ thực vật sau sử dụng thu gom", period=Q1),
    F("thu gom 4,7 tấn", "4,7", 4.7, "measure", "tấn", total=23.4, subject="bao gói thu gom",
      period=I(Q1), location="Tân Thạnh"),
    F("đứng thứ hai", "hai", 2, "rank", "hạng", subject="thu gom bao gói", period=I(Q1),
      location="Mộc Hóa"),
    F("với 3,9 tấn", "3,9", 3.9, "measure", "tấn", total=23.4, subject="bao gói thu gom",
      period=I(Q1), location="Mộc Hóa"),
    F("có 11.260 bể", "11.260", 11260, "count", "bể", subject="bể chứa toàn tỉnh"),
    F("khoảng 480.000 ha/năm", "480.000", 480000, "measure", "ha/năm", approx="about",
      subject="diện tích gieo trồng lúa"),
    F("Trong 120 bể", "120", 120, "count", "bể", subject="bể được kiểm tra ngẫu nhiên"),
    F("có 34 bể", "34", 34, "count", "bể", total=120, percent=28.3, subject="bể bị hư hỏng, nứt vỡ"),
    F("trí 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", status="forecast",
      subject="kinh phí bố trí sửa chữa và xây mới bể", period=Y25),
    F("khoảng 350 bể", "350", 350, "count", "bể", approx="about", status="forecast",
      subject="bể sửa chữa và xây mới", period=Y25),
    F("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/bể", value_max=8e6, status="forecast",
      subject="chi phí mỗi bể", period=Y25),
    F("ít nhất một tổ", "một", 1, "count", "tổ thu gom", approx="at_least", status="target",
      subject="tổ thu gom mỗi xã"),
    F("khoảng 90 tấn", "90", 90, "measure", "tấn", approx="about", status="forecast",
      subject="bao gói toàn tỉnh thu gom", period=CY),
    F("xếp thứ 3", "3", 3, "rank", "hạng", status="forecast",
      subject="thu gom bao gói", period=CY),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An): channel banner, menu, bare dateline '05/04/2025 17:20', tag '(THLA) -', video caption, comment counter.",
    "Distractors: 17:20, '19h', 'Bình luận (0)', 'Quý I/2025' itself, 'cùng kỳ năm 2024' (baseline).",
    "Headline 'Quý I ... hơn 23 tấn' takes 2025 from the dateline. 23,4 tấn: change +2,1 tấn vs 'cùng kỳ năm 2024', percent 26 ('đạt 26% kế hoạch năm').",
    "'Trong đó' after a sentence break: the district amounts take total 23,4 and the districts as location; the ';' continues the part list.",
    "'dẫn đầu toàn tỉnh' states a rank with no number: not a figure. 'đứng thứ hai' → rank 2 of Mộc Hóa.",
    "'Trong 120 bể ..., có 34 bể' → total 120, percent 28,3 ('chiếm 28,3%').",
    "'dự kiến' governs its sentence: 2,8 tỷ, 350 bể and the unit cost 6-8 triệu đồng/bể are forecasts for năm 2025.",
    "'phấn đấu mỗi xã có ít nhất một tổ thu gom' → target, at_least, no period in its sentence. 'Dự kiến cả năm 2025' → forecast,",
    "the rank 'xếp thứ 3' continues that clause (forecast, location Long An).",
    "revised after the first run: both rank subjects lose the ranking field ('toàn tỉnh', 'khu vực Đồng bằng sông Cửu Long') → 'thu gom bao gói'.",
]

if __name__ == "__main__":
    write("p1266-8", TEXT, NOTES, FIGS, published="2025-04-05", location="Long An")
