from lib import F, P, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Tin tức - Sự kiện

Văn Lâm: Kiểm soát ô nhiễm nước trên hệ thống thủy lợi Bắc Hưng Hải

Trong tháng 8/2024, Phòng Tài nguyên và Môi trường huyện phối hợp Trung tâm Quan trắc tài nguyên và môi trường tỉnh lấy 24 mẫu nước tại 8 vị trí trên sông Bắc Hưng Hải, kênh Đình Dù và mương tiêu các xã Minh Hải, Chỉ Đạo, Lạc Đạo. Kết quả có 15/24 mẫu có ít nhất một thông số vượt QCVN 08:2023/BTNMT, chiếm 62,5%.

Trong đó, hàm lượng COD tại cống Như Quỳnh dao động từ 42 đến 68 mg/l; hàm lượng amoni từ 2,4 đến 5,1 mg/l. Nguyên nhân chủ yếu do nước thải của khoảng 1.200 hộ tái chế nhựa, nhôm ở làng nghề Minh Khai chưa qua xử lý, với lượng thải ước khoảng 3.500 m3/ngày đêm.

Tính đến 31/8, huyện đã kiểm tra 14 cơ sở sản xuất, lập biên bản 9 cơ sở vi phạm, đề nghị UBND tỉnh xử phạt tổng số tiền 680 triệu đồng; 100% cơ sở vi phạm đã khắc phục hoặc cam kết khắc phục trong thời hạn 30 ngày.

Năm 2024, huyện được phân bổ 12,5 tỷ đồng từ nguồn sự nghiệp môi trường, trong đó 4,8 tỷ đồng dành cho nạo vét kênh mương, chiếm 38,4%. Hiện lượng chất thải rắn sinh hoạt phát sinh trên địa bàn khoảng 85 tấn/ngày. Quý IV/2024, huyện phấn đấu tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đạt 95%, đồng thời hoàn thành lắp đặt 2 trạm quan trắc nước tự động tại cống Như Quỳnh và cống Lực Điền.

Mọi thông tin phản ánh xin gửi về Phòng Tài nguyên và Môi trường, tầng 3, nhà B, Trung tâm hành chính huyện; điện thoại 0221.3985.236.

Minh Thu (Phòng VH&TT huyện) - 12/09/2024
"""

M8 = P("tháng 8/2024", "2024-08-01", "2024-08-31")
M8i = P("tháng 8/2024", "2024-08-01", "2024-08-31", inh=True)
AS = P("Tính đến 31/8", None, "2024-08-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("lấy 24 mẫu", "24", 24, "count", "mẫu", "mẫu nước", M8),
    F("tại 8 vị trí", "8", 8, "count", "vị trí", "vị trí lấy mẫu", M8),
    F("có 15/24 mẫu", "15", 15, "count", "mẫu", "mẫu có ít nhất một thông số vượt QCVN", M8i,
      total=24, percent=62.5),
    F("từ 42 đến 68 mg/l", "42", 42, "measure", "mg/l", "hàm lượng COD tại cống Như Quỳnh", M8i, value_max=68),
    F("từ 2,4 đến 5,1 mg/l", "2,4", 2.4, "measure", "mg/l", "hàm lượng amoni", M8i, value_max=5.1),
    F("khoảng 1.200 hộ", "1.200", 1200, "count", "hộ", "hộ tái chế nhựa, nhôm ở làng nghề Minh Khai", approx="about"),
    F("khoảng 3.500 m3", "3.500", 3500, "measure", "m3/ngày đêm", "lượng thải", approx="about", status="estimate"),
    F("kiểm tra 14 cơ sở", "14", 14, "count", "cơ sở", "cơ sở sản xuất được kiểm tra", AS),
    F("biên bản 9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở vi phạm bị lập biên bản", AS),
    F("tiền 680 triệu đồng", "680", 680000000, "money", "đồng", "tổng số tiền đề nghị xử phạt", AS),
    F("; 100% cơ sở", "100", 100, "percent", "%", "cơ sở vi phạm đã khắc phục hoặc cam kết khắc phục", AS),
    F("thời hạn 30 ngày", "30", 30, "measure", "ngày", "thời hạn khắc phục", optional=True),
    F("phân bổ 12,5 tỷ đồng", "12,5", 12500000000, "money", "đồng", "kinh phí từ nguồn sự nghiệp môi trường", Y24),
    F("trong đó 4,8 tỷ đồng", "4,8", 4800000000, "money", "đồng", "kinh phí nạo vét kênh mương", Y24,
      total=12500000000, percent=38.4),
    F("khoảng 85 tấn/ngày", "85", 85, "measure", "tấn/ngày", "lượng chất thải rắn sinh hoạt phát sinh", approx="about"),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt", Q4, status="target"),
    F("lắp đặt 2 trạm", "2", 2, "count", "trạm", "trạm quan trắc nước tự động", Q4, status="target"),
]

COMMENTS = [
    "District portal (huyện Văn Lâm, Hưng Yên): water monitoring on the Bắc Hưng Hải system in tháng 8/2024, craft-village wastewater, inspections, budget, Q4 targets.",
    "No dateline at the top; the byline line ends with the bare date '12/09/2024' (published). Distractors: QCVN 08:2023/BTNMT, 'tầng 3, nhà B', phone 0221.3985.236,",
    "commune names (Minh Hải, Chỉ Đạo, Lạc Đạo, làng nghề Minh Khai), 'cống Như Quỳnh'. Communes are below district level, so location stays Văn Lâm.",
    "'15/24 mẫu …, chiếm 62,5%' → total 24, percent 62,5. The following 'Trong đó,' introduces concentrations, not parts of a count: no totals there.",
    "'Tính đến 31/8' (no year) takes 2024 from 'tháng 8/2024': as-of period ending 2024-08-31; it governs all clauses of that sentence. 'thời hạn 30 ngày' (deadline): optional.",
    "'12,5 tỷ đồng …, trong đó 4,8 tỷ đồng …, chiếm 38,4%' → total + percent. 'Hiện … khoảng 85 tấn/ngày' actual, no period. 'Quý IV/2024, … phấn đấu … 95%, … 2 trạm' → targets.",
]

emit("p359-6", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Văn Lâm")
