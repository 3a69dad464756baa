"""p1229-2: Phúc Thọ district portal (Hà Nội), baby corn for export, a cooperative in xã Tam Thuấn."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÚC THỌ
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn

Phát triển vùng ngô bao tử xuất khẩu ở Phúc Thọ

Đăng ngày: 18/04/2025 | Người đăng: Minh Hằng

Từ đầu năm 2025 đến nay, huyện Phúc Thọ đã gieo trồng 142 ha ngô bao tử phục vụ xuất khẩu tại ba xã Tam Thuấn, Hiệp Thuận và Liên Hiệp, tăng 27 ha so với cùng kỳ năm 2024. Trong đó, xã Tam Thuấn có diện tích lớn nhất với 68 ha, chiếm 47,9%.

HTX Dịch vụ nông nghiệp Tam Thuấn liên kết với Công ty TNHH Xuất nhập khẩu nông sản Hồng Phát (Km 7, Quốc lộ 32) bao tiêu toàn bộ sản phẩm. Ông Nguyễn Văn Tình, Giám đốc HTX, cho biết ngô bao tử cho thu hoạch sau khoảng 50 ngày gieo, năng suất bắp tươi cả bẹ đạt 8-9 tấn/ha. Với giá thu mua 3.500 đồng/kg, mỗi ha cho doanh thu khoảng 30 triệu đồng, cao hơn trồng ngô hạt khoảng 10 triệu đồng. Khâu bóc bẹ, sơ chế tại HTX tạo việc làm thường xuyên cho hơn 60 lao động với thu nhập 180.000-220.000 đồng/người/ngày.

Quý I, HTX đã cung ứng cho doanh nghiệp 215 tấn bắp tươi, tương đương khoảng 32 tấn ngô bao tử đã bóc bẹ; sản phẩm được đóng hộp, cấp đông rồi xuất khẩu sang Hàn Quốc, Nhật Bản và một số nước châu Âu.

Huyện phấn đấu đến năm 2026 nâng diện tích ngô bao tử xuất khẩu lên 200 ha, xây dựng ít nhất 2 vùng sản xuất đạt chứng nhận GlobalGAP.

Mọi thông tin xin liên hệ Phòng Kinh tế huyện Phúc Thọ, điện thoại: 0243.3642.118.
"""

YTD = P("Từ đầu năm 2025 đến nay", "2025-01-01", "2025-04-18")
Q1 = P("Quý I", "2025-01-01", "2025-03-31")
T26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("gieo trồng 142 ha", "142", 142, "measure", "ha",
      change=C("increase", 27, "ha", "cùng kỳ năm 2024"),
      subject="diện tích ngô bao tử phục vụ xuất khẩu gieo trồng", period=YTD),
    F("tại ba xã", "ba", 3, "count", "xã", subject="xã trồng ngô bao tử phục vụ xuất khẩu", period=YTD),
    F("với 68 ha", "68", 68, "measure", "ha", total=142, percent=47.9,
      subject="diện tích ngô bao tử phục vụ xuất khẩu của xã Tam Thuấn", period=I(YTD)),
    F("khoảng 50 ngày", "50", 50, "measure", "ngày", approx="about",
      subject="thời gian từ gieo đến thu hoạch ngô bao tử"),
    F("đạt 8-9 tấn/ha", "8", 8, "measure", "tấn/ha", value_max=9,
      subject="năng suất bắp ngô bao tử tươi cả bẹ"),
    F("giá thu mua 3.500 đồng/kg", "3.500", 3500, "money", "đồng/kg", subject="giá thu mua ngô bao tử"),
    F("khoảng 30 triệu", "30", 30000000, "money", "đồng/ha", approx="about",
      change=C("increase", 10000000, "đồng", "trồng ngô hạt", approx="about"),
      subject="doanh thu mỗi ha ngô bao tử"),
    F("hơn 60 lao động", "60", 60, "count", "lao động", approx="over",
      subject="lao động có việc làm thường xuyên tại khâu bóc bẹ, sơ chế của HTX"),
    F("180.000-220.000", "180.000", 180000, "money", "đồng/người/ngày", value_max=220000,
      subject="thu nhập lao động bóc bẹ, sơ chế tại HTX"),
    F("doanh nghiệp 215 tấn", "215", 215, "measure", "tấn",
      subject="bắp ngô bao tử tươi HTX cung ứng cho doanh nghiệp", period=Q1),
    F("khoảng 32 tấn", "32", 32, "measure", "tấn", approx="about",
      subject="ngô bao tử đã bóc bẹ HTX cung ứng cho doanh nghiệp", period=Q1),
    F("lên 200 ha", "200", 200, "measure", "ha", status="target",
      subject="diện tích ngô bao tử xuất khẩu", period=T26),
    F("ít nhất 2 vùng", "2", 2, "count", "vùng sản xuất", approx="at_least", status="target",
      subject="vùng sản xuất ngô bao tử đạt chứng nhận GlobalGAP", period=T26),
]

NOTES = [
    "District portal (huyện Phúc Thọ, Hà Nội): 'Đăng ngày: 18/04/2025 | Người đăng: Minh Hằng' (published 2025-04-18); default location the district.",
    "Distractors: 'Km 7, Quốc lộ 32', phone 0243.3642.118, 'một số nước châu Âu' (not a number), names without numbers.",
    "'ba xã' is a number word (3 xã). 'Trong đó, xã Tam Thuấn ... 68 ha, chiếm 47,9%' is a part of 142 (total) with its share; a commune is not a location",
    "in the spec's sense (province, city, district), so its location stays Phúc Thọ. 'Quý I' has no year: nearest earlier 'năm 2025'.",
    "'tương đương khoảng 32 tấn ngô bao tử đã bóc bẹ' is a different quantity (peeled corn), not a share: a figure of its own.",
    "'cao hơn trồng ngô hạt khoảng 10 triệu đồng' is the change of the revenue per ha. HTX figures are standing facts: no period.",
]

if __name__ == "__main__":
    write("p1229-2", TEXT, NOTES, FIGS, published="2025-04-18", location="Phúc Thọ")
