from lib import F, P, I, C, T, emit

TEXT = """Trang chủ » Tin tức - Sự kiện » Giáo dục - Đào tạo

Hà Giang: Nâng cao chất lượng giáo dục ở các trường dân tộc nội trú, bán trú
Cập nhật: 12/08/2024 09:45 | Lượt xem: 1.207

(HGP) - Năm học 2023-2024, toàn tỉnh có 11 trường phổ thông dân tộc nội trú (PTDTNT) với 4.386 học sinh và 137 trường phổ thông dân tộc bán trú (PTDTBT) với 52.914 học sinh, trong đó học sinh bán trú là 31.470 em, chiếm 59,5%, tăng 1.215 em so với năm học trước.

Kết quả xếp loại cuối năm, tỷ lệ học sinh các trường PTDTNT có học lực khá, giỏi đạt 78,6%; 100% học sinh được xếp loại hạnh kiểm khá, tốt. Khối PTDTNT có 96 học sinh đạt giải học sinh giỏi cấp tỉnh (12 giải Nhất, 27 giải Nhì, 57 giải Ba).

Tại kỳ thi tốt nghiệp THPT năm 2024, tỷ lệ tốt nghiệp của học sinh khối PTDTNT đạt 99,4%, cao hơn 2,3 điểm phần trăm so với bình quân chung của tỉnh. Theo địa bàn, tỷ lệ này cao nhất ở các huyện Đồng Văn (99,8%), Quản Bạ (99,6%); thấp nhất là huyện Xín Mần (96,8%). Với kết quả trên, Hà Giang xếp thứ 5 trong 14 tỉnh trung du và miền núi phía Bắc về tỷ lệ tốt nghiệp khối PTDTNT.

Tính đến tháng 6/2024, đội ngũ giáo viên khối PTDTNT có 412 người, trong đó giáo viên là người dân tộc thiểu số 256 người, chiếm 62,1%.

Năm 2023, tổng kinh phí thực hiện chính sách hỗ trợ học sinh bán trú theo Nghị định số 116/2016/NĐ-CP là 187,6 tỷ đồng, tăng 6,2% so với năm 2022; riêng gạo hỗ trợ là 4.935 tấn. Nguồn vốn Chương trình mục tiêu quốc gia theo Quyết định số 1719/QĐ-TTg tiếp tục được ưu tiên cải tạo nhà ở, bếp ăn cho học sinh.

Năm học 2024-2025, tỉnh phấn đấu tỷ lệ học sinh chuyên cần đạt trên 98%, tỷ lệ tốt nghiệp THPT của khối PTDTNT đạt 100% và có ít nhất 30% học sinh trúng tuyển đại học, cao đẳng.

Đường dây nóng Sở GD&ĐT: 0219.3866.245
"""

NH = P("Năm học 2023-2024", "2023-09-01", "2024-05-31")
N24 = P("năm 2024", "2024-01-01", "2024-12-31")
N23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NH25 = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")
T6 = P("Tính đến tháng 6/2024", None, "2024-06-30")

FIGS = [
    F("có 11 trường", "11", 11, "count", "trường", "trường phổ thông dân tộc nội trú", NH),
    F("với 4.386 học sinh", "4.386", 4386, "count", "học sinh", "học sinh trường phổ thông dân tộc nội trú", NH),
    F("và 137 trường", "137", 137, "count", "trường", "trường phổ thông dân tộc bán trú", NH),
    F("với 52.914 học sinh", "52.914", 52914, "count", "học sinh", "học sinh trường phổ thông dân tộc bán trú", NH),
    F("là 31.470 em", "31.470", 31470, "count", "em", "học sinh bán trú", NH, total=52914, percent=59.5,
      change=C("increase", 1215, "em", "năm học trước")),
    F("giỏi đạt 78,6%", "78,6", 78.6, "percent", "%", "tỷ lệ học sinh các trường PTDTNT có học lực khá, giỏi", I(NH)),
    F("100% học sinh được xếp loại", "100", 100, "percent", "%", "học sinh được xếp loại hạnh kiểm khá, tốt", I(NH)),
    F("có 96 học sinh", "96", 96, "count", "học sinh", "học sinh khối PTDTNT đạt giải học sinh giỏi cấp tỉnh", I(NH)),
    F("(12 giải Nhất", "12", 12, "count", "giải Nhất", "học sinh đạt giải Nhất học sinh giỏi cấp tỉnh", I(NH), total=96),
    F("27 giải Nhì", "27", 27, "count", "giải Nhì", "học sinh đạt giải Nhì học sinh giỏi cấp tỉnh", I(NH), total=96),
    F("57 giải Ba", "57", 57, "count", "giải Ba", "học sinh đạt giải Ba học sinh giỏi cấp tỉnh", I(NH), total=96),
    F("đạt 99,4%", "99,4", 99.4, "percent", "%", "tỷ lệ tốt nghiệp THPT của học sinh khối PTDTNT", N24,
      change=C("increase", 2.3, "điểm phần trăm", "bình quân chung của tỉnh")),
    F("Đồng Văn (99,8%)", "99,8", 99.8, "percent", "%", "tỷ lệ tốt nghiệp THPT khối PTDTNT", I(N24), location="Đồng Văn"),
    F("Quản Bạ (99,6%)", "99,6", 99.6, "percent", "%", "tỷ lệ tốt nghiệp THPT khối PTDTNT", I(N24), location="Quản Bạ"),
    F("Xín Mần (96,8%)", "96,8", 96.8, "percent", "%", "tỷ lệ tốt nghiệp THPT khối PTDTNT", I(N24), location="Xín Mần"),
    F("xếp thứ 5", "5", 5, "rank", "hạng", "tỷ lệ tốt nghiệp khối PTDTNT", I(N24), total=14),
    F("trong 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh trung du và miền núi phía Bắc", optional=True),
    F("có 412 người", "412", 412, "count", "người", "giáo viên khối PTDTNT", T6),
    F("thiểu số 256 người", "256", 256, "count", "người", "giáo viên là người dân tộc thiểu số", T6,
      total=412, percent=62.1),
    F("là 187,6 tỷ đồng", "187,6", 187600000000, "money", "đồng",
      "tổng kinh phí thực hiện chính sách hỗ trợ học sinh bán trú", N23,
      change=C("increase", 6.2, "%", "năm 2022")),
    F("là 4.935 tấn", "4.935", 4935, "measure", "tấn", "gạo hỗ trợ", N23),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ học sinh chuyên cần", NH25, approx="over", status="target"),
    F("PTDTNT đạt 100%", "100", 100, "percent", "%", "tỷ lệ tốt nghiệp THPT của khối PTDTNT", NH25, status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "học sinh trúng tuyển đại học, cao đẳng", NH25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (province portal): boarding and semi-boarding schools, school year 2023-2024. 'Cập nhật:' dateline + view counter.",
    "Distractors: 'Lượt xem: 1.207', 'Nghị định số 116/2016/NĐ-CP', 'Quyết định số 1719/QĐ-TTg', hotline 0219.3866.245, dateline.",
    "School year read as 1 Sep - 31 May. 'tăng 1.215 em so với năm học trước' is the change of 31.470 em (same sentence).",
    "'(12 giải Nhất, 27 giải Nhì, 57 giải Ba)' adds up to 96: total 96. 'xếp thứ 5 trong 14 tỉnh': rank with total 14; '14 tỉnh' optional.",
    "'cao hơn 2,3 điểm phần trăm so với bình quân chung của tỉnh' is the change of 99,4%. Districts in the list are locations.",
]

emit("p390-1", TEXT, COMMENTS, FIGS, published="2024-08-12", location="Hà Giang")
