"""p1528-8: radio/TV site (Đài PT-TH Cà Mau): mangrove charcoal kilns in huyện Năm Căn and their smoke."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CÀ MAU TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH CÀ MAU
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Năm Căn: Khói lò than đước ảnh hưởng hơn 300 hộ dân

Cập nhật lúc 17:25, Thứ Ba, 22/10/2024 | Nghe audio | Chia sẻ

Huyện Năm Căn hiện có 126 lò than đước của 58 hộ, tập trung ở xã Tam Giang Đông và xã Hàm Rồng. Mỗi mẻ than kéo dài khoảng 25 ngày, cho ra từ 8 đến 10 tấn than thành phẩm. Năm 2023, sản lượng than đước toàn huyện đạt khoảng 7.200 tấn, giá bán tại lò từ 9.000 đến 11.000 đồng/kg, mang lại doanh thu hơn 70 tỷ đồng.

Tuy nhiên, khói từ các lò than khiến hơn 300 hộ dân sống gần đó bị ảnh hưởng. Ông Lâm Văn Tám, ngụ ấp Kênh Tư, xã Tam Giang Đông, phản ánh: "Mùa khô, khói than phủ kín xóm từ chiều tới sáng, trẻ nhỏ ho suốt".

Kết quả quan trắc tháng 9/2024 của Phòng Tài nguyên và Môi trường huyện cho thấy nồng độ bụi tổng tại khu vực lò than là 420 µg/m3, cao gấp 1,4 lần quy chuẩn cho phép.

Từ đầu năm đến nay, huyện đã vận động 17 hộ với 39 lò chuyển sang nuôi trồng thủy sản. Theo kế hoạch, đến năm 2026, huyện di dời 100% lò than ra khỏi khu dân cư tập trung. Dự kiến kinh phí hỗ trợ các hộ di dời khoảng 15 tỷ đồng.

Toàn tỉnh Cà Mau hiện có khoảng 1.100 lò than đước, trong đó Năm Căn chiếm gần 12%.

Tin liên quan:
- Ngọc Hiển: Ra quân bảo vệ rừng mùa khô 2024
- Cà Mau phát triển du lịch sinh thái rừng ngập mặn
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SEP = per("tháng 9/2024", "2024-09-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-22")
TO26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("ảnh hưởng hơn 300 hộ", "300", 300, "count", "hộ", approx="over",
        subject="hộ dân bị khói lò than đước ảnh hưởng"),
    fig("có 126 lò", "126", 126, "count", "lò", subject="lò than đước"),
    fig("của 58 hộ", "58", 58, "count", "hộ", subject="hộ có lò than đước"),
    fig("khoảng 25 ngày", "25", 25, "measure", "ngày", approx="about",
        subject="thời gian mỗi mẻ than"),
    fig("từ 8 đến 10 tấn", "8", 8, "measure", "tấn/mẻ", value_max=10,
        subject="than thành phẩm mỗi mẻ"),
    fig("khoảng 7.200 tấn", "7.200", 7200, "measure", "tấn", approx="about",
        subject="sản lượng than đước toàn huyện", period=Y23),
    fig("từ 9.000 đến 11.000", "9.000", 9000, "money", "đồng/kg", value_max=11000,
        subject="giá bán tại lò", period=Y23),
    fig("hơn 70 tỷ", "70", 70e9, "money", "đồng", approx="over",
        subject="doanh thu", period=Y23),
    fig("hơn 300 hộ dân sống", "300", 300, "count", "hộ", approx="over",
        subject="hộ dân sống gần đó bị ảnh hưởng"),
    fig("là 420 µg/m3", "420", 420, "measure", "µg/m3",
        change=chg("increase", 1.4, "lần", "quy chuẩn cho phép"),
        subject="nồng độ bụi tổng tại khu vực lò than", period=SEP),
    fig("vận động 17 hộ", "17", 17, "count", "hộ",
        subject="hộ chuyển sang nuôi trồng thủy sản", period=YTD),
    fig("với 39 lò", "39", 39, "count", "lò",
        subject="lò chuyển sang nuôi trồng thủy sản", period=YTD),
    fig("di dời 100%", "100", 100, "percent", "%", status="target",
        subject="lò than di dời ra khỏi khu dân cư tập trung", period=TO26),
    fig("khoảng 15 tỷ", "15", 15e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí hỗ trợ các hộ di dời"),
    fig("khoảng 1.100 lò", "1.100", 1100, "count", "lò", approx="about",
        subject="lò than đước", location="Cà Mau"),
    fig("chiếm gần 12%", "12", 12, "percent", "%", approx="nearly",
        subject="tỷ trọng lò than đước của Năm Căn trong toàn tỉnh"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Cà Mau): menu, 'Cập nhật lúc 17:25, Thứ Ba, 22/10/2024 | Nghe audio | Chia sẻ', related links.",
    "Distractors: the place name 'Năm Căn' (năm = five) in headline and body, the person 'Lâm Văn Tám' (tám = eight), 'ấp Kênh Tư' (tư = four),",
    "17:25, 'mùa khô 2024' in a link, 'µg/m3' (the 3 belongs to the unit). Location Năm Căn (default); the province total is Cà Mau.",
    "Headline 'hơn 300 hộ dân' is its own figure. 'Mỗi mẻ … khoảng 25 ngày' is the claimed duration (measure, ngày); 'cho ra từ 8 đến 10 tấn' per batch (tấn/mẻ).",
    "'420 µg/m3, cao gấp 1,4 lần quy chuẩn cho phép': the multiple after an amount is its change (increase 1,4 lần, baseline the standard; borderline).",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-22. 'Theo kế hoạch, đến năm 2026 … 100%' → target. 'Dự kiến … 15 tỷ' → forecast, no period.",
    "'trong đó Năm Căn chiếm gần 12%' after the province count: a percent figure of its own (no base amount), location Năm Căn.",
]

if __name__ == "__main__":
    write("p1528-8", TEXT, NOTES, FIGS, published="2024-10-22", location="Năm Căn")
