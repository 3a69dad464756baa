"""p1455-8: radio/TV site (Đài PT&TH Hưng Yên): lighting makers' first half of 2024, a bulb maker in Mỹ Hào."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """HYTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HƯNG YÊN
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Doanh nghiệp sản xuất bóng đèn tăng tốc 6 tháng cuối năm

Thứ Ba, 02/07/2024 - 18:45 | Lượt xem: 845

Sáu tháng đầu năm 2024, các doanh nghiệp sản xuất thiết bị chiếu sáng trên địa bàn tỉnh Hưng Yên đạt doanh thu khoảng 2.150 tỷ đồng, tăng 12,6% so với cùng kỳ, bằng 47% kế hoạch năm.

Tại thị xã Mỹ Hào, Công ty cổ phần Bóng đèn Phố Hiến hiện vận hành 5 xưởng sản xuất với hơn 1.100 công nhân. Nửa đầu năm nay, công ty cung ứng ra thị trường 17,3 triệu sản phẩm, trong đó đèn LED chiếm 92%; riêng tháng 6 đạt 3,2 triệu sản phẩm, cao nhất từ đầu năm. Theo ông Nguyễn Văn Hải, Giám đốc công ty, giá bán bình quân đèn LED bulb hiện khoảng 25.000 đồng/chiếc, giảm khoảng 40% so với năm 2019. Công ty đặt mục tiêu cả năm đạt doanh thu từ 1.400 đến 1.500 tỷ đồng, xuất khẩu không dưới 20 triệu USD.

Cũng trong 6 tháng đầu năm, Sở Công Thương đã hỗ trợ 3 doanh nghiệp thay thế hệ thống chiếu sáng tiết kiệm năng lượng, giúp tiết kiệm khoảng 1,6 triệu kWh/năm. Toàn tỉnh hiện có hai mươi mốt cơ sở sản xuất đèn trang trí quy mô hộ gia đình, chủ yếu tại huyện Văn Lâm. Hưng Yên xếp thứ 4 cả nước về sản lượng bóng đèn, sau Bắc Ninh, Đồng Nai và Hà Nội.

6 tháng cuối năm, ngành công thương phấn đấu doanh thu toàn ngành đạt trên 2.400 tỷ đồng, đưa cả năm lên khoảng 4.550 tỷ đồng.

Video: Bản tin Thời sự 18h45 ngày 02/07/2024
PV: Thu Hà - Quang Minh

Tin cùng chuyên mục:
- Khu công nghiệp Phố Nối A thu hút thêm dự án mới
- Hưng Yên: Hội nghị triển khai Luật Đất đai 2024

Đường dây nóng: 0221.3863.555
"""

H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = per("Nửa đầu năm nay", "2024-01-01", "2024-06-30")
H1c = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
M6 = per("tháng 6", "2024-06-01", "2024-06-30")
Y24 = per("cả năm", "2024-01-01", "2024-12-31")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
MH = "Mỹ Hào"

FIGS = [
    fig("khoảng 2.150 tỷ", "2.150", 2150e9, "money", "đồng", approx="about", percent=47,
        change=chg("increase", 12.6, "%", "cùng kỳ"),
        subject="doanh thu các doanh nghiệp sản xuất thiết bị chiếu sáng", period=H1),
    fig("vận hành 5 xưởng", "5", 5, "count", "xưởng",
        subject="xưởng sản xuất Công ty cổ phần Bóng đèn Phố Hiến vận hành", location=MH),
    fig("hơn 1.100 công nhân", "1.100", 1100, "count", "công nhân", approx="over",
        subject="công nhân Công ty cổ phần Bóng đèn Phố Hiến", location=MH),
    fig("thị trường 17,3 triệu", "17,3", 17.3e6, "count", "sản phẩm",
        subject="sản phẩm công ty cung ứng ra thị trường", period=H1b, location=MH),
    fig("chiếm 92%", "92", 92, "percent", "%",
        subject="đèn LED trong sản phẩm cung ứng", period=H1b, location=MH),
    fig("đạt 3,2 triệu", "3,2", 3.2e6, "count", "sản phẩm",
        subject="sản phẩm công ty cung ứng ra thị trường", period=M6, location=MH),
    fig("khoảng 25.000 đồng", "25.000", 25000, "money", "đồng/chiếc", approx="about",
        change=chg("decrease", 40, "%", "năm 2019", approx="about"),
        subject="giá bán bình quân đèn LED bulb", location=MH),
    fig("từ 1.400 đến 1.500", "1.400", 1400e9, "money", "đồng", value_max=1500e9, status="target",
        subject="doanh thu công ty", period=Y24, location=MH),
    fig("không dưới 20 triệu", "20", 20e6, "money", "USD", approx="at_least", status="target",
        subject="xuất khẩu công ty", period=Y24, location=MH),
    fig("hỗ trợ 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp được hỗ trợ thay thế hệ thống chiếu sáng tiết kiệm năng lượng", period=H1c),
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "measure", "kWh/năm", approx="about",
        subject="điện năng tiết kiệm"),
    fig("hai mươi mốt cơ sở", "hai mươi mốt", 21, "count", "cơ sở",
        subject="cơ sở sản xuất đèn trang trí quy mô hộ gia đình"),
    fig("xếp thứ 4", "4", 4, "rank", "hạng",
        subject="sản lượng bóng đèn"),
    fig("trên 2.400 tỷ", "2.400", 2400e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu toàn ngành", period=H2),
    fig("khoảng 4.550 tỷ", "4.550", 4550e9, "money", "đồng", approx="about", status="target",
        subject="doanh thu toàn ngành cả năm", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT&TH Hưng Yên): menu, 'Thứ Ba, 02/07/2024 - 18:45 | Lượt xem: 845', video line, reporters, related links, hotline.",
    "Distractors: 18:45, 'Lượt xem: 845', '18h45 ngày 02/07/2024', KCN 'Phố Nối A', 'Luật Đất đai 2024', phone 0221.3863.555, baseline 'năm 2019'.",
    "Headline '6 tháng cuối năm' has no figure. 'Sáu tháng đầu năm 2024' (number word) is a period, not a figure.",
    "The company passage in thị xã Mỹ Hào: location Mỹ Hào. 'Nửa đầu năm nay' = H1 2024. 'riêng tháng 6' has no part-of cue: no total.",
    "'trong đó đèn LED chiếm 92%' is a percent figure of its own. 'bằng 47% kế hoạch năm' is the percent of 2.150 tỷ.",
    "'hiện khoảng 25.000 đồng/chiếc, giảm khoảng 40% so với năm 2019': standing price, no period; change decrease 40% approx about.",
    "'đặt mục tiêu cả năm' governs both clauses (target); 'không dưới' = at_least. 'hai mươi mốt cơ sở' = 21.",
    "'tiết kiệm khoảng 1,6 triệu kWh/năm' is an annual rate, so the sentence's '6 tháng đầu năm' is not its period (none given).",
    "'Hưng Yên xếp thứ 4 cả nước' is the province's rank: location Hưng Yên; 'sau Bắc Ninh, Đồng Nai và Hà Nội' are not figures.",
]

if __name__ == "__main__":
    write("p1455-8", TEXT, NOTES, FIGS, published="2024-07-02", location="Hưng Yên")
