"""p1446-5: Party newspaper (Báo Nam Định): a raincoat workshop in xã Hải Phương, huyện Hải Hậu."""
from lib import F, P, I, C, T, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Kinh tế | Xã hội | Nông thôn mới

Xưởng áo mưa giúp hàng trăm phụ nữ nông thôn có việc làm

Cập nhật lúc 10:15, 19/06/2024

Từ một tổ may nhỏ với 5 máy khâu, xưởng may áo mưa của chị Trần Thị Huệ ở xã Hải Phương (Hải Hậu) nay đã trở thành nơi tạo việc làm ổn định cho hơn 120 lao động nữ.

(NĐO) - Năm 2016, sau nhiều năm làm công nhân ở Bắc Ninh, chị Huệ về quê mở tổ may gia công áo mưa cho các doanh nghiệp ở Hà Nam. Hiện xưởng có 3 nhà xưởng với tổng diện tích gần 1.500 m2, 86 máy may và máy ép nhiệt, mỗi tháng làm ra khoảng 150 nghìn chiếc áo mưa bộ và áo mưa cánh dơi.

Năm 2023, xưởng đạt doanh thu 14,2 tỷ đồng, lợi nhuận trên 1,1 tỷ đồng. Từ đầu năm đến nay, xưởng đã giao hơn 1,3 triệu sản phẩm, tăng khoảng 20% so với cùng kỳ. Công nhân được trả lương theo sản phẩm, bình quân 6-7 triệu đồng/người/tháng; người làm nhanh có thể đạt trên 9 triệu đồng.

"Chị em ở đây phần lớn từ 35 đến 50 tuổi, vừa đi làm vừa chăm được con cái, ruộng vườn", chị Huệ chia sẻ.

Theo UBND huyện Hải Hậu, toàn huyện có 17 cơ sở may áo mưa, ô dù, thu hút khoảng 1.400 lao động, trong đó trên 90% là nữ. Năm 2024, huyện đặt mục tiêu hỗ trợ thêm 3 cơ sở mở rộng sản xuất, tạo việc làm cho ít nhất 300 lao động.

MINH HẰNG

Bài liên quan:
- Hải Hậu: Nâng cao chất lượng đào tạo nghề cho lao động nông thôn
- Giao Thủy tổ chức Ngày hội việc làm lần thứ 3
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-19")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hàng trăm phụ nữ", "trăm", 100, "count", "phụ nữ", approx="about",
      subject="phụ nữ nông thôn có việc làm"),
    F("một tổ may", "một", 1, "count", "tổ may", subject="tổ may ban đầu", optional=True),
    F("với 5 máy khâu", "5", 5, "count", "máy khâu", subject="máy khâu của tổ may ban đầu"),
    F("hơn 120 lao động", "120", 120, "count", "lao động nữ", approx="over",
      subject="lao động nữ có việc làm ổn định tại xưởng"),
    F("có 3 nhà xưởng", "3", 3, "count", "nhà xưởng", subject="nhà xưởng của xưởng may"),
    F("gần 1.500 m2", "1.500", 1500, "measure", "m2", approx="nearly", subject="tổng diện tích nhà xưởng"),
    F("86 máy", "86", 86, "count", "máy", subject="máy may và máy ép nhiệt"),
    F("khoảng 150 nghìn", "150", 150e3, "measure", "chiếc/tháng", approx="about",
      subject="áo mưa bộ và áo mưa cánh dơi xưởng làm ra mỗi tháng"),
    F("doanh thu 14,2 tỷ", "14,2", 14.2e9, "money", "đồng", subject="doanh thu của xưởng", period=Y23),
    F("trên 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over", subject="lợi nhuận của xưởng", period=Y23),
    F("hơn 1,3 triệu", "1,3", 1.3e6, "count", "sản phẩm", approx="over",
      change=C("increase", 20, "%", "cùng kỳ", approx="about"), subject="sản phẩm xưởng đã giao", period=YTD),
    F("bình quân 6-7", "6", 6e6, "money", "đồng/người/tháng", value_max=7e6,
      subject="lương bình quân của công nhân"),
    F("trên 9 triệu", "9", 9e6, "money", "đồng", approx="over", subject="lương của người làm nhanh"),
    F("từ 35 đến 50", "35", 35, "measure", "tuổi", value_max=50, subject="tuổi của chị em công nhân",
      optional=True),
    F("có 17 cơ sở", "17", 17, "count", "cơ sở", subject="cơ sở may áo mưa, ô dù của huyện"),
    F("khoảng 1.400 lao động", "1.400", 1400, "count", "lao động", approx="about",
      subject="lao động các cơ sở may áo mưa, ô dù thu hút"),
    F("trên 90%", "90", 90, "percent", "%", approx="over", subject="tỷ lệ lao động nữ"),
    F("thêm 3 cơ sở", "3", 3, "count", "cơ sở", status="target",
      subject="cơ sở được hỗ trợ mở rộng sản xuất", period=Y24),
    F("ít nhất 300 lao động", "300", 300, "count", "lao động", approx="at_least", status="target",
      subject="lao động được tạo việc làm", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Nam Định): menu, headline, 'Cập nhật lúc 10:15, 19/06/2024', sapo, tag '(NĐO) -', quote, byline, related links.",
    "Distractors: 10:15, the founding year 'Năm 2016', 'Bắc Ninh', 'Hà Nam' (places of other firms), 'lần thứ 3' in a link.",
    "Location: the workshop in xã Hải Phương (Hải Hậu) and the district's figures → Hải Hậu (default).",
    "Optional: 'Từ một tổ may nhỏ' (one team, the workshop's origin: a number word that may read as the article 'a');",
    "'phần lớn từ 35 đến 50 tuổi' (a loose age range in a quote).",
    "'Hiện' figures and standing wages carry no period. 'mỗi tháng ... khoảng 150 nghìn chiếc' is a rate: measure, chiếc/tháng.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-06-19; 'tăng khoảng 20% so với cùng kỳ' → change, approx about.",
    "'trên 9 triệu đồng': unit as written (đồng); the monthly sense is in the previous clause.",
    "'trong đó trên 90% là nữ' is a percent figure of its own. 'đặt mục tiêu' governs both clauses (target, Năm 2024).",
    "revised after the first run: added the headline figure 'hàng trăm phụ nữ' (count 100, approx about). FIGURES.md §2 lists",
    "'hàng chục nghìn' among the number words (approx); I had overlooked it in the headline.",
]

if __name__ == "__main__":
    write("p1446-5", TEXT, NOTES, FIGS, published="2024-06-19", location="Hải Hậu")
