"""p1191-2: district portal (huyện Hoài Đức, Hà Nội), knitwear village La Phù."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HOÀI ĐỨC
Tin tức - Sự kiện | Tin từ các xã, thị trấn

Làng dệt kim La Phù giữ vững thị trường dịp đầu năm

12/03/2024 15:40

Xã La Phù hiện có 1.260 hộ làm nghề dệt kim, chiếm gần 70% tổng số hộ trong xã, cùng 245 doanh nghiệp, hợp tác xã sản xuất, kinh doanh hàng dệt kim. Năm 2023, giá trị sản xuất của làng nghề đạt 2.150 tỷ đồng, tăng 7,2% so với năm 2022; thu nhập bình quân đầu người đạt 92 triệu đồng/năm.

Quý I năm nay, các cơ sở dệt kim trên địa bàn xã ước sản xuất khoảng 18 triệu sản phẩm, chủ yếu là bít tất, áo len, quần áo trẻ em; trong đó khoảng 4,5 triệu sản phẩm xuất sang thị trường Nga, Mông Cổ và các nước Đông Âu.

Tại xưởng của gia đình anh Nguyễn Văn Thắng ở thôn Thần Quy, hai dây chuyền dệt tất tự động chạy liên tục ba ca. Xưởng có 24 máy dệt, giải quyết việc làm cho 30 lao động với mức lương từ 7 đến 10 triệu đồng/người/tháng. Mỗi ngày xưởng xuất xưởng khoảng 12.000 đôi tất; doanh thu năm 2023 đạt hơn 9 tỷ đồng.

Toàn huyện hiện có 5 làng nghề dệt kim, dệt may được công nhận với khoảng 8.700 lao động. Năm 2024, huyện phấn đấu giá trị sản xuất làng nghề dệt kim La Phù đạt 2.300 tỷ đồng; dự kiến xây dựng một cụm công nghiệp làng nghề quy mô 12,5 ha để di dời các cơ sở nhuộm ra khỏi khu dân cư.

Nguồn: UBND xã La Phù
Số lượt xem: 864
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I năm nay", "2024-01-01", "2024-03-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SHOP = "xưởng dệt tất của gia đình anh Nguyễn Văn Thắng"

FIGS = [
    fig("có 1.260 hộ", "1.260", 1260, "count", "hộ", percent=70,
        subject="hộ làm nghề dệt kim"),
    fig("cùng 245 doanh nghiệp", "245", 245, "count", "doanh nghiệp",
        subject="doanh nghiệp, hợp tác xã sản xuất, kinh doanh hàng dệt kim"),
    fig("đạt 2.150 tỷ", "2.150", 2150e9, "money", "đồng",
        change=chg("increase", 7.2, "%", "năm 2022"),
        subject="giá trị sản xuất của làng nghề", period=Y23),
    fig("đạt 92 triệu", "92", 92e6, "money", "đồng/năm",
        subject="thu nhập bình quân đầu người", period=Y23),
    fig("khoảng 18 triệu sản phẩm", "18", 18e6, "count", "sản phẩm", approx="about", status="estimate",
        subject="sản phẩm dệt kim sản xuất", period=Q1),
    fig("khoảng 4,5 triệu sản phẩm", "4,5", 4.5e6, "count", "sản phẩm", approx="about", status="estimate",
        total=18e6, subject="sản phẩm dệt kim xuất sang thị trường Nga, Mông Cổ và các nước Đông Âu", period=Q1),
    fig("hai dây chuyền", "hai", 2, "count", "dây chuyền", subject="dây chuyền dệt tất tự động tại xưởng của gia đình anh Nguyễn Văn Thắng"),
    fig("ba ca", "ba", 3, "count", "ca", optional=True, subject="ca sản xuất mỗi ngày"),
    fig("có 24 máy", "24", 24, "count", "máy dệt", subject="máy dệt của xưởng"),
    fig("cho 30 lao động", "30", 30, "count", "lao động", subject="lao động được xưởng giải quyết việc làm"),
    fig("từ 7 đến 10 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=10e6,
        subject="mức lương lao động của xưởng"),
    fig("khoảng 12.000 đôi", "12.000", 12000, "measure", "đôi tất/ngày", approx="about",
        subject="đôi tất xưởng xuất xưởng mỗi ngày"),
    fig("hơn 9 tỷ", "9", 9e9, "money", "đồng", approx="over",
        subject="doanh thu của xưởng", period=Y23b),
    fig("có 5 làng nghề", "5", 5, "count", "làng nghề",
        subject="làng nghề dệt kim, dệt may được công nhận"),
    fig("khoảng 8.700 lao động", "8.700", 8700, "count", "lao động", approx="about",
        subject="lao động làng nghề dệt kim, dệt may"),
    fig("đạt 2.300 tỷ", "2.300", 2300e9, "money", "đồng", status="target",
        subject="giá trị sản xuất làng nghề dệt kim La Phù", period=Y24),
    fig("một cụm", "một", 1, "count", "cụm công nghiệp", status="forecast", optional=True,
        subject="cụm công nghiệp làng nghề xây dựng"),
    fig("quy mô 12,5 ha", "12,5", 12.5, "measure", "ha", status="forecast",
        subject="quy mô cụm công nghiệp làng nghề"),
]

NOTES = [
    "District portal (Hoài Đức, Hà Nội): '12/03/2024 15:40' under the headline (published), 'Nguồn: UBND xã La Phù', 'Số lượt xem: 864'.",
    "All figures describe La Phù commune or the district: location Hoài Đức (a district; the commune is below the spec's places).",
    "'chiếm gần 70% tổng số hộ' is the share (percent attribute) of 1.260 hộ. 'Quý I năm nay' = quý I/2024 from published.",
    "4,5 triệu sản phẩm is a part of 18 triệu (trong đó after ';'), estimate because its clause continues 'ước sản xuất'.",
    "Number words: 'hai dây chuyền' (a figure), 'ba ca' (shift pattern, optional), 'một cụm' (article-like 'a', optional).",
    "'Mỗi ngày ... khoảng 12.000 đôi tất' is a rate per day: measure, unit đôi tất/ngày. The workshop has no period except its 2023 revenue.",
    "'12,5 ha' is the planned size of the cluster: forecast (dự kiến), no period (the size is not located in 2024).",
    "revised after the first run: workshop subjects use the sentence's own naming ('xưởng'), not a name built from another sentence.",
    "Distractors: time 15:40, view counter 864, 'thôn Thần Quy'.",
]

if __name__ == "__main__":
    write("p1191-2", TEXT, NOTES, FIGS, published="2024-03-12", location="Hoài Đức")
