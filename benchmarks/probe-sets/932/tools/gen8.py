"""p932-8: Báo Yên Bái online, headline figure, (YBĐT) tag; 9-month 2024 inspections."""
from lib import F, period, inherit, change, write

TEXT = """Xã hội
Thứ Ba, 15/10/2024 - 08:30

Hơn 300 lượt cơ sở bi-a, internet được kiểm tra trong 9 tháng

(YBĐT) - 9 tháng đầu năm 2024, lực lượng liên ngành các huyện, thị xã, thành phố của tỉnh Yên Bái đã kiểm tra 318 lượt cơ sở kinh doanh bi-a, internet và trò chơi điện tử công cộng, đạt 79,5% kế hoạch năm, tăng 12,4% so với cùng kỳ.

Qua kiểm tra, đã xử phạt 27 cơ sở với số tiền 146 triệu đồng, bình quân 5,4 triệu đồng/cơ sở; trong đó TP Yên Bái 9 cơ sở, thị xã Nghĩa Lộ 6 cơ sở, các huyện Văn Yên, Trấn Yên lần lượt 5 và 4 cơ sở, còn lại là huyện Lục Yên. Đoàn kiểm tra đặc biệt lưu ý các cơ sở dọc Quốc lộ 32 và Quốc lộ 70, nơi nhiều quán mở đến khuya.

Toàn tỉnh hiện có 392 cơ sở kinh doanh bi-a với trên 1.100 bàn và 167 điểm cung cấp dịch vụ trò chơi điện tử công cộng, giảm 21 điểm so với đầu năm. Đáng chú ý, có tới 35% số cơ sở bi-a nằm ở khu vực nông thôn, hoạt động tự phát, chưa đăng ký kinh doanh. Giá thuê bàn bi-a phổ biến từ 25.000 đến 50.000 đồng/giờ, giá truy cập internet khoảng 6.000 đồng/giờ.

Quý IV/2024, Sở Văn hóa, Thể thao và Du lịch dự kiến kiểm tra thêm khoảng 90 lượt cơ sở; phấn đấu cả năm kiểm tra 400 lượt, đạt 100% kế hoạch theo Quyết định số 1879/QĐ-UBND của UBND tỉnh.

Thanh Ba
"""

M9H = period("9 tháng", "2024-01-01", "2024-09-30")
M9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
Q4 = period("Quý IV/2024", "2024-10-01", "2024-12-31")
YR = period("cả năm", "2024-01-01", "2024-12-31")
S_FINED = "cơ sở bị xử phạt"

FIGS = [
    F("Hơn 300 lượt cơ sở", "300", 300, "count", "lượt cơ sở", "lượt cơ sở bi-a, internet được kiểm tra", M9H,
      approx="over"),
    F("kiểm tra 318 lượt cơ sở", "318", 318, "count", "lượt cơ sở",
      "lượt cơ sở kinh doanh bi-a, internet và trò chơi điện tử công cộng được kiểm tra", M9, percent=79.5,
      change=change("increase", 12.4, "%", "cùng kỳ")),
    F("xử phạt 27 cơ sở", "27", 27, "count", "cơ sở", S_FINED, inherit(M9)),
    F("số tiền 146 triệu đồng", "146", 146e6, "money", "đồng", "số tiền xử phạt", inherit(M9)),
    F("bình quân 5,4 triệu", "5,4", 5.4e6, "money", "đồng/cơ sở", "số tiền phạt bình quân mỗi cơ sở", inherit(M9)),
    F("TP Yên Bái 9 cơ sở", "9", 9, "count", "cơ sở", S_FINED, inherit(M9), total=27, location="Yên Bái"),
    F("Nghĩa Lộ 6 cơ sở", "6", 6, "count", "cơ sở", S_FINED, inherit(M9), total=27, location="Nghĩa Lộ"),
    F("lần lượt 5 và", "5", 5, "count", "cơ sở", S_FINED, inherit(M9), total=27, location="Văn Yên"),
    F("và 4 cơ sở, còn lại", "4", 4, "count", "cơ sở", S_FINED, inherit(M9), total=27, location="Trấn Yên"),
    F("có 392 cơ sở", "392", 392, "count", "cơ sở", "cơ sở kinh doanh bi-a"),
    F("trên 1.100 bàn", "1.100", 1100, "count", "bàn", "bàn bi-a", approx="over"),
    F("167 điểm cung cấp", "167", 167, "count", "điểm", "điểm cung cấp dịch vụ trò chơi điện tử công cộng",
      change=change("decrease", 21, "điểm", "đầu năm")),
    F("có tới 35%", "35", 35, "percent", "%",
      "cơ sở bi-a nằm ở khu vực nông thôn, hoạt động tự phát, chưa đăng ký kinh doanh"),
    F("từ 25.000 đến 50.000 đồng/giờ", "25.000", 25000, "money", "đồng/giờ", "giá thuê bàn bi-a", value_max=50000),
    F("khoảng 6.000 đồng/giờ", "6.000", 6000, "money", "đồng/giờ", "giá truy cập internet", approx="about"),
    F("khoảng 90 lượt cơ sở", "90", 90, "count", "lượt cơ sở", "lượt cơ sở kiểm tra thêm", Q4,
      approx="about", status="forecast"),
    F("kiểm tra 400 lượt", "400", 400, "count", "lượt", "lượt cơ sở được kiểm tra cả năm", YR,
      percent=100, status="target"),
]

NOTES = [
    "Báo Yên Bái online (Thứ Ba, 15/10/2024 - 08:30), tag (YBĐT): 9-month 2024 inspections of billiards/internet.",
    "Headline '9 tháng' takes 2024 (the dateline). 318: 'đạt 79,5% kế hoạch năm' is its percent, 'tăng 12,4%' its change.",
    "District parts after 'trong đó' take the 27 fined establishments as total (not the 5,4 triệu per-unit amount",
    "that stands just before the cue). Not figures: Quốc lộ 32/70, Quyết định 1879/QĐ-UBND, byline 'Thanh Ba', 08:30.",
    "'phấn đấu cả năm kiểm tra 400 lượt, đạt 100% kế hoạch': target, percent 100, period 2024.",
]

write(8, TEXT, FIGS, NOTES, published="2024-10-15", location="Yên Bái")
