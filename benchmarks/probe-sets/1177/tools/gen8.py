"""p1177-8: provincial newspaper online (Báo Yên Bái, '(YBĐT) -'): Lục Yên buffalo-fighting festival and district tourism."""
from lib import F, P, I, C, T, write

TEXT = """BÁO YÊN BÁI ĐIỆN TỬ
Văn hóa - Du lịch

Lục Yên: Sôi nổi Lễ hội chọi trâu lần thứ V

Thứ Hai, 21/10/2024 | 09:40

(YBĐT) - Trong hai ngày 20 và 21/10, tại sân vận động thị trấn Yên Thế, huyện Lục Yên tổ chức Lễ hội chọi trâu năm 2024. Lễ hội có 20 trâu của 8 xã, thị trấn tham gia, thi đấu loại trực tiếp qua 5 vòng. Chỉ có một trâu bị loại ở vòng kiểm tra do không đạt trọng lượng tối thiểu 450 kg.

Theo UBND huyện, trong quý III, huyện đón khoảng 18.000 lượt khách, tăng 25% so với cùng kỳ; 9 tháng đầu năm, tổng doanh thu du lịch ước đạt 62 tỷ đồng, bằng 85% kế hoạch năm. Riêng hai ngày lễ hội, huyện dự kiến đón khoảng 7.000 lượt khách, doanh thu dịch vụ từ 1,5 đến 2 tỷ đồng.

Trâu số 07 của ông Hà Văn Mạnh, thôn Khe Dứa, xã Minh Xuân giành giải nhất, nhận 40 triệu đồng; tổng giá trị giải thưởng của lễ hội là 120 triệu đồng. Ông Mạnh cho biết, trâu được mua năm 2022 với giá 65 triệu đồng, nay đã có thương lái trả 220 triệu đồng nhưng gia đình chưa bán.

Toàn tỉnh Yên Bái hiện có 4 lễ hội chọi trâu, tập trung ở các huyện Lục Yên, Yên Bình, Văn Yên. Năm 2025, Lục Yên phấn đấu đón 350.000 lượt khách du lịch, trong đó khách quốc tế chiếm 5%; xây dựng sân chọi trâu cố định gắn với khu du lịch hồ Thác Bà.

Thanh Tuấn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("trong quý III", "2024-07-01", "2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y22 = P("năm 2022", "2022-01-01", "2022-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 20 trâu", "20", 20, "count", "trâu", subject="trâu tham gia lễ hội", period=I(Y24)),
    F("của 8 xã", "8", 8, "count", "xã, thị trấn", subject="xã, thị trấn có trâu tham gia", period=I(Y24)),
    F("qua 5 vòng", "5", 5, "count", "vòng", subject="vòng đấu loại trực tiếp", period=I(Y24)),
    F("có một trâu", "một", 1, "count", "trâu", subject="trâu bị loại ở vòng kiểm tra", period=I(Y24)),
    F("tối thiểu 450 kg", "450", 450, "measure", "kg", approx="at_least", optional=True,
      subject="trọng lượng tối thiểu của trâu thi đấu"),
    F("khoảng 18.000 lượt", "18.000", 18000, "count", "lượt khách", approx="about",
      change=C("increase", 25, "%", "cùng kỳ"), subject="lượt khách đến huyện", period=Q3),
    F("ước đạt 62 tỷ", "62", 62000000000, "money", "đồng", status="estimate", percent=85,
      subject="tổng doanh thu du lịch", period=M9),
    F("khoảng 7.000 lượt", "7.000", 7000, "count", "lượt khách", approx="about", status="forecast",
      subject="lượt khách trong hai ngày lễ hội", period=I(Y24)),
    F("từ 1,5 đến 2 tỷ", "1,5", 1500000000, "money", "đồng", value_max=2000000000, status="forecast",
      subject="doanh thu dịch vụ trong hai ngày lễ hội", period=I(Y24)),
    F("nhận 40 triệu", "40", 40000000, "money", "đồng", subject="giải thưởng giải nhất", period=I(Y24)),
    F("là 120 triệu", "120", 120000000, "money", "đồng",
      subject="tổng giá trị giải thưởng của lễ hội", period=I(Y24)),
    F("giá 65 triệu", "65", 65000000, "money", "đồng", subject="giá mua trâu của ông Mạnh", period=Y22),
    F("trả 220 triệu", "220", 220000000, "money", "đồng",
      subject="giá thương lái trả cho trâu của ông Mạnh"),
    F("có 4 lễ hội", "4", 4, "count", "lễ hội", subject="lễ hội chọi trâu", location="Yên Bái"),
    F("đón 350.000 lượt", "350.000", 350000, "count", "lượt khách", status="target",
      subject="lượt khách du lịch", period=Y25),
    F("chiếm 5%", "5", 5, "percent", "%", status="target",
      subject="tỷ lệ khách quốc tế", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Yên Bái): '(YBĐT) -' tag, 'Thứ Hai, 21/10/2024 | 09:40' (published), byline at the end.",
    "Default location Lục Yên (district); 'Toàn tỉnh Yên Bái … 4 lễ hội' is provincial; thôn Khe Dứa, xã Minh Xuân are below district level.",
    "Distractors: 'lần thứ V', 'hai ngày 20 và 21/10' (duration + dates), 'Trâu số 07', time 09:40.",
    "Year-less 'trong quý III' and '9 tháng đầu năm' take 2024 (dateline and first sentence come before them; 'năm 2022' comes later).",
    "'bằng 85% kế hoạch năm' → percent of 62 tỷ. 'dự kiến' governs 7.000 and the revenue range. 'trong đó khách quốc tế chiếm 5%' is its own percent (target).",
    "'trọng lượng tối thiểu 450 kg' is an eligibility threshold (optional). 'nay … trả 220 triệu' has no period.",
]

if __name__ == "__main__":
    write("p1177-8", TEXT, NOTES, FIGS, published="2024-10-21", location="Lục Yên")
