from lib import F, P, I, C, T, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN - CỤC THÚ Y
Trang chủ » Tin tức » Dịch bệnh động vật
Tình hình bệnh lở mồm long móng và công tác tiêm phòng 8 tháng năm 2024
Ngày đăng: 22/08/2024 | Lượt xem: 734

Theo Cục Thú y, từ đầu năm 2024 đến ngày 15/8/2024, cả nước xảy ra 38 ổ dịch lở mồm long móng (LMLM) tại 26 huyện của 12 tỉnh, làm 1.246 con gia súc mắc bệnh, 103 con chết và tiêu hủy. So với cùng kỳ năm 2023, số ổ dịch giảm 24%, số gia súc mắc bệnh giảm 31,6%. Riêng quý II/2024 phát sinh 15 ổ dịch, chiếm 39,5% tổng số ổ dịch.

Các địa phương có nhiều ổ dịch là Cao Bằng (7 ổ dịch), Điện Biên (6 ổ dịch), Nghệ An (5 ổ dịch) và Quảng Trị (4 ổ dịch). Hiện cả nước còn 9 ổ dịch chưa qua 21 ngày.

Về tiêm phòng, 6 tháng đầu năm 2024 các địa phương đã tiêm khoảng 5,3 triệu liều vắc xin LMLM, đạt tỷ lệ bao phủ 71,2% tổng đàn trâu, bò, lợn trong diện tiêm. Từ nguồn dự trữ quốc gia, Bộ đã hỗ trợ 1,2 triệu liều vắc xin cho 19 tỉnh vùng biên giới và vùng khó khăn, trị giá gần 46 tỷ đồng.

Theo Chương trình quốc gia phòng, chống bệnh LMLM giai đoạn 2021-2025 ban hành kèm Quyết định số 172/QĐ-TTg, đến năm 2025 cả nước có 50 cơ sở, vùng an toàn dịch bệnh LMLM được công nhận và tỷ lệ tiêm phòng đạt trên 80% tổng đàn thuộc diện tiêm. Hiện các doanh nghiệp trong nước sản xuất vắc xin LMLM với công suất khoảng 30 triệu liều/năm, đáp ứng khoảng 40% nhu cầu.

Cục Thú y đề nghị các địa phương thực hiện nghiêm Công điện số 27/CĐ-BNN-TY, tổ chức tiêm phòng đợt 2 năm 2024 từ tháng 9 và tiêu độc khử trùng ít nhất 1 lần/tuần tại khu vực có dịch.

Cục Thú y - Số 15 ngõ 78 đường Giải Phóng, Đống Đa, Hà Nội. ĐT: 024.3869.6788
"""

NOTES = [
    "Cục Thú y (Bộ NN&PTNT), ministry site: national LMLM situation from the start of 2024 to 15/8/2024, vaccination H1/2024, programme targets.",
    "Distractors: '8 tháng năm 2024' (headline period), 'Ngày đăng', 'Lượt xem: 734', 'giai đoạn 2021-2025', 'Quyết định số 172/QĐ-TTg',",
    "'Công điện số 27/CĐ-BNN-TY', 'đợt 2 năm 2024', 'từ tháng 9', address 'Số 15 ngõ 78 đường Giải Phóng', phone 024.3869.6788.",
    "'số ổ dịch giảm 24%' (a rate with its base in the previous sentence) is a percent figure without change. The province list is a",
    "ranking (does not add up to 38): no total. '21 ngày' (a threshold) and 'ít nhất 1 lần/tuần' (a directive) are optional. 'chiếm 39,5% tổng số ổ dịch' is the share of the quý II outbreaks (15).",
    "'Theo Chương trình ..., đến năm 2025 cả nước có 50 cơ sở' is a target. 'đáp ứng khoảng 40% nhu cầu' is the share stated for the",
    "30 triệu liều/năm capacity (its percent attribute), not a figure of its own.",
]

ytd = P("từ đầu năm 2024 đến ngày 15/8/2024", "2024-01-01", "2024-08-15")
h1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
t25 = P("đến năm 2025", end="2025-12-31")

FIGS = [
    F("xảy ra 38 ổ dịch", "38", 38, "count", "ổ dịch", "ổ dịch lở mồm long móng", ytd),
    F("tại 26 huyện", "26", 26, "count", "huyện", "huyện có ổ dịch LMLM", ytd),
    F("của 12 tỉnh", "12", 12, "count", "tỉnh", "tỉnh có ổ dịch LMLM", ytd),
    F("làm 1.246 con", "1.246", 1246, "count", "con", "gia súc mắc bệnh LMLM", ytd),
    F("103 con chết", "103", 103, "count", "con", "gia súc chết và tiêu hủy", ytd),
    F("giảm 24%", "24", 24, "percent", "%", "số ổ dịch", I(ytd)),
    F("giảm 31,6%", "31,6", 31.6, "percent", "%", "số gia súc mắc bệnh", I(ytd)),
    F("phát sinh 15 ổ dịch", "15", 15, "count", "ổ dịch", "ổ dịch LMLM phát sinh",
      P("quý II/2024", "2024-04-01", "2024-06-30"), percent=39.5),
    F("Cao Bằng (7 ổ dịch)", "7", 7, "count", "ổ dịch", "ổ dịch LMLM", I(ytd), location="Cao Bằng"),
    F("Điện Biên (6 ổ dịch)", "6", 6, "count", "ổ dịch", "ổ dịch LMLM", I(ytd), location="Điện Biên"),
    F("Nghệ An (5 ổ dịch)", "5", 5, "count", "ổ dịch", "ổ dịch LMLM", I(ytd), location="Nghệ An"),
    F("Quảng Trị (4 ổ dịch)", "4", 4, "count", "ổ dịch", "ổ dịch LMLM", I(ytd), location="Quảng Trị"),
    F("còn 9 ổ dịch", "9", 9, "count", "ổ dịch", "ổ dịch LMLM chưa qua 21 ngày"),
    F("chưa qua 21 ngày", "21", 21, "measure", "ngày", optional=True),
    F("khoảng 5,3 triệu liều", "5,3", 5300000, "count", "liều", "liều vắc xin LMLM đã tiêm", h1, approx="about", percent=71.2),
    F("hỗ trợ 1,2 triệu liều", "1,2", 1200000, "count", "liều", "liều vắc xin hỗ trợ từ nguồn dự trữ quốc gia"),
    F("cho 19 tỉnh", "19", 19, "count", "tỉnh", "tỉnh vùng biên giới và vùng khó khăn được hỗ trợ vắc xin"),
    F("gần 46 tỷ đồng", "46", 46000000000, "money", "đồng", "trị giá vắc xin hỗ trợ", approx="nearly"),
    F("có 50 cơ sở", "50", 50, "count", "cơ sở, vùng", "cơ sở, vùng an toàn dịch bệnh LMLM được công nhận", t25, status="target"),
    F("trên 80% tổng đàn", "80", 80, "percent", "%", "tỷ lệ tiêm phòng LMLM", t25, approx="over", status="target"),
    F("khoảng 30 triệu liều/năm", "30", 30000000, "measure", "liều/năm", "công suất sản xuất vắc xin LMLM của doanh nghiệp trong nước",
      approx="about", percent=40),
    F("ít nhất 1 lần/tuần", "1", 1, "measure", "lần/tuần", "tần suất tiêu độc khử trùng tại khu vực có dịch", approx="at_least", optional=True),
]

write("p969-4", TEXT, NOTES, FIGS, published="2024-08-22", location="Việt Nam")
