from lib import F, P, C, T, write

TEXT = """Bắc Giang: Đối thoại để giải quyết dứt điểm khiếu nại về đất đai
BBG - Thu Hương | 06:45, 08/11/2024

(BGĐT) - Từ đầu năm đến nay, Chủ tịch và các Phó Chủ tịch UBND tỉnh đã tổ chức 23 buổi đối thoại với 412 lượt người dân có khiếu nại liên quan đến thu hồi đất, bồi thường, giải phóng mặt bằng, tăng 7 buổi so với cùng kỳ năm 2023. Qua đối thoại, 15/23 vụ việc đã được thống nhất phương án giải quyết; 4 vụ công dân tự nguyện rút đơn.

Tại các địa phương, UBND cấp huyện đã tổ chức 96 cuộc đối thoại, trong đó nhiều nhất là huyện Lục Ngạn (14 cuộc), thành phố Bắc Giang (12 cuộc) và thị xã Việt Yên (11 cuộc). Nhiều buổi đối thoại kéo dài từ 3 đến 4 giờ, được tổ chức ngay tại nhà văn hóa thôn để người dân tiện tham dự.

Trong số 58 vụ việc khiếu nại phức tạp, kéo dài được rà soát theo Kế hoạch 363 của Thanh tra Chính phủ, đến nay tỉnh đã giải quyết dứt điểm 49 vụ, đạt 84,5%; còn 9 vụ đang tiếp tục xem xét.

Năm 2024, tỉnh giao chỉ tiêu thu hồi đất cho 312 dự án với tổng diện tích khoảng 1.540 ha; đến cuối tháng 10 đã thu hồi được 1.126 ha, đạt 73,1% kế hoạch. Tổng kinh phí bồi thường, hỗ trợ đã chi trả ước đạt 3.950 tỷ đồng, tăng 18,6% so với cùng kỳ. Giá bồi thường đất nông nghiệp trồng cây hằng năm bình quân khoảng 115 nghìn đồng/m2.

Ông Nguyễn Văn Khánh, Phó Chánh Thanh tra tỉnh cho biết, đối thoại là khâu quan trọng, giúp nhiều vụ việc được giải quyết ngay từ cơ sở. Tỉnh phấn đấu đến hết năm 2024 giải quyết đạt trên 90% số vụ việc khiếu nại thuộc thẩm quyền; giai đoạn 2021-2025 không để phát sinh khiếu nại đông người, vượt cấp.

Thu Hương
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-11-08", inherited=True)
NOW = P("đến nay", None, "2024-11-08")
OCT = P("đến cuối tháng 10", None, "2024-10-31")

FIGS = [
    F("tổ chức 23 buổi", "23", 23, "count", "buổi", "buổi đối thoại của Chủ tịch và các Phó Chủ tịch UBND tỉnh",
      period=YTD, change=C("increase", 7, "buổi", "cùng kỳ năm 2023")),
    F("với 412 lượt", "412", 412, "count", "lượt người dân", "lượt người dân có khiếu nại được đối thoại", period=YTD),
    F("15/23 vụ việc", "15", 15, "count", "vụ việc", "vụ việc được thống nhất phương án giải quyết qua đối thoại",
      total=23, period=YTDi),
    F("4 vụ công dân", "4", 4, "count", "vụ", "vụ công dân tự nguyện rút đơn", period=YTDi),
    F("tổ chức 96 cuộc", "96", 96, "count", "cuộc", "cuộc đối thoại UBND cấp huyện tổ chức", period=YTDi),
    F("Lục Ngạn (14 cuộc)", "14", 14, "count", "cuộc", "cuộc đối thoại UBND cấp huyện tổ chức", total=96,
      location="Lục Ngạn", period=YTDi),
    F("Bắc Giang (12 cuộc)", "12", 12, "count", "cuộc", "cuộc đối thoại UBND cấp huyện tổ chức", total=96,
      location="thành phố Bắc Giang", period=YTDi),
    F("Việt Yên (11 cuộc)", "11", 11, "count", "cuộc", "cuộc đối thoại UBND cấp huyện tổ chức", total=96,
      location="Việt Yên", period=YTDi),
    F("từ 3 đến 4 giờ", "3", 3, "measure", "giờ", "thời lượng buổi đối thoại", value_max=4, optional=True),
    F("Trong số 58 vụ việc", "58", 58, "count", "vụ việc", "vụ việc khiếu nại phức tạp, kéo dài được rà soát"),
    F("dứt điểm 49 vụ", "49", 49, "count", "vụ", "vụ việc khiếu nại phức tạp, kéo dài đã giải quyết dứt điểm",
      total=58, percent=84.5, period=NOW),
    F("còn 9 vụ", "9", 9, "count", "vụ", "vụ việc đang tiếp tục xem xét", total=58, period=NOW),
    F("cho 312 dự án", "312", 312, "count", "dự án", "dự án được giao chỉ tiêu thu hồi đất", status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 1.540 ha", "1.540", 1540, "measure", "ha", "tổng diện tích giao chỉ tiêu thu hồi đất", approx="about",
      status="target", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("được 1.126 ha", "1.126", 1126, "measure", "ha", "diện tích đất đã thu hồi", percent=73.1, period=OCT),
    F("ước đạt 3.950 tỷ đồng", "3.950", 3950e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ đã chi trả",
      status="estimate", change=C("increase", 18.6, "%", "cùng kỳ"),
      period=P("đến cuối tháng 10", None, "2024-10-31", inherited=True)),
    F("khoảng 115 nghìn đồng/m2", "115", 115000, "money", "đồng/m2",
      "giá bồi thường đất nông nghiệp trồng cây hằng năm bình quân", approx="about"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ giải quyết vụ việc khiếu nại thuộc thẩm quyền",
      approx="over", status="target", period=P("đến hết năm 2024", None, "2024-12-31")),
]

COMMENTS = [
    "Party newspaper (Báo Bắc Giang, BGĐT): dialogue sessions on land complaints. Byline + '06:45, 08/11/2024' dateline.",
    "'Từ đầu năm đến nay' = 2024-01-01 … 2024-11-08 (dateline), inherited by the next sentences of the first two paragraphs.",
    "'tăng 7 buổi so với cùng kỳ năm 2023' is the change (unit buổi) of 23 buổi. '15/23 vụ việc' total 23.",
    "District list after 'trong đó nhiều nhất là' → total 96, location per item ('thành phố Bắc Giang' is the city, not the province).",
    "'Trong số 58 …, đến nay … 49 vụ, đạt 84,5%; còn 9 vụ' → both parts total 58, 'đến nay' as-of the dateline; 58 has no period of its own.",
    "'giao chỉ tiêu thu hồi đất cho 312 dự án … khoảng 1.540 ha' are plan figures (status target); '1.126 ha, đạt 73,1% kế hoạch' percent 73.1.",
    "'ước đạt' estimate; '115 nghìn đồng/m2' money rate. '3 đến 4 giờ' (length of meetings) optional. 'Kế hoạch 363' is a name.",
    "Distractors: 'Kế hoạch 363', 'giai đoạn 2021-2025' (period of a figureless target), dateline, person's name.",
]

write("p435-4", TEXT, FIGS, COMMENTS, published="2024-11-08", location="Bắc Giang")
