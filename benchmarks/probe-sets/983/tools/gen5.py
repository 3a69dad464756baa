"""p983-5: Party/provincial newspaper (Báo Sơn La style), smart radio in highland villages; byline + bare date at the end."""
from lib import F, period, change, write

TEXT = """Truyền thanh thông minh "phủ sóng" bản vùng cao

Những năm gần đây, hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông đã trở thành kênh thông tin thiết yếu của đồng bào các dân tộc ở Sơn La.

Năm 2024, toàn tỉnh có 204 xã, phường, thị trấn có đài truyền thanh; trong đó 139 đài đã chuyển sang ứng dụng công nghệ thông tin - viễn thông, tăng 31 đài so với năm 2023. Bên cạnh tiếng phổ thông, nhiều đài phát thêm bản tin bằng tiếng Thái, tiếng Mông; riêng năm 2024 có khoảng 2.600 bản tin tiếng dân tộc được phát sóng. Số bản tin này gấp 1,6 lần năm trước.

Tại huyện Mộc Châu, 15/15 xã, thị trấn đã có đài truyền thanh ứng dụng CNTT-VT với 286 cụm loa. Ông Lò Văn Hai, Chủ tịch UBND xã Chiềng Hắc cho biết, trước đây đài hữu tuyến của xã có gần 9 km dây dẫn, thường xuyên hư hỏng; nay xã lắp 14 cụm loa không dây, mỗi cụm chi phí khoảng 26 triệu đồng, người dân ở 100% bản đều nghe được thông tin. "Cán bộ xã có thể soạn tin trên điện thoại rồi phát ngay, không phải chờ đến giờ phát sóng cố định", ông Hai nói.

Theo kế hoạch của Sở Thông tin và Truyền thông, năm 2025, tỉnh phấn đấu có thêm 40 đài ứng dụng CNTT-VT, nâng tỷ lệ lên trên 87%; tổng kinh phí dự kiến khoảng 28 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030. Cùng với đó, tỉnh sẽ đào tạo kỹ năng biên tập tin, bài cho 204 cán bộ phụ trách đài cấp xã.

QUÀNG HƯƠNG
18/03/2025
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("có 204 xã", "204", 204, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có đài truyền thanh", period=Y24),
    F("trong đó 139 đài", "139", 139, "count", "đài", "đài ứng dụng công nghệ thông tin - viễn thông", total=204,
      change=change("increase", 31, "đài", "năm 2023"), period=Y24),
    F("khoảng 2.600 bản tin", "2.600", 2600, "count", "bản tin", "bản tin tiếng dân tộc được phát sóng", approx="about",
      period=period("năm 2024", "2024-01-01", "2024-12-31")),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần", "số bản tin tiếng dân tộc so với năm trước",
      period=period("năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    F("15/15 xã", "15", 15, "count", "xã, thị trấn", "xã, thị trấn có đài truyền thanh ứng dụng CNTT-VT", total=15, location="Mộc Châu"),
    F("với 286 cụm loa", "286", 286, "count", "cụm loa", "cụm loa của các đài truyền thanh ứng dụng CNTT-VT", location="Mộc Châu"),
    F("gần 9 km", "9", 9, "measure", "km", "dây dẫn đài hữu tuyến của xã", approx="nearly", location="Mộc Châu"),
    F("lắp 14 cụm loa", "14", 14, "count", "cụm loa", "cụm loa không dây xã lắp", location="Mộc Châu"),
    F("khoảng 26 triệu đồng", "26", 26e6, "money", "đồng/cụm", "chi phí mỗi cụm loa", approx="about", location="Mộc Châu"),
    F("ở 100% bản", "100", 100, "percent", "%", "bản nghe được thông tin", location="Mộc Châu"),
    F("thêm 40 đài", "40", 40, "count", "đài", "đài ứng dụng CNTT-VT có thêm", status="target", period=Y25),
    F("trên 87%", "87", 87, "percent", "%", "tỷ lệ đài ứng dụng CNTT-VT", approx="over", status="target", period=Y25),
    F("khoảng 28 tỷ đồng", "28", 28e9, "money", "đồng", "tổng kinh phí", approx="about", status="forecast", period=Y25),
    F("cho 204 cán bộ", "204", 204, "count", "cán bộ", "cán bộ phụ trách đài cấp xã được đào tạo kỹ năng biên tập tin, bài",
      status="target", period=period("năm 2025", "2025-01-01", "2025-12-31", inherited=True)),
]

NOTES = [
    "Provincial Party newspaper style (Sơn La): commune radio using ICT in 2024, ethnic-language bulletins, Mộc Châu example, 2025 plan.",
    "Byline QUÀNG HƯƠNG and the bare date 18/03/2025 at the end give published. The Chiềng Hắc commune figures take the district Mộc Châu.",
    "'tăng 31 đài so với năm 2023' is the change of 139 đài. 'Số bản tin này gấp 1,6 lần năm trước' stands as its own sentence: a multiple.",
    "'mỗi cụm chi phí khoảng 26 triệu đồng' is a per-unit amount (đồng/cụm). 'Cùng với đó, tỉnh sẽ đào tạo ...' continues the plan",
    "('Theo kế hoạch ..., tỉnh phấn đấu'), so 204 cán bộ is a target; 28 tỷ has its own cue 'dự kiến' (forecast).",
    "Distractors: Lò Văn Hai / ông Hai (number word in a name), giai đoạn 2021-2030, the bare date at the end.",
]

write("p983-5", TEXT, FIGS, NOTES, published="2025-03-18", location="Sơn La")
