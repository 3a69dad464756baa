from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Nghệ An: Tỷ lệ gia súc, gia cầm được kiểm soát giết mổ đạt 71,4%

Cập nhật: 18/07/2024 08:30 | Lượt xem: 1.892

Theo Chi cục Chăn nuôi và Thú y Nghệ An, 6 tháng đầu năm 2024, toàn tỉnh có 2.145 cơ sở, điểm giết mổ gia súc, gia cầm đang hoạt động, giảm 96 cơ sở so với cuối năm 2023. Trong đó, có 14 cơ sở giết mổ tập trung và 2.131 điểm giết mổ nhỏ lẻ, chủ yếu nằm trong khu dân cư.

Số gia súc, gia cầm được kiểm soát giết mổ đạt hơn 3,62 triệu con, tăng 8,3% so với cùng kỳ năm 2023; trong đó lợn 412.600 con, trâu bò 38.750 con, gia cầm khoảng 3,16 triệu con. Tỷ lệ gia súc, gia cầm được kiểm soát giết mổ toàn tỉnh đạt 71,4%, cao hơn 3,2% so với cùng kỳ (chỉ tiêu năm 2024 là 80%).

Một số địa phương có tỷ lệ kiểm soát giết mổ cao như thành phố Vinh (96,5%), thị xã Cửa Lò (92,8%), huyện Diễn Châu (85,1%); thấp nhất là hai huyện miền núi Kỳ Sơn, Tương Dương với tỷ lệ lần lượt 18,6% và 22,4%.

Thực hiện Thông tư số 09/2016/TT-BNNPTNT, lực lượng thú y đã kiểm tra 326 lượt cơ sở, phát hiện 57 trường hợp vi phạm, xử phạt vi phạm hành chính 412,5 triệu đồng; tiêu hủy gần 1.860 kg thịt và sản phẩm động vật không rõ nguồn gốc. Riêng trên tuyến Quốc lộ 1A và Quốc lộ 7, Trạm Kiểm dịch động vật số 2 đã phát hiện 9 xe chở gia súc không có giấy chứng nhận kiểm dịch.

Mục tiêu đến năm 2025, tỉnh phấn đấu 100% huyện, thành phố, thị xã có cơ sở giết mổ tập trung; tỷ lệ gia súc, gia cầm được kiểm soát giết mổ đạt từ 85 đến 90%.

Mọi thông tin phản ánh xin liên hệ Chi cục Chăn nuôi và Thú y, số 6 đường Trường Thi, TP Vinh, điện thoại 0238.3844.571.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = I(H1)
T25 = P("đến năm 2025", None, "2025-12-31")
RATE = "tỷ lệ gia súc, gia cầm được kiểm soát giết mổ"
RATE_D = "tỷ lệ kiểm soát giết mổ"

FIGS = [
    F("giết mổ đạt 71,4%\n", "71,4", 71.4, "percent", "%", RATE, H1i),
    F("có 2.145 cơ sở", "2.145", 2145, "count", "cơ sở, điểm giết mổ",
      "cơ sở, điểm giết mổ gia súc, gia cầm đang hoạt động", H1,
      change=CH("decrease", 96, "cơ sở", "cuối năm 2023")),
    F("có 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở giết mổ tập trung", H1i, total=2145),
    F("và 2.131 điểm", "2.131", 2131, "count", "điểm giết mổ", "điểm giết mổ nhỏ lẻ", H1i, total=2145),
    F("hơn 3,62 triệu con", "3,62", 3620000, "count", "con", "gia súc, gia cầm được kiểm soát giết mổ", H1i,
      approx="over", change=CH("increase", 8.3, "%", "cùng kỳ năm 2023")),
    F("lợn 412.600 con", "412.600", 412600, "count", "con", "lợn được kiểm soát giết mổ", H1i, total=3620000),
    F("bò 38.750 con", "38.750", 38750, "count", "con", "trâu bò được kiểm soát giết mổ", H1i, total=3620000),
    F("khoảng 3,16 triệu con", "3,16", 3160000, "count", "con", "gia cầm được kiểm soát giết mổ", H1i,
      approx="about", total=3620000),
    F("toàn tỉnh đạt 71,4%", "71,4", 71.4, "percent", "%", RATE, H1i,
      change=CH("increase", 3.2, "%", "cùng kỳ"), target=T(80, "%")),
    F("Vinh (96,5%)", "96,5", 96.5, "percent", "%", RATE_D, H1i, location="Vinh"),
    F("Cửa Lò (92,8%)", "92,8", 92.8, "percent", "%", RATE_D, H1i, location="Cửa Lò"),
    F("Diễn Châu (85,1%)", "85,1", 85.1, "percent", "%", RATE_D, H1i, location="Diễn Châu"),
    F("hai huyện miền núi", "hai", 2, "count", "huyện", "huyện miền núi có tỷ lệ kiểm soát giết mổ thấp nhất", H1i,
      optional=True),
    F("lần lượt 18,6%", "18,6", 18.6, "percent", "%", RATE_D, H1i, location="Kỳ Sơn"),
    F("và 22,4%", "22,4", 22.4, "percent", "%", RATE_D, H1i, location="Tương Dương"),
    F("kiểm tra 326 lượt", "326", 326, "count", "lượt", "lượt kiểm tra cơ sở", H1i),
    F("phát hiện 57 trường hợp", "57", 57, "count", "trường hợp", "trường hợp vi phạm", H1i),
    F("hành chính 412,5 triệu đồng", "412,5", 412500000, "money", "đồng", "tiền xử phạt vi phạm hành chính", H1i),
    F("gần 1.860 kg", "1.860", 1860, "measure", "kg",
      "thịt và sản phẩm động vật không rõ nguồn gốc bị tiêu hủy", H1i, approx="nearly"),
    F("phát hiện 9 xe", "9", 9, "count", "xe", "xe chở gia súc không có giấy chứng nhận kiểm dịch", H1i),
    F("phấn đấu 100% huyện", "100", 100, "percent", "%", "huyện, thành phố, thị xã có cơ sở giết mổ tập trung", T25,
      status="target"),
    F("từ 85 đến 90%", "85", 85, "percent", "%", RATE, T25, value_max=90, status="target"),
]

COMMENTS = [
    "Nghệ An provincial portal: kiểm soát giết mổ 6 tháng đầu năm 2024 (cơ sở/điểm giết mổ, con được kiểm soát, tỷ lệ by district, xử phạt, tiêu hủy, 2025 targets).",
    "Headline 71,4% repeats the body figure (both annotated). 'giảm 96 cơ sở so với cuối năm 2023' is the change of 2.145. 14 + 2.131 = 2.145 after 'Trong đó'.",
    "3,62 triệu con whole with parts after 'trong đó'. (chỉ tiêu năm 2024 là 80%) is the target of 71,4%. District items take their district as location.",
    "'hai huyện miền núi Kỳ Sơn, Tương Dương' (a count that only introduces the named districts) is optional, as 'ba chợ đầu mối' in p633-6 (added after the first run).",
    "Distractors: breadcrumb, Cập nhật date/time, Lượt xem: 1.892, Thông tư số 09/2016/TT-BNNPTNT, Quốc lộ 1A, Quốc lộ 7, Trạm ... số 2, số 6 đường Trường Thi, phone 0238.3844.571.",
]

emit("p633-1", TEXT, COMMENTS, FIGS, published="2024-07-18", location="Nghệ An")
