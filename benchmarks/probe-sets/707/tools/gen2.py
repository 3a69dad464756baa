"""p707-2: Yên Phong district portal — periodic health checks for factory workers, Q1/2024."""
from lib import F, P, I, CH, TG, emit

TEXT = """Cổng thông tin điện tử huyện Yên Phong
Trang chủ / Tin tức / Văn hóa - Xã hội
Yên Phong: Gần 9.500 công nhân được khám sức khỏe định kỳ trong quý I
Ngày đăng: 05/04/2024

Trong quý I/2024, Trung tâm Y tế huyện Yên Phong phối hợp với 37 doanh nghiệp trên địa bàn tổ chức khám sức khỏe định kỳ cho 9.468 công nhân, tăng 1.215 người so với cùng kỳ năm 2023. Số công nhân được khám tại Khu công nghiệp Yên Phong I và Khu công nghiệp Yên Phong II-C lần lượt là 6.812 người và 1.975 người.

Kết quả phân loại sức khỏe: loại I có 2.140 người (22,6%), loại II có 5.372 người (56,7%), loại III có 1.583 người (16,7%), loại IV và V có 373 người (3,9%). Các bệnh thường gặp là tật khúc xạ chiếm 31,4%, bệnh răng miệng 24,8%, bệnh tai mũi họng 12,3% số người được khám.

Cũng trong quý, Trung tâm đã quan trắc môi trường lao động tại 12 cơ sở với 1.436 mẫu, trong đó 57 mẫu vượt giới hạn cho phép (chủ yếu là tiếng ồn và nhiệt độ), chiếm 3,97%. Tổng kinh phí khám do doanh nghiệp chi trả khoảng 2,84 tỷ đồng, bình quân 300.000 đồng/người.

Dự kiến trong quý II, Trung tâm sẽ khám sức khỏe định kỳ cho khoảng 11.000 công nhân tại 45 doanh nghiệp, đồng thời tổ chức khám phát hiện bệnh nghề nghiệp cho từ 800 đến 1.000 lao động tiếp xúc với tiếng ồn, hóa chất.

Mọi thông tin liên hệ: Trung tâm Y tế huyện Yên Phong, thị trấn Chờ, điện thoại 0222.3861.125.

Nguyễn Thu Hà - Trung tâm VH-TT&TT huyện
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
Q1h = P("quý I", "2024-01-01", "2024-03-31")
TQ = P("trong quý", "2024-01-01", "2024-03-31")
Q2 = P("quý II", "2024-04-01", "2024-06-30")

FIGS = [
    F("Gần 9.500 công nhân", "9.500", 9500, "count", "công nhân",
      "công nhân được khám sức khỏe định kỳ", Q1h, approx="nearly"),
    F("với 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp",
      "doanh nghiệp phối hợp tổ chức khám sức khỏe định kỳ", Q1),
    F("cho 9.468 công nhân", "9.468", 9468, "count", "công nhân",
      "công nhân được khám sức khỏe định kỳ", Q1,
      change=CH("increase", 1215, "người", "cùng kỳ năm 2023")),
    F("là 6.812 người", "6.812", 6812, "count", "người",
      "công nhân được khám tại Khu công nghiệp Yên Phong I", I(Q1)),
    F("và 1.975 người", "1.975", 1975, "count", "người",
      "công nhân được khám tại Khu công nghiệp Yên Phong II-C", I(Q1)),
    F("có 2.140 người (22,6%)", "2.140", 2140, "count", "người",
      "công nhân có sức khỏe loại I", I(Q1), total=9468, percent=22.6),
    F("có 5.372 người (56,7%)", "5.372", 5372, "count", "người",
      "công nhân có sức khỏe loại II", I(Q1), total=9468, percent=56.7),
    F("có 1.583 người (16,7%)", "1.583", 1583, "count", "người",
      "công nhân có sức khỏe loại III", I(Q1), total=9468, percent=16.7),
    F("có 373 người (3,9%)", "373", 373, "count", "người",
      "công nhân có sức khỏe loại IV và V", I(Q1), total=9468, percent=3.9),
    F("chiếm 31,4%", "31,4", 31.4, "percent", "%",
      "tật khúc xạ trong số người được khám", I(Q1)),
    F("miệng 24,8%", "24,8", 24.8, "percent", "%",
      "bệnh răng miệng trong số người được khám", I(Q1)),
    F("họng 12,3%", "12,3", 12.3, "percent", "%",
      "bệnh tai mũi họng trong số người được khám", I(Q1)),
    F("tại 12 cơ sở", "12", 12, "count", "cơ sở",
      "cơ sở được quan trắc môi trường lao động", TQ),
    F("với 1.436 mẫu", "1.436", 1436, "count", "mẫu",
      "mẫu quan trắc môi trường lao động", TQ),
    F("đó 57 mẫu", "57", 57, "count", "mẫu",
      "mẫu vượt giới hạn cho phép", TQ, total=1436, percent=3.97),
    F("khoảng 2,84 tỷ đồng", "2,84", 2840000000, "money", "đồng",
      "tổng kinh phí khám do doanh nghiệp chi trả", approx="about"),
    F("bình quân 300.000 đồng/người", "300.000", 300000, "money", "đồng/người",
      "kinh phí khám bình quân"),
    F("khoảng 11.000 công nhân", "11.000", 11000, "count", "công nhân",
      "công nhân được khám sức khỏe định kỳ", Q2, approx="about", status="forecast"),
    F("tại 45 doanh nghiệp", "45", 45, "count", "doanh nghiệp",
      "doanh nghiệp tổ chức khám sức khỏe định kỳ", Q2, status="forecast"),
    F("từ 800 đến 1.000 lao động", "800", 800, "count", "lao động",
      "lao động tiếp xúc với tiếng ồn, hóa chất được khám phát hiện bệnh nghề nghiệp", Q2,
      value_max=1000, status="forecast"),
]

COMMENTS = [
    "Yên Phong district portal (Bắc Ninh): periodic health checks of factory workers, quý I/2024; forecast for quý II.",
    "'Ngày đăng: 05/04/2024' is the dateline; the headline's 'quý I' takes the year of the dateline (no earlier date in the article).",
    "'Yên Phong I', 'Yên Phong II-C' (names), 'loại I … V' (health classes), phone, 'VH-TT&TT' are not figures.",
    "Health classes after 'Kết quả phân loại sức khỏe:' add up to 9.468 (the whole in the previous sentence): total 9468, bracketed shares = percent.",
    "The 'lần lượt' pair follows no cue: no total. 'Cũng trong quý' = quý I/2024 (scored). 'Dự kiến' governs the whole last sentence incl. 'đồng thời'.",
    "Location is the district throughout (Yên Phong); the parks are not places of the figure.",
]

if __name__ == "__main__":
    emit("p707-2", TEXT, COMMENTS, FIGS, published="2024-04-05", location="Yên Phong")
