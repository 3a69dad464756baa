"""p1004-5: provincial Party newspaper (Báo Quảng Ninh), first two months of auctions, autumn 2023."""
from lib import F, P, I, C, T, build

TEXT = """Đấu giá biển số ô tô: Sức hút từ những "biển đẹp"

Sau hơn 2 tháng triển khai đấu giá biển số xe ô tô theo Nghị định số 39/2023/NĐ-CP, Quảng Ninh là một trong những địa phương có tỷ lệ đấu giá thành công cao.

Theo Phòng Cảnh sát giao thông Công an tỉnh, từ ngày 15/9 đến ngày 15/11/2023, tỉnh có 612 biển số được đưa ra đấu giá, trong đó 268 biển số đấu giá thành công với tổng số tiền khoảng 52,4 tỷ đồng. Phần lớn các biển trúng đấu giá có giá từ 40 đến 200 triệu đồng.

Biển số 14A-888.88 được trả 5,2 tỷ đồng, cao nhất tỉnh từ trước đến nay. Mức giá này gấp 130 lần giá khởi điểm. Ngoài ra, các biển 14A-999.99 và 14A-686.86 lần lượt được trả 3,15 tỷ đồng và 1,36 tỷ đồng.

Tuy vậy, đến nay có 19 trường hợp trúng đấu giá nhưng không nộp tiền, trong đó có 3 biển số trúng với giá trên 1 tỷ đồng. Theo quy định, các trường hợp này bị mất khoản tiền đặt trước và biển số được đưa trở lại kho số để đấu giá lại.

Tính đến ngày 15/11/2023, số tiền đã nộp ngân sách nhà nước đạt 47,9 tỷ đồng, chiếm 91,4% tổng số tiền trúng đấu giá. Anh Nguyễn Văn Tám, ở phường Bãi Cháy, TP Hạ Long, cho biết sẽ tiếp tục theo dõi các phiên đấu giá tới để chọn được biển số ưng ý.

Dự kiến trong tháng 12, Công an tỉnh tiếp tục đưa ra đấu giá khoảng 350 biển số mới; mục tiêu đến hết năm 2023, tổng số tiền trúng đấu giá của tỉnh đạt trên 70 tỷ đồng.

Thu Hà
20/11/2023
"""

W = P("từ ngày 15/9 đến ngày 15/11/2023", "2023-09-15", "2023-11-15")
NOW = P("đến nay", None, "2023-11-20")
FIGS = [
    F("có 612 biển số", "612", 612, "count", "biển số", "biển số được đưa ra đấu giá", W),
    F("trong đó 268 biển số", "268", 268, "count", "biển số", "biển số đấu giá thành công", W, total=612),
    F("khoảng 52,4 tỷ đồng", "52,4", 52.4e9, "money", "đồng", "tổng số tiền trúng đấu giá", W, approx="about"),
    F("từ 40 đến 200 triệu đồng", "40", 40e6, "money", "đồng", "giá trúng của phần lớn các biển", I(W),
      value_max=200e6),
    F("được trả 5,2 tỷ đồng", "5,2", 5.2e9, "money", "đồng", "giá trúng cao nhất tỉnh", I(W)),
    F("gấp 130 lần", "130", 130, "multiple", "lần", "mức giá trúng so với giá khởi điểm", I(W)),
    F("được trả 3,15 tỷ đồng", "3,15", 3.15e9, "money", "đồng", "giá được trả", I(W)),
    F("và 1,36 tỷ đồng", "1,36", 1.36e9, "money", "đồng", "giá được trả", I(W)),
    F("có 19 trường hợp", "19", 19, "count", "trường hợp", "trường hợp trúng đấu giá nhưng không nộp tiền", NOW),
    F("có 3 biển số", "3", 3, "count", "biển số", "biển số trúng với giá trên 1 tỷ đồng không nộp tiền", NOW,
      total=19),
    F("trên 1 tỷ đồng", "1", 1e9, "money", "đồng", "giá trúng", approx="over", optional=True),
    F("đạt 47,9 tỷ đồng", "47,9", 47.9e9, "money", "đồng", "số tiền đã nộp ngân sách nhà nước",
      P("Tính đến ngày 15/11/2023", None, "2023-11-15"), percent=91.4),
    F("khoảng 350 biển số", "350", 350, "count", "biển số", "biển số mới đưa ra đấu giá",
      P("tháng 12", "2023-12-01", "2023-12-31"), approx="about", status="forecast"),
    F("trên 70 tỷ đồng", "70", 70e9, "money", "đồng", "tổng số tiền trúng đấu giá của tỉnh",
      P("đến hết năm 2023", None, "2023-12-31"), approx="over", status="target"),
]

NOTES = [
    "Báo Quảng Ninh style: first two months of car-plate auctions (15/9-15/11/2023). Byline 'Thu Hà' and bare date 20/11/2023 at the end.",
    "'Sau hơn 2 tháng triển khai' is a duration that locates, not a figure; plates 14A-888.88, 14A-999.99, 14A-686.86 and the",
    "name 'Nguyễn Văn Tám' are not figures. 'Mức giá này gấp 130 lần giá khởi điểm' stands as its own sentence: a multiple.",
    "'đến nay' ends at the date under the byline; 'đến hết năm 2023' (target) is null..2023-12-31. 'trên 1 tỷ đồng' is a price class (optional).",
    "The list 'lần lượt được trả 3,15 tỷ đồng và 1,36 tỷ đồng' shares 'được trả' (giá trúng). All figures Quảng Ninh.",
]

build("p1004-5", TEXT, FIGS, NOTES, published="2023-11-20", location="Quảng Ninh")
