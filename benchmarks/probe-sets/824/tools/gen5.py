"""p824-5: Báo Đồng Nai, footwear firms step up hiring as orders return (early 2024); byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Doanh nghiệp da giày tăng tốc tuyển dụng

Những tháng đầu năm 2024, đơn hàng tại nhiều doanh nghiệp da giày trên địa bàn tỉnh Đồng Nai đã tăng trở lại, kéo theo nhu cầu tuyển dụng lao động tăng mạnh.

Tại Công ty TNHH Giày Đông Phước (Khu công nghiệp Hố Nai 3, huyện Trảng Bom), đơn hàng quý II/2024 đã đạt khoảng 4,2 triệu đôi, tăng 25% so với cùng kỳ năm 2023. Công ty đang tuyển thêm 800 công nhân, lương khởi điểm 5,5 triệu đồng/tháng, chưa kể phụ cấp. Ông Trần Văn Bảy, Phó giám đốc công ty cho biết, thu nhập bình quân của công nhân hiện đạt 9,2 triệu đồng/tháng. Mức này gấp khoảng 1,9 lần lương tối thiểu vùng I.

Theo Sở Lao động - Thương binh và Xã hội, quý I/2024, các doanh nghiệp da giày trong tỉnh có nhu cầu tuyển khoảng 9.500 lao động, chiếm gần 40% nhu cầu tuyển dụng toàn tỉnh. Đến ngày 20/3, các doanh nghiệp mới tuyển được hơn 5.100 người.

Năm 2023, xuất khẩu giày dép của Đồng Nai đạt 3,96 tỷ USD, giảm 14,5% so với năm 2022; khoảng 21.000 lao động ngành da giày bị giảm giờ làm hoặc chấm dứt hợp đồng. Hai tháng đầu năm 2024, kim ngạch xuất khẩu giày dép đã tăng 8,7% so với cùng kỳ.

Hiện toàn tỉnh có 96 doanh nghiệp da giày với gần 230.000 lao động, trong đó 3 doanh nghiệp lớn nhất sử dụng hơn 110.000 lao động. Năm 2024, ngành da giày Đồng Nai phấn đấu xuất khẩu đạt 4,3 tỷ USD, tăng khoảng 8,6% so với năm 2023. Để giữ chân người lao động, nhiều doanh nghiệp đã xây nhà lưu trú, mở tuyến xe đưa đón công nhân dọc Quốc lộ 1 và Quốc lộ 51.

HẢI QUÂN
28/3/2024
"""

FIGS = [
    F("khoảng 4,2 triệu đôi", "4,2", 4.2e6, "count", "đôi", "đơn hàng", P("quý II/2024", "2024-04-01", "2024-06-30"),
      approx="about", change=C("increase", 25, baseline="cùng kỳ năm 2023"), location="Trảng Bom"),
    F("tuyển thêm 800 công nhân", "800", 800, "count", "công nhân", "công nhân tuyển thêm", location="Trảng Bom"),
    F("khởi điểm 5,5 triệu đồng/tháng", "5,5", 5.5e6, "money", "đồng/tháng", "lương khởi điểm",
      location="Trảng Bom"),
    F("hiện đạt 9,2 triệu đồng/tháng", "9,2", 9.2e6, "money", "đồng/tháng", "thu nhập bình quân của công nhân",
      location="Trảng Bom"),
    F("gấp khoảng 1,9 lần", "1,9", 1.9, "multiple", "lần", "thu nhập bình quân so với lương tối thiểu vùng I",
      approx="about", location="Trảng Bom"),
    F("khoảng 9.500 lao động", "9.500", 9500, "count", "lao động", "nhu cầu tuyển lao động của doanh nghiệp da giày",
      P("quý I/2024", "2024-01-01", "2024-03-31"), approx="about", percent=40),
    F("hơn 5.100 người", "5.100", 5100, "count", "người", "lao động đã tuyển được",
      P("Đến ngày 20/3", None, "2024-03-20"), approx="over"),
    F("đạt 3,96 tỷ USD", "3,96", 3.96e9, "money", "USD", "xuất khẩu giày dép", P("Năm 2023", "2023-01-01", "2023-12-31"),
      change=C("decrease", 14.5, baseline="năm 2022")),
    F("khoảng 21.000 lao động", "21.000", 21000, "count", "lao động",
      "lao động ngành da giày bị giảm giờ làm hoặc chấm dứt hợp đồng", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="about"),
    F("tăng 8,7% so với", "8,7", 8.7, "percent", "%", "kim ngạch xuất khẩu giày dép",
      P("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")),
    F("có 96 doanh nghiệp", "96", 96, "count", "doanh nghiệp", "doanh nghiệp da giày"),
    F("gần 230.000 lao động", "230.000", 230000, "count", "lao động", "lao động ngành da giày", approx="nearly"),
    F("trong đó 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp lớn nhất", total=96),
    F("hơn 110.000 lao động", "110.000", 110000, "count", "lao động", "lao động của 3 doanh nghiệp lớn nhất",
      approx="over", total=230000),
    F("đạt 4,3 tỷ USD", "4,3", 4.3e9, "money", "USD", "xuất khẩu ngành da giày",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target",
      change=C("increase", 8.6, baseline="năm 2023", approx="about")),
]

NOTES = [
    "Báo Đồng Nai, byline HẢI QUÂN and bare date 28/3/2024 at the end: orders and hiring at footwear firms, early 2024.",
    "The firm's figures are placed in huyện Trảng Bom (the district named for it); the rest are Đồng Nai.",
    "'Mức này gấp khoảng 1,9 lần lương tối thiểu vùng I' stands as its own sentence: a multiple.",
    "'trong đó 3 doanh nghiệp lớn nhất sử dụng hơn 110.000 lao động': both are parts of the whole before the cue that counts the",
    "same thing (96 doanh nghiệp, 230.000 lao động). 'chiếm gần 40%' is the share of 9.500 lao động.",
    "'Đến ngày 20/3' has no year: 2024 from 'quý I/2024' before it. Not figures: Khu công nghiệp Hố Nai 3, vùng I, the name",
    "Trần Văn Bảy, 'Hai tháng đầu năm 2024' (a period), Quốc lộ 1 and Quốc lộ 51, the date 28/3/2024.",
]

if __name__ == "__main__":
    write("p824-5", TEXT, NOTES, FIGS, published="2024-03-28", location="Đồng Nai")
