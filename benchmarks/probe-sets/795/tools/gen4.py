"""p795-4: ministry site (Cục Chăn nuôi), national cattle markets and quarantine, 9 tháng 2023."""
from lib import F, P, I, C, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
CỤC CHĂN NUÔI
Trang chủ / Tin tức / Tin hoạt động
Siết chặt quản lý chợ gia súc và kiểm dịch vận chuyển trâu, bò
Ngày đăng: 16/10/2023 | Lượt xem: 1.127

Theo số liệu tổng hợp của Cục Chăn nuôi, tính đến 30/9/2023, cả nước có 312 chợ gia súc đang hoạt động, trong đó 58 chợ đầu mối cấp vùng và cấp tỉnh. Các địa phương có nhiều chợ nhất lần lượt là Hà Giang (29 chợ), Nghệ An (24 chợ), Thanh Hóa (21 chợ) và Sơn La (18 chợ).

9 tháng năm 2023, cơ quan thú y các vùng và địa phương đã kiểm dịch vận chuyển ra khỏi tỉnh gần 2,35 triệu con trâu, bò, tăng 6,2% so với cùng kỳ năm 2022; trong đó bò chiếm khoảng 81%. Nhập khẩu bò sống ước đạt 186.400 con, chủ yếu từ Australia (chiếm 72,5%) và Thái Lan, giảm 11,8% so với cùng kỳ do giá bò trong nước xuống thấp.

Trong quý III/2023, giá bò hơi bình quân cả nước dao động 68.000-73.000 đồng/kg, thấp hơn 8.000-10.000 đồng/kg so với cùng kỳ; giá trâu hơi khoảng 70.000 đồng/kg. Giá bò thịt tại các chợ phía Bắc thấp hơn phía Nam khoảng 3.000 đồng/kg.

Tổng đàn bò cả nước đến cuối tháng 9 ước đạt 6,35 triệu con, đàn trâu khoảng 2,21 triệu con. Theo Chiến lược phát triển chăn nuôi giai đoạn 2021-2030, đến năm 2030 đàn bò đạt khoảng 8 triệu con, tỷ lệ gia súc, gia cầm được giết mổ tập trung đạt trên 70%.

Cục Chăn nuôi đề nghị các địa phương thực hiện nghiêm Luật Chăn nuôi năm 2018 và Thông tư số 25/2016/TT-BNNPTNT, bảo đảm 100% chợ đầu mối có khu kiểm dịch, khử trùng tiêu độc.

CỤC CHĂN NUÔI - Địa chỉ: số 14 Thụy Khuê, Tây Hồ, Hà Nội - Điện thoại: 024.3734.5443
"""

ASOF = P("tính đến 30/9/2023", None, "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = P("quý III/2023", "2023-07-01", "2023-09-30")
END9 = P("đến cuối tháng 9", None, "2023-09-30")
Y30 = P("đến năm 2030", None, "2030-12-31")
LIST = "chợ gia súc đang hoạt động"

FIGS = [
    F("có 312 chợ", "312", 312, "count", "chợ", "chợ gia súc đang hoạt động", ASOF),
    F("trong đó 58 chợ", "58", 58, "count", "chợ", "chợ đầu mối cấp vùng và cấp tỉnh", ASOF, total=312),
    F("(29 chợ)", "29", 29, "count", "chợ", LIST, I(ASOF), location="Hà Giang"),
    F("(24 chợ)", "24", 24, "count", "chợ", LIST, I(ASOF), location="Nghệ An"),
    F("(21 chợ)", "21", 21, "count", "chợ", LIST, I(ASOF), location="Thanh Hóa"),
    F("(18 chợ)", "18", 18, "count", "chợ", LIST, I(ASOF), location="Sơn La"),
    F("gần 2,35 triệu", "2,35", 2350000, "count", "con", "trâu, bò được kiểm dịch vận chuyển ra khỏi tỉnh", M9,
      approx="nearly", change=C("increase", 6.2, baseline="cùng kỳ năm 2022")),
    F("khoảng 81%", "81", 81, "percent", "%", "tỷ trọng bò trong số trâu, bò được kiểm dịch vận chuyển", M9,
      approx="about"),
    F("186.400 con", "186.400", 186400, "count", "con", "bò sống nhập khẩu", I(M9), status="estimate",
      change=C("decrease", 11.8, baseline="cùng kỳ")),
    F("(chiếm 72,5%)", "72,5", 72.5, "percent", "%", "tỷ trọng bò sống nhập khẩu từ Australia", I(M9)),
    F("68.000-73.000", "68.000", 68000, "money", "đồng/kg", "giá bò hơi bình quân cả nước", Q3, value_max=73000,
      change=C("decrease", 8000, "đồng/kg", "cùng kỳ")),
    F("khoảng 70.000", "70.000", 70000, "money", "đồng/kg", "giá trâu hơi", Q3, approx="about"),
    F("khoảng 3.000", "3.000", 3000, "money", "đồng/kg", "mức giá bò thịt tại các chợ phía Bắc thấp hơn phía Nam",
      approx="about"),
    F("6,35 triệu", "6,35", 6350000, "count", "con", "tổng đàn bò cả nước", END9, status="estimate"),
    F("khoảng 2,21 triệu", "2,21", 2210000, "count", "con", "đàn trâu", END9, approx="about", status="estimate"),
    F("khoảng 8 triệu", "8", 8000000, "count", "con", "đàn bò", Y30, approx="about", status="target"),
    F("đạt trên 70%", "70", 70, "percent", "%", "tỷ lệ gia súc, gia cầm được giết mổ tập trung", Y30, approx="over",
      status="target"),
    F("bảo đảm 100%", "100", 100, "percent", "%", "chợ đầu mối có khu kiểm dịch, khử trùng tiêu độc", status="target"),
]

COMMENTS = [
    "Cục Chăn nuôi (Bộ NN&PTNT) news page, 16/10/2023: national cattle markets, quarantine of moved cattle, imports, prices, herd.",
    "National figures: location Việt Nam; the ranking list 'lần lượt là Hà Giang (29 chợ) ...' gives each item its province (no total: not a breakdown).",
    "'trong đó bò chiếm khoảng 81%' has no base amount of its own: a percent figure. '(chiếm 72,5%)' is Australia's share (its own verb: actual, not estimate);",
    "the change 'giảm 11,8%' attaches across the bracket to 186.400 con. 'thấp hơn 8.000-10.000 đồng/kg' is the change of the price range (first value).",
    "The North-South price gap 3.000 đồng/kg is a figure (no base amount). 'bảo đảm 100% chợ đầu mối' is a required level: target.",
    "Distractors: Lượt xem 1.127, giai đoạn 2021-2030, Luật Chăn nuôi năm 2018, Thông tư số 25/2016/TT-BNNPTNT, số 14 Thụy Khuê, phone.",
]

write("p795-4", TEXT, FIGS, COMMENTS, published="2023-10-16", location="Việt Nam")
