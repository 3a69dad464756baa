"""p930-8: Báo Long An online, birds released in Q1/2025, headline figure and (BLA) tag."""
from lib import F, P, I, Y, C, T, write

TEXT = """
Long An: Gần 2.700 cá thể chim được thả về tự nhiên trong quý I

Cập nhật lúc 15:40, Thứ ba, 08/04/2025

(BLA) - Trong quý I/2025, lực lượng kiểm lâm tỉnh đã tiếp nhận, giải cứu và thả về tự nhiên 2.684 cá thể chim hoang dã, tăng 22,4% so với cùng kỳ năm 2024, đạt 67,1% kế hoạch năm.

Số chim trên chủ yếu do người dân tự nguyện giao nộp (1.905 cá thể) và do lực lượng chức năng thu giữ khi kiểm tra các điểm kinh doanh (779 cá thể). Các huyện Tân Hưng, Vĩnh Hưng và Mộc Hóa lần lượt thả 820, 645 và 510 cá thể, chủ yếu là cò trắng, le hôi, bìm bịp.

Tại Khu bảo tồn đất ngập nước Láng Sen (huyện Tân Hưng), Ban quản lý đã ghi nhận 156 loài chim, trong đó 11 loài có tên trong Sách đỏ Việt Nam. Từ đầu năm đến nay, Ban quản lý đã tháo gỡ 65 bộ lưới, 230 bẫy bắt chim; lập biên bản 4 trường hợp vào khu bảo tồn săn bắt chim trái phép, phạt tiền tổng cộng 28 triệu đồng.

Theo Chi cục Kiểm lâm, giá chim hoang dã bán tại các chợ tự phát ven Quốc lộ 62 từ 30.000 đến 80.000 đồng/con, cao gấp 2 lần so với năm 2022. Đây là nguyên nhân khiến tình trạng đặt bẫy chim vẫn còn diễn ra ở một số xã giáp ranh tỉnh Đồng Tháp.

Năm 2025, tỉnh phấn đấu thả về tự nhiên 4.000 cá thể chim, tổ chức tuyên truyền tại 100% xã vùng Đồng Tháp Mười. Dự kiến kinh phí cứu hộ, chăm sóc chim trước khi tái thả bình quân 45.000 đồng/cá thể.

MINH TRÍ
"""

Q1 = P("quý I/2025", "2025-01-01", "2025-03-31")
YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-04-08")
TH = "Tân Hưng"
REL = "chim thả về tự nhiên"

FIGS = [
    F("Gần 2.700 cá thể", "2.700", 2700, "count", "cá thể", "chim được thả về tự nhiên",
      P("trong quý I", "2025-01-01", "2025-03-31"), approx="nearly"),
    F("tự nhiên 2.684 cá thể", "2.684", 2684, "count", "cá thể", "chim hoang dã tiếp nhận, giải cứu và thả về tự nhiên",
      Q1, percent=67.1, change=C("increase", 22.4, baseline="cùng kỳ năm 2024")),
    F("(1.905 cá thể)", "1.905", 1905, "count", "cá thể", "chim do người dân tự nguyện giao nộp", I(Q1), total=2684),
    F("(779 cá thể)", "779", 779, "count", "cá thể", "chim do lực lượng chức năng thu giữ", I(Q1), total=2684),
    F("thả 820,", "820", 820, "count", "cá thể", REL, I(Q1), location="Tân Hưng"),
    F("820, 645", "645", 645, "count", "cá thể", REL, I(Q1), location="Vĩnh Hưng"),
    F("và 510 cá thể", "510", 510, "count", "cá thể", REL, I(Q1), location="Mộc Hóa"),
    F("ghi nhận 156 loài", "156", 156, "count", "loài", "loài chim ghi nhận tại Khu bảo tồn Láng Sen", location=TH),
    F("trong đó 11 loài", "11", 11, "count", "loài", "loài chim có tên trong Sách đỏ Việt Nam", total=156, location=TH),
    F("gỡ 65 bộ lưới", "65", 65, "count", "bộ lưới", "lưới tháo gỡ", YTD, location=TH),
    F("230 bẫy", "230", 230, "count", "bẫy", "bẫy bắt chim tháo gỡ", YTD, location=TH),
    F("biên bản 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp săn bắt chim trái phép lập biên bản", YTD,
      location=TH),
    F("tổng cộng 28 triệu", "28", 28000000, "money", "đồng", "tiền phạt", YTD, location=TH),
    F("từ 30.000 đến 80.000 đồng/con", "30.000", 30000, "money", "đồng/con", "giá chim hoang dã bán tại các chợ tự phát",
      value_max=80000, change=C("increase", 2, "lần", "năm 2022")),
    F("nhiên 4.000 cá thể", "4.000", 4000, "count", "cá thể", REL, Y(2025, "Năm 2025"), status="target"),
    F("tại 100% xã", "100", 100, "percent", "%", "xã vùng Đồng Tháp Mười được tuyên truyền", Y(2025, "Năm 2025"),
      status="target"),
    F("bình quân 45.000 đồng/cá thể", "45.000", 45000, "money", "đồng/cá thể", "kinh phí cứu hộ, chăm sóc chim trước khi tái thả",
      Y(2025, "Năm 2025", inherited=True), status="forecast"),
]

NOTES = [
    "Báo Long An online: headline figure 'Gần 2.700 ... trong quý I' (year from the dateline 08/04/2025), '(BLA) -' tag, byline MINH TRÍ.",
    "2.684 cá thể: change +22,4% vs cùng kỳ năm 2024 and share 67,1% of the annual plan (percent). The bracketed parts 1.905 + 779 = 2.684",
    "named by 'Số chim trên' are parts of it (total 2.684). 'lần lượt thả 820, 645 và 510' shares the indicator; each district is its location.",
    "Láng Sen figures are in Tân Hưng; 11 loài after 'trong đó' → total 156. 'cao gấp 2 lần so với năm 2022' is the change of the price range.",
    "Distractors: Quốc lộ 62, 15:40, Thứ ba, 'Đồng Tháp Mười', '(BLA)'.",
]

write(8, TEXT, FIGS, NOTES, published="2025-04-08", location="Long An")
