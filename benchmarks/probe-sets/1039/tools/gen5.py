"""p1039-5: Báo Quảng Nam style: island swiftlet nest harvest at Cù Lao Chàm (Hội An), 2024; byline + bare date at end."""
from lib import F, P, I, C, T, write

TEXT = """Khai thác yến sào Cù Lao Chàm đợt 1 năm 2024 đạt hơn 1 tấn

Ngày 20/4, Công ty TNHH MTV Yến sào Hội An cho biết, đợt khai thác yến sào vụ chính năm 2024 tại quần đảo Cù Lao Chàm (xã Tân Hiệp, TP.Hội An) vừa kết thúc với sản lượng 1.083 kg, tăng 126 kg so với đợt 1 năm 2023.

Trước khi khai thác, công ty đã tổ chức Lễ Tế Tổ nghề yến lần thứ 15 theo nghi thức truyền thống. Đợt khai thác kéo dài 25 ngày, huy động gần 60 công nhân làm việc tại 7 hang yến trên đảo Hòn Khô và Hòn Lao. Các hang yến được lực lượng bảo vệ canh giữ 24/24 giờ, nhất là vào mùa chim làm tổ.

Theo ông Nguyễn Văn Tám, Giám đốc công ty, đàn chim yến tại Cù Lao Chàm hiện ước khoảng 180.000 con, tăng khoảng 15% so với năm 2020. Sản lượng đợt 1 thường chiếm khoảng 60% sản lượng của năm; công ty dự kiến khai thác thêm 2 đợt vào tháng 7 và tháng 10, nâng tổng sản lượng năm 2024 lên khoảng 1.800 kg.

Yến đảo Cù Lao Chàm hiện có giá bán lẻ gần 60 triệu đồng/kg, cao gấp 3 lần yến nhà. Năm 2023, doanh thu của công ty đạt 68,4 tỷ đồng, nộp ngân sách trên 21 tỷ đồng; thu nhập bình quân của người lao động khoảng 14 triệu đồng/tháng.

Bên cạnh yến đảo, nghề nuôi chim yến trong nhà cũng phát triển. Toàn tỉnh hiện có trên 400 nhà yến, tập trung ở các huyện Núi Thành, Thăng Bình, Duy Xuyên; sản lượng yến nhà năm 2023 khoảng 2,6 tấn. Tỉnh khuyến cáo người dân không xây nhà yến tự phát trong khu dân cư, tránh ảnh hưởng môi trường.

VĨNH LỘC
23/04/2024
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("đạt hơn 1 tấn", "1", 1, "measure", "tấn", "yến sào Cù Lao Chàm khai thác đợt 1",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="over"),
    F("sản lượng 1.083 kg", "1.083", 1083, "measure", "kg", "sản lượng khai thác yến sào vụ chính", Y24,
      change=C("increase", 126, "kg", "đợt 1 năm 2023")),
    F("kéo dài 25 ngày", "25", 25, "measure", "ngày", "thời gian đợt khai thác", I(Y24)),
    F("gần 60 công nhân", "60", 60, "count", "công nhân", "công nhân khai thác yến", I(Y24),
      approx="nearly"),
    F("tại 7 hang yến", "7", 7, "count", "hang yến", "hang yến khai thác"),
    F("khoảng 180.000 con", "180.000", 180000, "count", "con", "đàn chim yến tại Cù Lao Chàm",
      approx="about", status="estimate", change=C("increase", 15, "%", "năm 2020", approx="about")),
    F("khoảng 60% sản lượng", "60", 60, "percent", "%", "sản lượng đợt 1 trong sản lượng của năm",
      approx="about"),
    F("thêm 2 đợt", "2", 2, "count", "đợt", "đợt khai thác thêm", status="forecast"),
    F("khoảng 1.800 kg", "1.800", 1800, "measure", "kg", "tổng sản lượng yến sào", Y24,
      approx="about", status="forecast"),
    F("gần 60 triệu", "60", 60e6, "money", "đồng/kg", "giá bán lẻ yến đảo Cù Lao Chàm", approx="nearly",
      change=C("increase", 3, "lần", "yến nhà")),
    F("đạt 68,4 tỷ đồng", "68,4", 68.4e9, "money", "đồng", "doanh thu của công ty", Y23),
    F("trên 21 tỷ đồng", "21", 21e9, "money", "đồng", "nộp ngân sách", Y23, approx="over"),
    F("khoảng 14 triệu", "14", 14e6, "money", "đồng/tháng", "thu nhập bình quân của người lao động", Y23,
      approx="about"),
    F("trên 400 nhà yến", "400", 400, "count", "nhà yến", "nhà yến", approx="over", location="Quảng Nam"),
    F("khoảng 2,6 tấn", "2,6", 2.6, "measure", "tấn", "sản lượng yến nhà",
      P("năm 2023", "2023-01-01", "2023-12-31"), approx="about", location="Quảng Nam"),
]

NOTES = [
    "Báo Quảng Nam style: headline with a figure, byline 'VĨNH LỘC' and bare date '23/04/2024' at the end.",
    "The company's figures are Hội An (Cù Lao Chàm, xã Tân Hiệp, TP.Hội An); 'Toàn tỉnh' figures are Quảng Nam.",
    "Distractors: 'Ngày 20/4', 'Lễ Tế Tổ nghề yến lần thứ 15', '24/24 giờ' (round-the-clock guard, an idiom),",
    "  'ông Nguyễn Văn Tám', 'tháng 7 và tháng 10' (schedule), 'đợt 1' (ordinal label).",
    "'cao gấp 3 lần yến nhà' qualifies the price in its clause: a change of 3 lần with baseline 'yến nhà'.",
    "'khoảng 60% sản lượng của năm' is a generic share with no base amount: percent figure; no period (no year stated).",
    "'ước khoảng 180.000 con': estimate with approx about. The 1.083 kg harvest takes 'năm 2024' (the season named in the sentence).",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2024-04-23", location="Hội An")
