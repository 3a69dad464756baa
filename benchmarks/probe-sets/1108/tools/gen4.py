"""p1108-4: ministry site (Cục Kiểm lâm, Bộ NN&PTNT) - national figures on wild birds."""
from lib import F, P, I, C, build

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC KIỂM LÂM
Trang chủ > Tin hoạt động
Tăng cường bảo vệ các loài chim hoang dã, chim di cư
Ngày đăng: 05/10/2023 | Lượt xem: 1.204

Theo Cục Kiểm lâm, Việt Nam đã ghi nhận hơn 900 loài chim, trong đó khoảng 100 loài đang bị đe dọa ở các mức độ khác nhau. Cả nước hiện có 9 khu Ramsar và 63 vùng chim quan trọng (IBA), là nơi dừng chân của hàng trăm nghìn cá thể chim di cư mỗi năm.

Năm 2022, lực lượng kiểm lâm cả nước phát hiện, xử lý 1.026 vụ vi phạm quy định về quản lý, bảo vệ động vật hoang dã, trong đó có 318 vụ liên quan đến chim, chiếm 31%. Các địa phương có số vụ vi phạm về chim nhiều nhất lần lượt là Hà Tĩnh (42 vụ), Nghệ An (37 vụ), Quảng Bình (29 vụ) và Thanh Hóa (25 vụ). Trong 9 tháng đầu năm 2023, các cơ quan chức năng đã cứu hộ, thả về tự nhiên trên 15.400 cá thể chim, gấp 1,4 lần cùng kỳ năm 2022; tháo dỡ gần 48 km lưới bẫy chim tại 21 tỉnh, thành phố. Tính đến 30/6/2023, cả nước có 1.862 cơ sở nuôi chim hoang dã được cấp mã số.

Tuy nhiên, tình trạng mua bán chim hoang dã qua mạng xã hội vẫn diễn biến phức tạp: từ đầu năm đến nay đã phát hiện 64 tài khoản rao bán chim trái phép, tăng 12,3% so với cùng kỳ.

Theo Kế hoạch hành động quốc gia về bảo tồn chim giai đoạn 2023-2030, mục tiêu đến năm 2030 có 100% khu bảo tồn đất ngập nước xây dựng chương trình giám sát chim định kỳ và giảm 50% số vụ săn bắt, bẫy bắt chim so với năm 2022. Cục Kiểm lâm đề nghị các địa phương thực hiện nghiêm Chỉ thị số 29/CT-TTg và Công văn số 1245/KL-BTTN, đồng thời công khai đường dây nóng 1800.1522 để tiếp nhận tin báo.

Cục Kiểm lâm - Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
M9 = P("Trong 9 tháng đầu năm 2023", "2023-01-01", "2023-09-30")
SINCE = P("từ đầu năm đến nay", "2023-01-01", "2023-10-05")
T30 = P("đến năm 2030", None, "2030-12-31")
VC = "vụ vi phạm về chim"

FIGS = [
    F("hơn 900 loài", "900", 900, "count", "loài", "loài chim đã ghi nhận", approx="over"),
    F("khoảng 100 loài", "100", 100, "count", "loài", "loài chim đang bị đe dọa", approx="about", total=900),
    F("có 9 khu Ramsar", "9", 9, "count", "khu Ramsar", "khu Ramsar"),
    F("và 63 vùng chim", "63", 63, "count", "vùng", "vùng chim quan trọng (IBA)"),
    F("hàng trăm nghìn cá thể", "hàng trăm nghìn", 100000, "count", "cá thể", "cá thể chim di cư dừng chân mỗi năm",
      approx="about", optional=True),
    F("xử lý 1.026 vụ", "1.026", 1026, "count", "vụ", "vụ vi phạm quy định về quản lý, bảo vệ động vật hoang dã", Y22),
    F("có 318 vụ", "318", 318, "count", "vụ", "vụ vi phạm liên quan đến chim", Y22, total=1026, percent=31),
    F("Hà Tĩnh (42 vụ)", "42", 42, "count", "vụ", VC, I(Y22), location="Hà Tĩnh"),
    F("Nghệ An (37 vụ)", "37", 37, "count", "vụ", VC, I(Y22), location="Nghệ An"),
    F("Quảng Bình (29 vụ)", "29", 29, "count", "vụ", VC, I(Y22), location="Quảng Bình"),
    F("Thanh Hóa (25 vụ)", "25", 25, "count", "vụ", VC, I(Y22), location="Thanh Hóa"),
    F("trên 15.400 cá thể", "15.400", 15400, "count", "cá thể", "cá thể chim được cứu hộ, thả về tự nhiên", M9,
      approx="over", change=C("increase", 1.4, "lần", "cùng kỳ năm 2022")),
    F("gần 48 km", "48", 48, "measure", "km", "lưới bẫy chim tháo dỡ", M9, approx="nearly"),
    F("tại 21 tỉnh", "21", 21, "count", "tỉnh, thành phố", "tỉnh, thành phố tháo dỡ lưới bẫy chim", M9),
    F("có 1.862 cơ sở", "1.862", 1862, "count", "cơ sở", "cơ sở nuôi chim hoang dã được cấp mã số",
      P("Tính đến 30/6/2023", None, "2023-06-30")),
    F("phát hiện 64 tài khoản", "64", 64, "count", "tài khoản", "tài khoản rao bán chim trái phép", SINCE,
      change=C("increase", 12.3, "%", "cùng kỳ")),
    F("có 100% khu", "100", 100, "percent", "%", "khu bảo tồn đất ngập nước xây dựng chương trình giám sát chim định kỳ", T30,
      status="target"),
    F("giảm 50% số vụ", "50", 50, "percent", "%", "giảm số vụ săn bắt, bẫy bắt chim so với năm 2022", T30, status="target"),
]

NOTES = [
    "Ministry site (Cục Kiểm lâm), Ngày đăng 05/10/2023. National figures: location Việt Nam; list items Hà Tĩnh ... are their own locations.",
    "'hàng trăm nghìn cá thể' is a vague number word: optional (value 10^5, about). 318 vụ after 'trong đó' -> total 1.026, 'chiếm 31%' -> percent.",
    "'gấp 1,4 lần cùng kỳ năm 2022' follows the count 15.400 and compares it with a baseline: the change of that figure (unit lần), not a multiple of its own.",
    "'từ đầu năm đến nay' ends at the dateline. Targets 'đến năm 2030' (start null). 'giảm 50% số vụ' has no base amount: percent, target.",
    "Distractors: Lượt xem 1.204, giai đoạn 2023-2030, Chỉ thị số 29/CT-TTg, Công văn số 1245/KL-BTTN, hotline 1800.1522, Số 2 Ngọc Hà.",
]

build("p1108-4", TEXT, FIGS, NOTES, published="2023-10-05", location="Việt Nam")
