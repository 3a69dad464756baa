from lib import F, P, CH, TG, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Kinh tế hợp tác và Phát triển nông thôn
Trang chủ > Tin hoạt động > Ngành nghề nông thôn

Bảo tồn, phát triển làng nghề gắn với xây dựng nông thôn mới

Theo số liệu tổng hợp của Cục Kinh tế hợp tác và Phát triển nông thôn, cả nước hiện có 5.411 làng nghề và làng có nghề, trong đó 2.079 làng nghề, làng nghề truyền thống đã được UBND cấp tỉnh công nhận. Các làng nghề thu hút khoảng 11,2 triệu lao động, chiếm 21,5% lao động nông thôn; thu nhập bình quân của lao động làng nghề khoảng 6,2 triệu đồng/người/tháng.

Năm 2023, giá trị sản xuất của các làng nghề cả nước ước đạt trên 150 nghìn tỷ đồng. Kim ngạch xuất khẩu hàng thủ công mỹ nghệ năm 2023 đạt 2,45 tỷ USD, giảm 4,1% so với năm 2022; 9 tháng năm 2024 ước đạt 2,02 tỷ USD, tăng 12,6% so với cùng kỳ.

Các địa phương có nhiều làng nghề được công nhận là Hà Nội (343 làng), Thái Bình (243 làng), Nam Định (89 làng) và Ninh Bình (77 làng). Tuy nhiên, vẫn còn 47 làng nghề bị ô nhiễm môi trường nghiêm trọng; chỉ 12,7% làng nghề có hệ thống xử lý nước thải tập trung đạt quy chuẩn.

Theo Chương trình bảo tồn và phát triển làng nghề Việt Nam giai đoạn 2021-2030 ban hành kèm theo Quyết định số 801/QĐ-TTg, đến năm 2030 phấn đấu kim ngạch xuất khẩu hàng thủ công mỹ nghệ đạt 5 tỷ USD; 80% làng nghề truyền thống được bảo tồn và phát triển; 100% làng nghề đáp ứng các quy định về bảo vệ môi trường. Năm 2024, Bộ đặt mục tiêu hỗ trợ 1.000 sản phẩm làng nghề đạt chứng nhận OCOP 3 sao trở lên.

Bản quyền thuộc Cục Kinh tế hợp tác và PTNT - Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

T30 = P("đến năm 2030", None, "2030-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("có 5.411 làng nghề", "5.411", 5411, "count", "làng nghề", "làng nghề và làng có nghề"),
    F("đó 2.079 làng nghề", "2.079", 2079, "count", "làng nghề", "làng nghề, làng nghề truyền thống được công nhận", total=5411),
    F("khoảng 11,2 triệu lao động", "11,2", 11.2e6, "count", "lao động", "lao động làng nghề", approx="about", percent=21.5),
    F("khoảng 6,2 triệu đồng", "6,2", 6.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động làng nghề",
      approx="about"),
    F("trên 150 nghìn tỷ đồng", "150", 150e12, "money", "đồng", "giá trị sản xuất của các làng nghề cả nước", Y23,
      approx="over", status="estimate"),
    F("đạt 2,45 tỷ USD", "2,45", 2.45e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 4.1, "%", "năm 2022")),
    F("ước đạt 2,02 tỷ USD", "2,02", 2.02e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ",
      P("9 tháng năm 2024", "2024-01-01", "2024-09-30"), status="estimate", change=CH("increase", 12.6, "%", "cùng kỳ")),
    F("Hà Nội (343 làng)", "343", 343, "count", "làng", "làng nghề được công nhận", location="Hà Nội"),
    F("Thái Bình (243 làng)", "243", 243, "count", "làng", "làng nghề được công nhận", location="Thái Bình"),
    F("Nam Định (89 làng)", "89", 89, "count", "làng", "làng nghề được công nhận", location="Nam Định"),
    F("Ninh Bình (77 làng)", "77", 77, "count", "làng", "làng nghề được công nhận", location="Ninh Bình"),
    F("còn 47 làng nghề", "47", 47, "count", "làng nghề", "làng nghề bị ô nhiễm môi trường nghiêm trọng"),
    F("chỉ 12,7% làng nghề", "12,7", 12.7, "percent", "%", "làng nghề có hệ thống xử lý nước thải tập trung đạt quy chuẩn"),
    F("đạt 5 tỷ USD", "5", 5e9, "money", "USD", "kim ngạch xuất khẩu hàng thủ công mỹ nghệ", T30, status="target"),
    F("80% làng nghề", "80", 80, "percent", "%", "làng nghề truyền thống được bảo tồn và phát triển", T30, status="target"),
    F("100% làng nghề", "100", 100, "percent", "%", "làng nghề đáp ứng các quy định về bảo vệ môi trường", T30, status="target"),
    F("hỗ trợ 1.000 sản phẩm", "1.000", 1000, "count", "sản phẩm", "sản phẩm làng nghề được hỗ trợ đạt chứng nhận OCOP",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", optional=True),
]

COMMENTS = [
    "Ministry department site (Cục Kinh tế hợp tác và PTNT, Bộ NN&PTNT): national craft villages, labour, income, exports, polluted villages,",
    "and the targets of the 2021-2030 programme. No dateline anywhere (no published). Default location Việt Nam; provinces in the list → location.",
    "'trên 150 nghìn tỷ đồng' = 1,5·10¹⁴ (over, estimate). 2.079 after 'trong đó' → total 5.411. 11,2 triệu 'chiếm 21,5%' → percent.",
    "The 2,45 tỷ and 2,02 tỷ USD sentences each carry their own change. Targets after 'đến năm 2030 phấn đấu' share its status and period.",
    "'OCOP 3 sao trở lên' is a rating threshold (optional). 'giai đoạn 2021-2030', Quyết định số 801/QĐ-TTg, address 'Số 2 Ngọc Hà': not figures.",
    "'hiện có' gives no period.",
]

emit("p323-6", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
