from lib import F, P, build

TEXT = """BÁO QUẢNG NINH
Kinh tế › Công nghiệp

Ngành Than quyết liệt kiềm chế tai nạn lao động

Theo Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (TKV), từ đầu năm đến nay, các đơn vị ngành Than trên địa bàn tỉnh để xảy ra 6 vụ tai nạn lao động (TNLĐ) nghiêm trọng làm chết 7 người. Riêng quý III/2024 xảy ra 2 vụ, làm 3 người chết tại Công ty Than Hạ Long và Công ty Than Quang Hanh.

Năm 2023, Quảng Ninh đứng thứ 3 cả nước về số người chết do TNLĐ trong khu vực có quan hệ lao động với 35 người, trong đó ngành Than chiếm gần một nửa. Trong 3 năm 2021-2023, số người chết do TNLĐ của các đơn vị thuộc TKV trên địa bàn tỉnh lần lượt là 14, 11 và 9 người.

Giai đoạn 2021-2025, ngành Than Quảng Ninh đặt mục tiêu giảm bình quân 5%/năm số vụ TNLĐ nặng, không để xảy ra sự cố đặc biệt nghiêm trọng. Chi phí khắc phục hậu quả, bồi thường, trợ cấp cho gia đình nạn nhân trong 9 tháng năm 2024 ước khoảng 8,5 tỷ đồng; số ngày công lao động bị mất hơn 1.900 ngày.

Trong quý III/2024, Sở Công Thương phối hợp Sở Lao động - Thương binh và Xã hội kiểm tra công tác an toàn, vệ sinh lao động tại 12/24 đơn vị khai thác than hầm lò, phát hiện 37 lỗi vi phạm, xử phạt 4 đơn vị với tổng số tiền 385 triệu đồng. Đáng chú ý, vụ sập lò tại lò chợ 11-2 mức -175 Công ty Than Hạ Long ngày 16/8 khiến 2 thợ lò tử vong.

Theo Quyết định số 2092/QĐ-TKV, năm 2025 các đơn vị ngành Than trên địa bàn tỉnh phấn đấu 100% người lao động được huấn luyện ATVSLĐ trước khi vào lò và đầu tư khoảng 1.200 tỷ đồng cho cơ giới hóa, tự động hóa trong khai thác hầm lò.

Thu Hằng
14/10/2024
"""

YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("xảy ra 6 vụ", "6", 6, "count", "vụ", "vụ tai nạn lao động nghiêm trọng ngành Than", YTD),
    F("làm chết 7 người", "7", 7, "count", "người", "người chết do TNLĐ ngành Than", YTD),
    F("xảy ra 2 vụ", "2", 2, "count", "vụ", "vụ TNLĐ ngành Than", Q3),
    F("làm 3 người chết", "3", 3, "count", "người", "người chết do TNLĐ ngành Than", Q3),
    F("đứng thứ 3 cả nước", "3", 3, "rank", "hạng",
      "số người chết do TNLĐ trong khu vực có quan hệ lao động", Y23),
    F("với 35 người", "35", 35, "count", "người", "người chết do TNLĐ trong khu vực có quan hệ lao động", Y23),
    F("gần một nửa", "một nửa", 50, "percent", "%", "tỷ lệ người chết do TNLĐ ngành Than", Y23,
      approx="nearly", optional=True),
    F("lần lượt là 14,", "14", 14, "count", "người", "người chết do TNLĐ của các đơn vị thuộc TKV trên địa bàn tỉnh",
      P("năm 2021", "2021-01-01", "2021-12-31")),
    F("14, 11 và", "11", 11, "count", "người", "người chết do TNLĐ của các đơn vị thuộc TKV trên địa bàn tỉnh",
      P("năm 2022", "2022-01-01", "2022-12-31")),
    F("11 và 9 người", "9", 9, "count", "người", "người chết do TNLĐ của các đơn vị thuộc TKV trên địa bàn tỉnh",
      P("năm 2023", "2023-01-01", "2023-12-31")),
    F("bình quân 5%/năm", "5", 5, "percent", "%", "giảm số vụ TNLĐ nặng",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("ước khoảng 8,5 tỷ đồng", "8,5", 8.5e9, "money", "đồng",
      "chi phí khắc phục hậu quả, bồi thường, trợ cấp cho gia đình nạn nhân",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), approx="about", status="estimate"),
    F("hơn 1.900 ngày", "1.900", 1900, "measure", "ngày", "số ngày công lao động bị mất",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), approx="over", status="estimate"),
    F("tại 12/24 đơn vị", "12", 12, "count", "đơn vị", "đơn vị khai thác than hầm lò được kiểm tra", Q3, total=24),
    F("phát hiện 37 lỗi", "37", 37, "count", "lỗi vi phạm", "lỗi vi phạm", Q3),
    F("xử phạt 4 đơn vị", "4", 4, "count", "đơn vị", "đơn vị bị xử phạt", Q3),
    F("tiền 385 triệu đồng", "385", 385e6, "money", "đồng", "tổng số tiền xử phạt", Q3),
    F("khiến 2 thợ lò", "2", 2, "count", "thợ lò", "thợ lò tử vong",
      P("ngày 16/8", "2024-08-16", "2024-08-16"), optional=True),
    F("phấn đấu 100%", "100", 100, "percent", "%", "người lao động được huấn luyện ATVSLĐ trước khi vào lò", Y25,
      status="target"),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "đầu tư cho cơ giới hóa, tự động hóa trong khai thác hầm lò",
      Y25, approx="about", status="target"),
]

COMMENTS = [
    "Báo Quảng Ninh (Party newspaper); bare date '14/10/2024' at the end after the byline = published. Default location Quảng Ninh.",
    "'từ đầu năm đến nay' runs to the published date. All figures concern the coal units 'trên địa bàn tỉnh': Quảng Ninh.",
    "'lần lượt là 14, 11 và 9 người' over 'Trong 3 năm 2021-2023': each item takes its own year. 'Trong 3 năm' is a duration (not a figure).",
    "'gần một nửa' share in words: optional. 'khiến 2 thợ lò tử vong' (a single incident, inside the quarter's count): optional.",
    "'ước khoảng 8,5 tỷ' estimate+about; the continuing clause 'hơn 1.900 ngày' shares the estimate. '12/24 đơn vị' total 24.",
    "Distractors: 'lò chợ 11-2 mức -175' (names of a longwall and a mine level), 'ngày 16/8', 'Quyết định số 2092/QĐ-TKV', 'quý III/2024'.",
]

build(8, TEXT, COMMENTS, FIGS, published="2024-10-14", location="Quảng Ninh")
