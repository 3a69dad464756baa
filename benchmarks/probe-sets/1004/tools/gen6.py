"""p1004-6: national newspaper, a record plate in TP HCM and the week's auctions (October 2024)."""
from lib import F, P, I, C, T, build

TEXT = """Thứ năm, 24/10/2024, 19:30 (GMT+7)

Biển số 51L-999.99 của TP HCM được trả 12,6 tỷ đồng

Biển ngũ quý 9 của TP HCM được trả 12,6 tỷ đồng trong phiên đấu giá trực tuyến sáng nay, cao nhất trong 1.540 biển số ô tô đưa ra đấu giá tuần này.

Theo Công ty Đấu giá hợp danh Việt Nam (VPA), biển số này có 12 người đăng ký tham gia, giá khởi điểm 40 triệu đồng, bước giá tối thiểu 5 triệu đồng. Sau 60 phút trả giá, người trúng phải nộp số tiền còn lại trong vòng 15 ngày.

Trong tuần từ 21/10 đến 25/10, VPA tổ chức đấu giá 1.540 biển số ô tô của 63 tỉnh, thành. Trong số này, 1.118 biển đã có người trúng với tổng số tiền hơn 183 tỷ đồng, bình quân khoảng 164 triệu đồng mỗi biển. Các biển số thông thường có giá trúng phổ biến 45-60 triệu đồng.

Tại Hà Nội, biển 30L-888.88 được trả 9,8 tỷ đồng; tại TP HCM, ngoài biển ngũ quý 9 còn 3 biển khác có giá trên 2 tỷ đồng.

Theo Cục Cảnh sát giao thông, từ tháng 9/2023 đến hết tháng 9/2024, cả nước đã đấu giá thành công 69.372 biển số, thu về khoảng 5.400 tỷ đồng. Riêng TP HCM chiếm gần 24% tổng số tiền.

Người trúng đấu giá không nộp đủ tiền trong thời hạn sẽ mất khoản tiền đặt trước bằng giá khởi điểm, biển số được đưa trở lại kho số để đấu giá lại. Từ tháng 9/2023 đến nay, khoảng 5.000 biển số đã phải đấu giá lại vì lý do này.

Gia Minh
"""

HCM = "TP Hồ Chí Minh"
WK = P("Trong tuần từ 21/10 đến 25/10", "2024-10-21", "2024-10-25")
Y = P("từ tháng 9/2023 đến hết tháng 9/2024", "2023-09-01", "2024-09-30")
FIGS = [
    F("HCM được trả 12,6 tỷ đồng\n", "12,6", 12.6e9, "money", "đồng", "giá trúng biển số 51L-999.99",
      location=HCM),
    F("HCM được trả 12,6 tỷ đồng trong", "12,6", 12.6e9, "money", "đồng", "giá trúng biển ngũ quý 9",
      location=HCM),
    F("trong 1.540 biển số", "1.540", 1540, "count", "biển số", "biển số ô tô đưa ra đấu giá tuần này"),
    F("có 12 người", "12", 12, "count", "người", "người đăng ký tham gia đấu giá biển số", location=HCM),
    F("khởi điểm 40 triệu đồng", "40", 40e6, "money", "đồng", "giá khởi điểm", location=HCM),
    F("tối thiểu 5 triệu đồng", "5", 5e6, "money", "đồng", "bước giá", approx="at_least", location=HCM),
    F("Sau 60 phút", "60", 60, "measure", "phút", "thời gian trả giá", optional=True),
    F("trong vòng 15 ngày", "15", 15, "measure", "ngày", "thời hạn nộp số tiền còn lại", optional=True),
    F("đấu giá 1.540 biển số", "1.540", 1540, "count", "biển số", "biển số ô tô đưa ra đấu giá", WK),
    F("của 63 tỉnh, thành", "63", 63, "count", "tỉnh, thành", "tỉnh, thành có biển số đưa ra đấu giá", WK),
    F("1.118 biển", "1.118", 1118, "count", "biển", "biển đã có người trúng", I(WK), total=1540),
    F("hơn 183 tỷ đồng", "183", 183e9, "money", "đồng", "tổng số tiền trúng đấu giá", I(WK), approx="over"),
    F("khoảng 164 triệu đồng", "164", 164e6, "money", "đồng/biển", "giá trúng bình quân", I(WK), approx="about"),
    F("phổ biến 45-60 triệu đồng", "45", 45e6, "money", "đồng", "giá trúng phổ biến của các biển số thông thường",
      I(WK), value_max=60e6),
    F("được trả 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "giá trúng biển 30L-888.88", location="Hà Nội"),
    F("còn 3 biển", "3", 3, "count", "biển", "biển có giá trên 2 tỷ đồng", location=HCM),
    F("trên 2 tỷ đồng", "2", 2e9, "money", "đồng", "giá trúng", approx="over", optional=True, location=HCM),
    F("công 69.372 biển số", "69.372", 69372, "count", "biển số", "biển số đấu giá thành công", Y),
    F("khoảng 5.400 tỷ đồng", "5.400", 5400e9, "money", "đồng", "số tiền thu về từ đấu giá biển số", Y,
      approx="about"),
    F("gần 24%", "24", 24, "percent", "%", "tỷ trọng của TP HCM trong tổng số tiền trúng đấu giá", I(Y),
      approx="nearly", location=HCM),
    F("khoảng 5.000 biển số", "5.000", 5000, "count", "biển số", "biển số phải đấu giá lại",
      P("Từ tháng 9/2023 đến nay", "2023-09-01", "2024-10-24"), approx="about"),
]

NOTES = [
    "National newspaper: 'Thứ năm, 24/10/2024, 19:30 (GMT+7)', byline at the end. A record plate in TP HCM and the week's auctions.",
    "The headline and the lead both state 12,6 tỷ: each mention is a figure. Plate numbers 51L-999.99 and 30L-888.88 and 'ngũ quý 9'",
    "are not figures. 'tuần này', 'sáng nay' give no dated period; the week 21/10-25/10 takes 2024 from the dateline.",
    "Places: the plate's own figures (12 người, giá khởi điểm, bước giá) are TP HCM; the week's 1.540 plates of 63 provinces and the",
    "C08 totals are Việt Nam. 'Sau 60 phút', 'trong vòng 15 ngày' are rules of the auction (optional). 'bước giá tối thiểu' is at_least.",
    "'164 triệu đồng mỗi biển' is a per-plate amount (unit đồng/biển). 'Trong số này, 1.118 biển' takes the 1.540 as total.",
]

build("p1004-6", TEXT, FIGS, NOTES, published="2024-10-24", location="Việt Nam")
