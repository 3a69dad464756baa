"""p1565-2: district portal (huyện Lý Sơn, Quảng Ngãi): dried squid season, catch, prices, processors."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LÝ SƠN - TỈNH QUẢNG NGÃI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ

Ngư dân Lý Sơn trúng mùa mực khô

15/05/2024 - 08:45

Từ đầu năm đến nay, đội tàu khai thác xa bờ của huyện đã thực hiện 412 chuyến biển, sản lượng khai thác đạt hơn 6.200 tấn, tăng 9% so với cùng kỳ năm 2023; trong đó mực các loại khoảng 1.450 tấn.

Phần lớn mực được ngư dân phơi khô ngay tại đảo. Trung bình từ 8 đến 10 kg mực tươi mới làm ra 1 kg mực khô. Hiện giá mực khô loại lớn tại các cơ sở ở thôn Đông, xã An Vĩnh dao động 900.000-1.100.000 đồng/kg, mực loại nhỏ khoảng 550.000 đồng/kg.

Toàn huyện hiện có 57 cơ sở thu mua, chế biến mực khô, trong đó 21 cơ sở đã được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm. Bà Trần Thị Mỹ Lệ, chủ cơ sở Hải sản khô Mỹ Lệ, cho biết mỗi ngày cơ sở thu mua từ 1,5 đến 2 tấn mực tươi, sử dụng 12 lao động địa phương, trong đó có 9 lao động nữ; năm 2023 doanh thu của cơ sở đạt khoảng 7,5 tỷ đồng.

Ngoài mực khô, cá chuồn phơi khô cũng là sản phẩm đặc trưng của đảo với sản lượng mỗi năm từ 80 đến 100 tấn.

Năm 2024, huyện phấn đấu tổng sản lượng khai thác thủy sản đạt 12.000 tấn, đồng thời hỗ trợ hai cơ sở xây dựng nhãn hiệu tập thể mực khô Lý Sơn. Dự kiến trong tháng 6, huyện tổ chức hội chợ giới thiệu đặc sản với khoảng 40 gian hàng.

Nguồn: Phòng Nông nghiệp và Phát triển nông thôn

Tin khác:
- Lý Sơn: Ra quân tổng vệ sinh môi trường biển đợt 2
- Hội nghị triển khai Chỉ thị 45-CT/TW về phát triển kinh tế biển

Địa chỉ: Thôn Đông, xã An Vĩnh, huyện Lý Sơn, tỉnh Quảng Ngãi | Điện thoại: 0255.3867.011
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-15")
Y2023 = per("năm 2023", "2023-01-01", "2023-12-31")
Y2024 = per("Năm 2024", "2024-01-01", "2024-12-31")
JUNE = per("trong tháng 6", "2024-06-01", "2024-06-30")

FIGS = [
    fig("hiện 412 chuyến", "412", 412, "count", "chuyến biển",
        subject="chuyến biển đội tàu khai thác xa bờ thực hiện", period=YTD),
    fig("hơn 6.200 tấn", "6.200", 6200, "measure", "tấn", approx="over",
        change=chg("increase", 9, "%", "cùng kỳ năm 2023"),
        subject="sản lượng khai thác", period=YTD),
    fig("khoảng 1.450 tấn", "1.450", 1450, "measure", "tấn", approx="about", total=6200,
        subject="sản lượng mực các loại", period=YTD),
    fig("từ 8 đến 10 kg", "8", 8, "measure", "kg", value_max=10,
        subject="mực tươi để làm ra 1 kg mực khô"),
    fig("ra 1 kg mực khô", "1", 1, "measure", "kg", optional=True),
    fig("900.000-1.100.000", "900.000", 900000, "money", "đồng/kg", value_max=1100000,
        subject="giá mực khô loại lớn"),
    fig("khoảng 550.000", "550.000", 550000, "money", "đồng/kg", approx="about",
        subject="giá mực khô loại nhỏ"),
    fig("có 57 cơ sở", "57", 57, "count", "cơ sở", subject="cơ sở thu mua, chế biến mực khô"),
    fig("21 cơ sở", "21", 21, "count", "cơ sở", total=57,
        subject="cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm"),
    fig("từ 1,5 đến 2 tấn", "1,5", 1.5, "measure", "tấn/ngày", value_max=2,
        subject="mực tươi cơ sở Hải sản khô Mỹ Lệ thu mua mỗi ngày"),
    fig("sử dụng 12 lao động", "12", 12, "count", "lao động", subject="lao động địa phương của cơ sở Hải sản khô Mỹ Lệ"),
    fig("có 9 lao động", "9", 9, "count", "lao động", total=12, subject="lao động nữ"),
    fig("khoảng 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", approx="about",
        subject="doanh thu của cơ sở Hải sản khô Mỹ Lệ", period=Y2023),
    fig("từ 80 đến 100 tấn", "80", 80, "measure", "tấn/năm", value_max=100,
        subject="sản lượng cá chuồn phơi khô mỗi năm"),
    fig("đạt 12.000 tấn", "12.000", 12000, "measure", "tấn", status="target",
        subject="tổng sản lượng khai thác thủy sản", period=Y2024),
    fig("hỗ trợ hai cơ sở", "hai", 2, "count", "cơ sở", status="target",
        subject="cơ sở được hỗ trợ xây dựng nhãn hiệu tập thể mực khô Lý Sơn", period=Y2024),
    fig("khoảng 40 gian hàng", "40", 40, "count", "gian hàng", approx="about", status="forecast",
        subject="gian hàng hội chợ giới thiệu đặc sản", period=JUNE),
]

NOTES = [
    "District portal (huyện Lý Sơn, Quảng Ngãi): banner, menu, '15/05/2024 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 08:45, 'đợt 2' in a link, Chỉ thị 45-CT/TW, phone 0255.3867.011, 'thôn Đông, xã An Vĩnh' (commune; location stays Lý Sơn).",
    "'Từ đầu năm đến nay' (2024-01-01 .. dateline) governs the whole first sentence, also after ';'. 'trong đó mực ... 1.450 tấn' has total 6.200.",
    "'từ 8 đến 10 kg mực tươi mới làm ra 1 kg mực khô': a conversion rate; 8-10 kg is the figure, '1 kg' acts as the rate's denominator (optional).",
    "Prices after 'Hiện' have no period. 'mỗi ngày ... từ 1,5 đến 2 tấn' -> tấn/ngày, 'mỗi năm từ 80 đến 100 tấn' -> tấn/năm.",
    "'12 lao động ..., trong đó có 9 lao động nữ' -> total 12. 'phấn đấu' governs both clauses of its sentence (hai cơ sở is target).",
    "revised after the first run: subject of '12 lao động địa phương' now keeps the sentence's qualifier 'địa phương' (it had been dropped).",
    "'Dự kiến trong tháng 6' -> forecast, June 2024 (year of the nearest earlier period 'Năm 2024').",
]

if __name__ == "__main__":
    write("p1565-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Lý Sơn")
