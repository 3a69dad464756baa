"""p1333-8: radio/TV site (Đài PT-TH Lào Cai): books to highland villages in huyện Bát Xát."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LÀO CAI TV
Thời sự | Văn hóa - Xã hội | Video | Phát thanh | Truyền hình trực tiếp

Bát Xát: Đưa sách lên bản vùng cao

Cập nhật lúc 10:20, Thứ Sáu, 15/11/2024

LCTV - Từ đầu năm đến nay, Thư viện huyện Bát Xát đã luân chuyển gần 8.000 bản sách, gấp đôi so với năm 2023, đến 22 tủ sách tại các thôn, bản vùng cao.

Tại xã Y Tý, tủ sách ở thôn Lao Chải do Đồn Biên phòng Y Tý phối hợp quản lý hiện có khoảng 600 cuốn, chủ yếu là truyện tranh, sách kỹ thuật trồng trọt song ngữ Việt - Mông. Mỗi tuần tủ sách mở cửa ba buổi. Từ tháng 6 đến nay, tủ sách đã đón khoảng 1.100 lượt em nhỏ đến đọc.

Ông Sùng A Lử, Trưởng thôn Lao Chải, cho biết thôn có 86 hộ, hơn 90% là người Mông; trước đây cả thôn hầu như không có sách báo. "Giờ tối nào bọn trẻ cũng rủ nhau ra nhà văn hóa đọc truyện", ông Lử nói.

Toàn huyện hiện có 1 thư viện huyện, 21 thư viện trường học và 64 tủ sách cơ sở. Năm 2024, huyện bố trí 150 triệu đồng mua bổ sung 1.200 bản sách, trong đó sách song ngữ chiếm khoảng 30%. Xe thư viện lưu động của Thư viện tỉnh Lào Cai dự kiến đến phục vụ tại 5 xã trong tháng 12.

Thu Trang - Quang Huy

Bình luận (0)

Xem thêm:
- Bản tin Thời sự 19h45 ngày 14/11/2024
- Sa Pa: Khai trương không gian đọc sách ở thị xã vùng cao

ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LÀO CAI
Đường dây nóng: 0214.3840.345
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-15")
JUN = per("Từ tháng 6 đến nay", "2024-06-01", "2024-11-15")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
DEC = per("tháng 12", "2024-12-01", "2024-12-31")

FIGS = [
    fig("gần 8.000", "8.000", 8000, "count", "bản sách", approx="nearly",
        change=chg("increase", 2, "lần", "năm 2023"),
        subject="bản sách Thư viện huyện Bát Xát đã luân chuyển", period=YTD),
    fig("đến 22 tủ sách", "22", 22, "count", "tủ sách", subject="tủ sách tại các thôn, bản vùng cao",
        period=YTD),
    fig("khoảng 600 cuốn", "600", 600, "count", "cuốn", approx="about",
        subject="sách của tủ sách thôn Lao Chải"),
    fig("mở cửa ba buổi", "ba", 3, "measure", "buổi/tuần", subject="buổi tủ sách mở cửa mỗi tuần"),
    fig("khoảng 1.100", "1.100", 1100, "count", "lượt em nhỏ", approx="about",
        subject="lượt em nhỏ tủ sách đã đón", period=JUN),
    fig("có 86 hộ", "86", 86, "count", "hộ", subject="hộ của thôn Lao Chải"),
    fig("hơn 90%", "90", 90, "percent", "%", approx="over", subject="hộ là người Mông"),
    fig("có 1 thư viện", "1", 1, "count", "thư viện huyện", subject="thư viện huyện"),
    fig("21 thư viện", "21", 21, "count", "thư viện trường học", subject="thư viện trường học"),
    fig("64 tủ sách", "64", 64, "count", "tủ sách cơ sở", subject="tủ sách cơ sở"),
    fig("bố trí 150 triệu", "150", 150e6, "money", "đồng", subject="kinh phí huyện bố trí mua bổ sung sách",
        period=Y24),
    fig("bổ sung 1.200 bản", "1.200", 1200, "count", "bản sách", subject="bản sách mua bổ sung", period=Y24),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about", subject="sách song ngữ", period=Y24),
    fig("tại 5 xã", "5", 5, "count", "xã", status="forecast",
        subject="xã xe thư viện lưu động của Thư viện tỉnh dự kiến đến phục vụ", period=DEC),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Lào Cai): menu, 'Cập nhật lúc 10:20, Thứ Sáu, 15/11/2024', tag 'LCTV -', bylines, 'Bình luận (0)', related links, hotline.",
    "Distractors: 10:20, 'Bình luận (0)', '19h45 ngày 14/11/2024' in a link title, phone 0214.3840.345.",
    "Location Bát Xát (district) for all figures, also the commune (xã Y Tý) passage; the provincial mobile library serves communes of Bát Xát.",
    "'gần 8.000 bản sách, gấp đôi so với năm 2023' → change increase 2 lần ('đôi' is a number word); 'Từ đầu năm đến nay' ends 2024-11-15.",
    "'Mỗi tuần tủ sách mở cửa ba buổi' is a weekly rate: measure, 'buổi/tuần'. 'Từ tháng 6 đến nay' → 2024-06-01..2024-11-15.",
    "'hơn 90% là người Mông' is a percent figure (share of the 86 households, stated on its own).",
    "'1.200 bản sách, trong đó sách song ngữ chiếm khoảng 30%' → percent figure of its own (no amount of bilingual books stated).",
    "'dự kiến ... tại 5 xã trong tháng 12' forecast; year-less 'tháng 12' takes 2024 from 'Năm 2024' earlier.",
]

if __name__ == "__main__":
    write("p1333-8", TEXT, NOTES, FIGS, published="2024-11-15", location="Bát Xát")
