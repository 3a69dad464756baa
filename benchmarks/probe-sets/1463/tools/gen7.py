"""p1463-7: news agency (TTXVN): a street watch repairer in Huế; the city's watch shops; a short course."""
from lib import F, period, inherit, change, target, write

TEXT = """TTXVN | Xã hội | Đời sống
Ngày 10/3/2024 09:12

Giữ nghề sửa đồng hồ giữa thời đồng hồ thông minh

Huế, 10/3 (TTXVN) - Dưới mái hiên trước số 47 đường Trần Hưng Đạo, cạnh chợ Đông Ba, ông Phạm Văn Hòa, 68 tuổi, đã ngồi sửa đồng hồ gần 45 năm. Chiếc tủ kính nhỏ của ông chứa hơn 300 linh kiện, từ kim, núm chỉnh giờ đến bánh xe của những chiếc Seiko 5 hay Orient 3 sao đời cũ.

Mỗi ngày, ông nhận sửa 10-15 chiếc đồng hồ, chủ yếu thay pin, thay dây. Giá thay pin từ 30.000 đến 50.000 đồng, lau dầu một chiếc đồng hồ cơ khoảng 200.000 đồng. "Những năm 1990, khu vực chợ Đông Ba có hơn ba chục quầy sửa đồng hồ, nay chỉ còn sáu quầy", ông Hòa kể.

Theo Phòng Kinh tế thành phố Huế, toàn thành phố hiện có khoảng 120 cơ sở sửa chữa, mua bán đồng hồ, giảm khoảng 40% so với năm 2015. Số cơ sở chỉ làm dịch vụ sửa chữa chưa đến 40, phần lớn do người trên 50 tuổi đứng quầy.

Năm 2023, Trường Trung cấp Kỹ thuật Bình Minh mở 2 lớp sơ cấp sửa chữa đồng hồ với 36 học viên; năm nay trường dự kiến tuyển khoảng 40 học viên. Học phí mỗi khóa là 4,5 triệu đồng/người, riêng người khuyết tật, người thuộc hộ nghèo được hỗ trợ 100% học phí.

Ông Hòa cho biết, thu nhập của ông khoảng 6-7 triệu đồng/tháng, đủ trang trải cuộc sống. "Tôi có 3 người học trò, một người đã mở tiệm riêng ở thị xã Hương Thủy", ông nói.

Thanh Tùng (TTXVN)
Từ khóa: sửa đồng hồ, nghề truyền thống, Huế
"""

Y90 = period("Những năm 1990", "1990-01-01", "1999-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
NOW = period("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    F("68 tuổi", "68", 68, "measure", "tuổi", subject="tuổi của ông Phạm Văn Hòa", optional=True),
    F("gần 45 năm", "45", 45, "measure", "năm", approx="nearly",
      subject="thời gian ông Hòa sửa đồng hồ", optional=True),
    F("hơn 300 linh kiện", "300", 300, "count", "linh kiện", approx="over",
      subject="linh kiện trong tủ kính của ông Hòa"),
    F("sửa 10-15 chiếc", "10", 10, "measure", "chiếc/ngày", value_max=15,
      subject="đồng hồ ông Hòa nhận sửa mỗi ngày"),
    F("từ 30.000 đến 50.000", "30.000", 30000, "money", "đồng", value_max=50000, subject="giá thay pin"),
    F("khoảng 200.000 đồng", "200.000", 200000, "money", "đồng/chiếc", approx="about",
      subject="giá lau dầu một chiếc đồng hồ cơ"),
    F("hơn ba chục quầy", "ba chục", 30, "count", "quầy", approx="over",
      subject="quầy sửa đồng hồ khu vực chợ Đông Ba", period=Y90),
    F("còn sáu quầy", "sáu", 6, "count", "quầy", subject="quầy sửa đồng hồ còn lại khu vực chợ Đông Ba"),
    F("khoảng 120 cơ sở", "120", 120, "count", "cơ sở", approx="about",
      change=change("decrease", 40, "%", "năm 2015", approx="about"),
      subject="cơ sở sửa chữa, mua bán đồng hồ"),
    F("chưa đến 40", "40", 40, "count", "cơ sở", approx="under",
      subject="cơ sở chỉ làm dịch vụ sửa chữa"),
    F("trên 50 tuổi", "50", 50, "measure", "tuổi", approx="over", subject="tuổi người đứng quầy", optional=True),
    F("mở 2 lớp", "2", 2, "count", "lớp", subject="lớp sơ cấp sửa chữa đồng hồ trường mở", period=Y23),
    F("với 36 học viên", "36", 36, "count", "học viên", subject="học viên lớp sơ cấp sửa chữa đồng hồ",
      period=Y23),
    F("khoảng 40 học viên", "40", 40, "count", "học viên", approx="about", status="forecast",
      subject="học viên trường tuyển", period=NOW),
    F("là 4,5 triệu", "4,5", 4.5e6, "money", "đồng/người", subject="học phí mỗi khóa"),
    F("hỗ trợ 100%", "100", 100, "percent", "%",
      subject="mức hỗ trợ học phí cho người khuyết tật, người thuộc hộ nghèo"),
    F("khoảng 6-7 triệu", "6", 6e6, "money", "đồng/tháng", value_max=7e6, approx="about",
      subject="thu nhập của ông Hòa"),
    F("có 3 người", "3", 3, "count", "người học trò", subject="học trò của ông Hòa"),
    F("một người đã mở", "một", 1, "count", "người", subject="học trò đã mở tiệm riêng", location="Hương Thủy"),
]

NOTES = [
    "News agency (TTXVN): 'Ngày 10/3/2024 09:12', dateline 'Huế, 10/3 (TTXVN) -', byline, keywords. Location Huế throughout",
    "except 'một người đã mở tiệm riêng ở thị xã Hương Thủy' (the place in its own clause).",
    "Distractors: 09:12, '10/3', 'số 47', 'Seiko 5', 'Orient 3 sao', 'một chiếc đồng hồ cơ' (a rate's denominator),",
    "baseline 'năm 2015'.",
    "Optional: the age '68 tuổi', the career length 'gần 45 năm', the age threshold 'trên 50 tuổi' (personal details and",
    "a description, not statistics; a careful annotator may count them).",
    "'Những năm 1990' (the 1990s) → 1990-01-01..1999-12-31. 'hơn ba chục quầy' = over 30 (number words).",
    "'giảm khoảng 40% so với năm 2015' → change on 120 cơ sở (approx about). 'chưa đến 40' → under; no cue, so no total.",
    "'năm nay' → 2024 (published); 'dự kiến' → forecast. 'một người đã mở tiệm' → count 1 (no cue: no total).",
    "revised after the first run: 'một người đã mở tiệm riêng ở thị xã Hương Thủy' location Huế → Hương Thủy: the clause",
    "names the place of the figure (as 'trong đó 13 cơ sở tại TP Đà Lạt' → Đà Lạt).",
]

if __name__ == "__main__":
    write("p1463-7", TEXT, NOTES, FIGS, published="2024-03-10", location="Huế")
