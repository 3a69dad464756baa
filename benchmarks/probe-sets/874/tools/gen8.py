"""p874-8: provincial newspaper online (Báo Ninh Bình), headline figure and (BNB) tag; bronze handicraft, 10 months 2024."""
from lib import F, period, inherit, change, write

TEXT = """Báo Ninh Bình điện tử
Kinh tế > Công nghiệp - Tiểu thủ công nghiệp

Đồ đồng mỹ nghệ thu về 146 tỷ đồng sau 10 tháng

Thứ Sáu, 08/11/2024 | 16:05

(BNB) - 10 tháng năm 2024, các cơ sở đúc đồng mỹ nghệ trên địa bàn tỉnh đạt doanh thu ước 146,3 tỷ đồng, tăng 21,5% so với cùng kỳ, bằng 87,6% kế hoạch năm.

Hiện toàn tỉnh có 37 cơ sở đúc đồng, tập trung ở huyện Hoa Lư và huyện Yên Mô, thu hút gần 900 lao động. Doanh thu của hai huyện lần lượt đạt 68,2 tỷ đồng và 41,5 tỷ đồng.

Sản phẩm chủ lực là chuông, tượng Phật, đỉnh, lư hương phục vụ các công trình tâm linh và khách du lịch. Trong đó, tượng và đồ thờ chiếm khoảng 55% doanh thu; giá bán bình quân từ 1,1 đến 1,6 triệu đồng/kg tùy độ tinh xảo. Đồ đồng hiện đứng thứ 3 về giá trị trong các nhóm hàng thủ công mỹ nghệ của tỉnh, sau hàng cói và thêu ren.

Tại Hội chợ làng nghề và sản phẩm OCOP lần thứ 3 tổ chức ở TP Ninh Bình, các cơ sở đã ký 12 hợp đồng tiêu thụ với tổng giá trị hơn 9 tỷ đồng.

Dự kiến quý IV, doanh thu đạt khoảng 30 tỷ đồng, đưa cả năm vượt kế hoạch 167 tỷ đồng. Năm 2025, tỉnh phấn đấu doanh thu đồ đồng mỹ nghệ đạt 190 tỷ đồng, có ít nhất 2 cơ sở đạt chứng nhận sản xuất sạch.

Theo Nghị quyết số 15/2023/NQ-HĐND, mỗi cơ sở đầu tư hệ thống xử lý khí thải được hỗ trợ tối đa 300 triệu đồng. Cơ sở nằm ven Quốc lộ 1A được ưu tiên bố trí mặt bằng trưng bày.

Thu Hà
"""

HEAD = period("sau 10 tháng", "2024-01-01", "2024-10-31")
M10 = period("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q4 = period("quý IV", "2024-10-01", "2024-12-31")
YEAR = period("cả năm", "2024-01-01", "2024-12-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "doanh thu đồ đồng mỹ nghệ"

FIGS = [
    F("thu về 146 tỷ đồng", "146", 146e9, "money", "đồng", SUBJ, HEAD),
    F("ước 146,3 tỷ đồng", "146,3", 146.3e9, "money", "đồng", "doanh thu các cơ sở đúc đồng mỹ nghệ", M10,
      status="estimate", percent=87.6, change=change("increase", 21.5, "%", "cùng kỳ")),
    F("có 37 cơ sở", "37", 37, "count", "cơ sở", "cơ sở đúc đồng"),
    F("gần 900 lao động", "900", 900, "count", "lao động", "lao động các cơ sở đúc đồng", approx="nearly"),
    F("của hai huyện", "hai", 2, "count", "huyện", "huyện", optional=True),
    F("đạt 68,2 tỷ đồng", "68,2", 68.2e9, "money", "đồng", "doanh thu", inherit(M10), location="Hoa Lư"),
    F("và 41,5 tỷ đồng", "41,5", 41.5e9, "money", "đồng", "doanh thu", inherit(M10), location="Yên Mô"),
    F("khoảng 55% doanh thu", "55", 55, "percent", "%", "tượng và đồ thờ trong doanh thu", inherit(M10),
      approx="about"),
    F("từ 1,1 đến 1,6 triệu", "1,1", 1.1e6, "money", "đồng/kg", "giá bán bình quân", inherit(M10), value_max=1.6e6),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "giá trị đồ đồng trong các nhóm hàng thủ công mỹ nghệ"),
    F("ký 12 hợp đồng", "12", 12, "count", "hợp đồng", "hợp đồng tiêu thụ ký tại hội chợ"),
    F("hơn 9 tỷ đồng", "9", 9e9, "money", "đồng", "tổng giá trị hợp đồng tiêu thụ", approx="over"),
    F("khoảng 30 tỷ đồng", "30", 30e9, "money", "đồng", "doanh thu quý IV", Q4, approx="about", status="forecast"),
    F("kế hoạch 167 tỷ đồng", "167", 167e9, "money", "đồng", "kế hoạch doanh thu cả năm", YEAR, status="target"),
    F("đạt 190 tỷ đồng", "190", 190e9, "money", "đồng", SUBJ, Y25, status="target"),
    F("ít nhất 2 cơ sở", "2", 2, "count", "cơ sở", "cơ sở đạt chứng nhận sản xuất sạch", Y25, approx="at_least",
      status="target"),
    F("tối đa 300 triệu đồng", "300", 300e6, "money", "đồng", "mức hỗ trợ đầu tư hệ thống xử lý khí thải mỗi cơ sở",
      approx="at_most"),
]

COMMENTS = [
    "Báo Ninh Bình điện tử: headline with a figure, dateline 'Thứ Sáu, 08/11/2024 | 16:05', tag '(BNB) -'; bronze handicraft workshops, 10 months 2024.",
    "Location Ninh Bình (named in the masthead and 'TP Ninh Bình'; BNB tag); 'lần lượt' district revenues take Hoa Lư / Yên Mô as location, 'doanh thu' as subject.",
    "Year-less headline '10 tháng' takes 2024 (published); 'quý IV' and 'cả năm' take 2024 from '10 tháng năm 2024'.",
    "'vượt kế hoạch 167 tỷ đồng' names the plan: a figure with status target. 'Trong đó, tượng và đồ thờ chiếm khoảng 55% doanh thu' is a percent figure.",
    "revised after the first run: 'hai huyện' (only refers back to the two districts named) added as optional, as '2 trung tâm kinh tế' / 'cả 2 khối' in the shared gold.",
    "The 'lần lượt' revenues have no cue of their own (actual). Distractors: 'lần thứ 3' (ordinal), Nghị quyết số 15/2023/NQ-HĐND, Quốc lộ 1A, time 16:05.",
]

if __name__ == "__main__":
    write(8, TEXT, COMMENTS, FIGS, published="2024-11-08", location="Ninh Bình")
