"""p1363-4: Party/provincial newspaper (Báo Quảng Nam, tag (QNO)), dig at a Cham tower ruin in huyện Duy Xuyên."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Thứ Hai, 06/05/2024 | 15:12

Duy Xuyên: Khai quật phế tích tháp Chăm Gò Lồi, thu gần 3.000 hiện vật

Đợt khai quật đã làm xuất lộ toàn bộ nền móng ngôi tháp Chăm cổ cùng nhiều tác phẩm điêu khắc đá có giá trị.

(QNO) - Ngày 5/5, Trung tâm Quản lý bảo tồn di sản văn hóa huyện Duy Xuyên phối hợp với Viện Khảo cổ học tổ chức hội thảo công bố kết quả khai quật phế tích tháp Chăm Gò Lồi (xã Duy Châu).

Đợt khai quật thực hiện từ tháng 3 đến tháng 5/2024 trên diện tích 600 m2, kinh phí khoảng 850 triệu đồng, huy động gần ba chục công nhân địa phương. Theo PGS.TS Lê Đình Phúc, trưởng đoàn khai quật, đoàn đã thu được 2.958 hiện vật, gồm 2.705 hiện vật vật liệu kiến trúc (gạch, ngói, đá), 224 mảnh gốm và 29 tác phẩm điêu khắc đá, trong đó có 2 tượng thần Shiva và một bệ thờ yoni còn nguyên vẹn.

Nền móng tháp có kích thước 11,2 x 10,4 m, tường dày 1,6 m, phần tường còn lại cao nhất 2,3 m. Các nhà nghiên cứu cho rằng tháp được xây dựng vào khoảng thế kỷ X - XI, cùng thời với nhóm tháp B, C ở Mỹ Sơn.

Hiện huyện Duy Xuyên có 41 di tích được xếp hạng, trong đó 1 di tích quốc gia đặc biệt (Khu đền tháp Mỹ Sơn), 5 di tích quốc gia và 35 di tích cấp tỉnh. Năm 2023, Mỹ Sơn đón hơn 420.000 lượt khách, chiếm khoảng 60% lượng khách tham quan các di tích của huyện. Từ đầu năm đến nay, huyện đã tiếp nhận 15 hiện vật Chăm do người dân giao nộp.

Ông Trần Văn Tài, Phó Chủ tịch UBND huyện Duy Xuyên cho biết, năm 2024 huyện dự kiến bố trí 2,5 tỷ đồng để bảo vệ khẩn cấp phế tích và đề nghị tỉnh xếp hạng di tích cấp tỉnh trong năm 2025.

VĂN HÙNG
"""

DIG = period("từ tháng 3 đến tháng 5/2024", "2024-03-01", "2024-05-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
YTD = period("Từ đầu năm đến nay", "2024-01-01", "2024-05-06")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu gần 3.000 hiện vật", "3.000", 3000, "count", "hiện vật", approx="nearly", subject="hiện vật thu được"),
    F("diện tích 600 m2", "600", 600, "measure", "m2", subject="diện tích khai quật", per=DIG),
    F("khoảng 850 triệu", "850", 850e6, "money", "đồng", approx="about", subject="kinh phí khai quật", per=DIG),
    F("gần ba chục công nhân", "ba chục", 30, "count", "công nhân", approx="nearly",
      subject="công nhân địa phương huy động", per=DIG),
    F("thu được 2.958 hiện vật", "2.958", 2958, "count", "hiện vật", subject="hiện vật đoàn thu được",
      per=inherit(DIG)),
    F("gồm 2.705 hiện vật", "2.705", 2705, "count", "hiện vật vật liệu kiến trúc", total=2958,
      subject="hiện vật vật liệu kiến trúc", per=inherit(DIG)),
    F("224 mảnh gốm", "224", 224, "count", "mảnh gốm", total=2958, subject="mảnh gốm", per=inherit(DIG)),
    F("và 29 tác phẩm", "29", 29, "count", "tác phẩm điêu khắc đá", total=2958, subject="tác phẩm điêu khắc đá",
      per=inherit(DIG)),
    F("có 2 tượng", "2", 2, "count", "tượng thần Shiva", total=29, subject="tượng thần Shiva", per=inherit(DIG)),
    F("và một bệ thờ", "một", 1, "count", "bệ thờ yoni", total=29, subject="bệ thờ yoni còn nguyên vẹn",
      per=inherit(DIG)),
    F("thước 11,2 x", "11,2", 11.2, "measure", "m", subject="kích thước nền móng tháp"),
    F("x 10,4 m", "10,4", 10.4, "measure", "m", subject="kích thước nền móng tháp"),
    F("dày 1,6 m", "1,6", 1.6, "measure", "m", subject="độ dày tường tháp"),
    F("cao nhất 2,3 m", "2,3", 2.3, "measure", "m", subject="chiều cao phần tường còn lại cao nhất"),
    F("có 41 di tích", "41", 41, "count", "di tích", subject="di tích được xếp hạng"),
    F("đó 1 di tích", "1", 1, "count", "di tích quốc gia đặc biệt", total=41, subject="di tích quốc gia đặc biệt"),
    F(", 5 di tích", "5", 5, "count", "di tích quốc gia", total=41, subject="di tích quốc gia"),
    F("và 35 di tích", "35", 35, "count", "di tích cấp tỉnh", total=41, subject="di tích cấp tỉnh"),
    F("hơn 420.000 lượt", "420.000", 420000, "count", "lượt khách", approx="over", percent=60,
      subject="lượt khách Mỹ Sơn đón", per=Y23),
    F("tiếp nhận 15 hiện vật", "15", 15, "count", "hiện vật", subject="hiện vật Chăm do người dân giao nộp",
      per=YTD),
    F("bố trí 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", status="forecast",
      subject="kinh phí bảo vệ khẩn cấp phế tích", per=Y24),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): 'Thứ Hai, 06/05/2024 | 15:12', headline figure, sapo, tag '(QNO) -', byline at the end.",
    "Distractors: 'Ngày 5/5', 'thế kỷ X - XI', 'nhóm tháp B, C', 'trong năm 2025' (a date of a plan with no number), the time 15:12.",
    "All figures are located in Duy Xuyên (headline 'Duy Xuyên:', the site, Mỹ Sơn lies in the district).",
    "'gồm 2.705 ..., 224 ... và 29 ...' add up to 2.958; 'trong đó có 2 tượng ... và một bệ thờ' follows 29 tác phẩm điêu khắc đá → total 29.",
    "'gần ba chục công nhân' = 30 (number word), approx nearly. 'một bệ thờ' is a counted part (number word).",
    "'kích thước 11,2 x 10,4 m' gives two measures in m (length and width), same subject.",
    "'41 di tích ..., trong đó 1 ..., 5 ... và 35 ...' → total 41; 'Hiện' gives no period.",
    "'chiếm khoảng 60% lượng khách' → percent attribute of 420.000 (its approx is not scored).",
    "'Từ đầu năm đến nay' → 2024-01-01 to the dateline 2024-05-06. 'năm 2024 huyện dự kiến bố trí 2,5 tỷ' → forecast.",
    "Dig finds after the first dig sentence inherit 'từ tháng 3 đến tháng 5/2024' (not scored); tower dimensions get no period.",
]

if __name__ == "__main__":
    write("p1363-4", TEXT, NOTES, FIGS, published="2024-05-06", location="Duy Xuyên")
