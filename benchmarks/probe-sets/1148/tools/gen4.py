"""p1148-4: ministry site (Bộ TN&MT), national hazardous waste treatment capacity and enforcement."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường

Cả nước có 124 cơ sở được cấp phép xử lý chất thải nguy hại

Ngày đăng: 05/06/2024 09:12 | Lượt xem: 1.082

Theo Cục Kiểm soát ô nhiễm môi trường, năm 2023 cả nước phát sinh khoảng 1,1 triệu tấn chất thải nguy hại, trong đó chất thải nguy hại công nghiệp chiếm khoảng 82%. Lượng chất thải nguy hại được thu gom, xử lý đạt khoảng 980 nghìn tấn, tăng 5,4% so với năm 2022.

Tính đến ngày 31/5/2024, cả nước có 124 cơ sở được cấp giấy phép xử lý chất thải nguy hại, gồm 107 cơ sở do Bộ cấp phép và 17 cơ sở do địa phương cấp phép; tổng công suất thiết kế trên 14.000 tấn/ngày. Các cơ sở tập trung chủ yếu ở vùng Đông Nam Bộ và đồng bằng sông Hồng; dẫn đầu là Bình Dương, Đồng Nai và Hải Phòng với lần lượt 21, 16 và 11 cơ sở.

Năm 2023, lực lượng Cảnh sát phòng, chống tội phạm về môi trường phát hiện 317 vụ vi phạm liên quan đến chất thải nguy hại, khởi tố 9 vụ án; các cơ quan chức năng xử phạt hành chính hơn 41 tỷ đồng. Riêng Bộ Tài nguyên và Môi trường thanh tra 215 cơ sở, xử phạt 86 cơ sở với số tiền 18,7 tỷ đồng.

Theo Kế hoạch quốc gia về quản lý chất lượng môi trường, đến năm 2025 tỷ lệ chất thải nguy hại được thu gom, xử lý đạt 98%; đến năm 2030 phấn đấu đạt 100%. Trong năm 2024, Bộ dự kiến cấp mới khoảng 10 giấy phép môi trường có nội dung xử lý chất thải nguy hại, nâng tổng công suất thêm 1.500 tấn/ngày.

Cục Kiểm soát ô nhiễm môi trường - Số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến ngày 31/5/2024", None, "2024-05-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y24 = P("Trong năm 2024", "2024-01-01", "2024-12-31")
LIST = "cơ sở được cấp giấy phép xử lý chất thải nguy hại"

FIGS = [
    F("Cả nước có 124 cơ sở", "124", 124, "count", "cơ sở",
      subject="cơ sở được cấp phép xử lý chất thải nguy hại"),
    F("khoảng 1,1 triệu", "1,1", 1100000, "measure", "tấn", approx="about",
      subject="chất thải nguy hại phát sinh", period=Y23),
    F("chiếm khoảng 82%", "82", 82, "percent", "%", approx="about",
      subject="tỷ trọng chất thải nguy hại công nghiệp trong chất thải nguy hại phát sinh", period=Y23),
    F("khoảng 980 nghìn", "980", 980000, "measure", "tấn", approx="about",
      change=C("increase", 5.4, "%", "năm 2022"),
      subject="lượng chất thải nguy hại được thu gom, xử lý", period=I(Y23)),
    F("31/5/2024, cả nước có 124", "124", 124, "count", "cơ sở", subject=LIST, period=ASOF),
    F("gồm 107 cơ sở", "107", 107, "count", "cơ sở", total=124,
      subject="cơ sở xử lý chất thải nguy hại do Bộ cấp phép", period=ASOF),
    F("và 17 cơ sở", "17", 17, "count", "cơ sở", total=124,
      subject="cơ sở xử lý chất thải nguy hại do địa phương cấp phép", period=ASOF),
    F("trên 14.000 tấn/ngày", "14.000", 14000, "measure", "tấn/ngày", approx="over",
      subject="tổng công suất thiết kế các cơ sở xử lý chất thải nguy hại", period=ASOF),
    F("lần lượt 21", "21", 21, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Bình Dương"),
    F("21, 16", "16", 16, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Đồng Nai"),
    F("và 11 cơ sở", "11", 11, "count", "cơ sở", subject=LIST, period=I(ASOF), location="Hải Phòng"),
    F("phát hiện 317 vụ", "317", 317, "count", "vụ",
      subject="vụ vi phạm liên quan đến chất thải nguy hại được phát hiện", period=Y23b),
    F("khởi tố 9 vụ án", "9", 9, "count", "vụ án", subject="vụ án được khởi tố", period=Y23b),
    F("hơn 41 tỷ", "41", 41000000000, "money", "đồng", approx="over",
      subject="tiền xử phạt hành chính", period=Y23b),
    F("thanh tra 215 cơ sở", "215", 215, "count", "cơ sở",
      subject="cơ sở được Bộ Tài nguyên và Môi trường thanh tra", period=I(Y23b)),
    F("xử phạt 86 cơ sở", "86", 86, "count", "cơ sở",
      subject="cơ sở bị Bộ Tài nguyên và Môi trường xử phạt", period=I(Y23b)),
    F("tiền 18,7 tỷ", "18,7", 18700000000, "money", "đồng",
      subject="số tiền xử phạt của Bộ Tài nguyên và Môi trường", period=I(Y23b)),
    F("đạt 98%", "98", 98, "percent", "%", status="target",
      subject="tỷ lệ chất thải nguy hại được thu gom, xử lý", period=T25),
    F("đạt 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ chất thải nguy hại được thu gom, xử lý", period=T30),
    F("khoảng 10 giấy phép", "10", 10, "count", "giấy phép môi trường", approx="about", status="forecast",
      subject="giấy phép môi trường có nội dung xử lý chất thải nguy hại cấp mới", period=Y24),
    F("thêm 1.500 tấn/ngày", "1.500", 1500, "measure", "tấn/ngày", status="forecast",
      subject="tổng công suất xử lý chất thải nguy hại tăng thêm", period=Y24),
]

NOTES = [
    "Ministry site (Bộ TN&MT): 'Ngày đăng: 05/06/2024 09:12 | Lượt xem: 1.082', address footer. National: default location Việt Nam.",
    "Distractors: view counter 1.082, time 09:12, 'Số 10 Tôn Thất Thuyết'. '124' occurs in the headline and in the body (two figures).",
    "'trong đó ... chiếm khoảng 82%' is a percent figure of its own. 107 + 17 = 124 after 'gồm'. 'lần lượt 21, 16 và 11' → provinces as location.",
    "'khởi tố 9 vụ án' has no part cue to 317 vụ: no total. 'Riêng Bộ ...' sentence inherits năm 2023. 'đến năm 2025/2030' → target periods ending then.",
    "The 2023 figures after 'Năm 2023' in the enforcement paragraph: 317, 9, 41 tỷ (same sentence, scored).",
]

if __name__ == "__main__":
    write("p1148-4", TEXT, NOTES, FIGS, published="2024-06-05", location="Việt Nam")
