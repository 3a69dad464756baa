from lib import F, P, C, T, emit

TEXT = """Cẩm Giàng: Tỷ lệ hồ sơ trực tuyến cấp xã 9 tháng năm 2024 đạt 78,6%
Thứ Sáu, 04/10/2024 - 15:20

9 tháng năm 2024, Bộ phận Một cửa của 17 xã, thị trấn trên địa bàn huyện Cẩm Giàng đã tiếp nhận 24.815 hồ sơ thủ tục hành chính, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, 19.505 hồ sơ được nộp trực tuyến, đạt 78,6%; 5.310 hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính công ích.

Số hồ sơ đã giải quyết là 24.377 hồ sơ, trong đó giải quyết trước và đúng hạn 24.301 hồ sơ (đạt 99,69%), quá hạn 76 hồ sơ, chủ yếu thuộc lĩnh vực đất đai và chứng thực.

Đến 30/9, toàn huyện có 41.280 tài khoản định danh điện tử mức độ 2 được kích hoạt, bằng 73,2% số công dân thuộc diện cấp. Xã Cẩm Vũ, xã Lương Điền và thị trấn Lai Cách dẫn đầu với tỷ lệ kích hoạt lần lượt là 86,1%, 84,7% và 83,9%; thấp nhất là xã Cẩm Đông với 58,2%.

Việc thanh toán trực tuyến phí, lệ phí cũng có chuyển biến: 6.942 giao dịch được thanh toán qua Cổng Dịch vụ công quốc gia với tổng số tiền gần 1,18 tỷ đồng, gấp 2,3 lần cùng kỳ.

Huyện phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến cấp xã đạt từ 80 đến 85%, 100% cán bộ, công chức cấp xã sử dụng chữ ký số trong xử lý văn bản.

Mọi vướng mắc, người dân liên hệ Văn phòng HĐND và UBND huyện, số 25 đường Nguyễn Văn Trỗi, thị trấn Lai Cách; đường dây nóng 0220.3786.115.

Minh Châu (Văn phòng HĐND-UBND huyện)
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
ASOF = P("Đến 30/9", None, "2024-09-30")
ASOF_I = P("Đến 30/9", None, "2024-09-30", inh=True)
TGT = P("đến hết năm 2024", None, "2024-12-31")
RATE = "tỷ lệ kích hoạt tài khoản định danh điện tử"

FIGS = [
    F("cấp xã 9 tháng năm 2024 đạt 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", N9),
    F("17 xã, thị trấn", "17", 17, "count", "xã, thị trấn", optional=True),
    F("tiếp nhận 24.815 hồ sơ", "24.815", 24815, "count", "hồ sơ", "hồ sơ thủ tục hành chính tiếp nhận", N9,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("19.505 hồ sơ", "19.505", 19505, "count", "hồ sơ", "hồ sơ được nộp trực tuyến", N9_I, total=24815, percent=78.6),
    F("5.310 hồ sơ", "5.310", 5310, "count", "hồ sơ", "hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính công ích", N9_I,
      total=24815),
    F("là 24.377 hồ sơ", "24.377", 24377, "count", "hồ sơ", "hồ sơ đã giải quyết", N9_I),
    F("đúng hạn 24.301 hồ sơ", "24.301", 24301, "count", "hồ sơ", "hồ sơ giải quyết trước và đúng hạn", N9_I,
      total=24377, percent=99.69),
    F("quá hạn 76 hồ sơ", "76", 76, "count", "hồ sơ", "hồ sơ quá hạn", N9_I, total=24377),
    F("có 41.280 tài khoản", "41.280", 41280, "count", "tài khoản", "tài khoản định danh điện tử mức độ 2 được kích hoạt",
      ASOF, percent=73.2),
    F("là 86,1%", "86,1", 86.1, "percent", "%", RATE, ASOF_I),
    F("86,1%, 84,7%", "84,7", 84.7, "percent", "%", RATE, ASOF_I),
    F("và 83,9%", "83,9", 83.9, "percent", "%", RATE, ASOF_I),
    F("Cẩm Đông với 58,2%", "58,2", 58.2, "percent", "%", RATE, ASOF_I),
    F("6.942 giao dịch", "6.942", 6942, "count", "giao dịch", "giao dịch thanh toán trực tuyến phí, lệ phí", N9_I),
    F("gần 1,18 tỷ đồng", "1,18", 1180000000, "money", "đồng", "số tiền thanh toán trực tuyến phí, lệ phí", N9_I,
      approx="nearly", change=C("increase", 2.3, "lần", "cùng kỳ")),
    F("từ 80 đến 85%", "80", 80, "percent", "%", "tỷ lệ hồ sơ trực tuyến cấp xã", TGT, value_max=85, status="target"),
    F("85%, 100% cán bộ", "100", 100, "percent", "%", "cán bộ, công chức cấp xã sử dụng chữ ký số trong xử lý văn bản",
      TGT, status="target"),
]

COMMENTS = [
    "District portal (huyện Cẩm Giàng, Hải Dương): commune-level one-stop records and online filing, 9 months of 2024.",
    "Dateline 'Thứ Sáu, 04/10/2024 - 15:20'; byline at the end. Location: the district Cẩm Giàng for all figures (communes and the",
    "commune-level town Lai Cách are below district level, so their list items keep the district; subject = list indicator).",
    "Distractors: 'Bộ phận Một cửa' (a name: 'Một' is no figure), 'mức độ 2' (service level), 'số 25 đường …', hotline, '30/9'.",
    "'17 xã, thị trấn' is structure (optional). 'Trong đó' parts 19.505 / 5.310 take total 24.815; 24.301 / 76 take total 24.377.",
    "'Đến 30/9' has no year: 2024 from the title/first sentence; as-of period. 'gấp 2,3 lần cùng kỳ' is the change of 1,18 tỷ đồng.",
    "'lần lượt là 86,1%, 84,7% và 83,9%' are list items of one indicator. 'từ 80 đến 85%' is a target range.",
]

emit("p434-2", TEXT, COMMENTS, FIGS, published="2024-10-04", location="Cẩm Giàng")
