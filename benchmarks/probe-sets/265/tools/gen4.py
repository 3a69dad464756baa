from lib import F, P, Y, C, emit

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ > Tin tức > Lâm nghiệp

Xuất khẩu mây, tre, cói và thảm 9 tháng năm 2024 đạt trên 724 triệu USD

Theo số liệu thống kê của Tổng cục Hải quan, 9 tháng năm 2024, kim ngạch xuất khẩu sản phẩm mây, tre, cói và thảm của Việt Nam đạt 724,6 triệu USD, tăng 21,8% so với cùng kỳ năm 2023. Riêng tháng 9/2024 đạt 83,2 triệu USD, giảm 4,1% so với tháng 8/2024 nhưng tăng 17,5% so với tháng 9/2023.

Hoa Kỳ tiếp tục là thị trường lớn nhất với 243,5 triệu USD, chiếm 33,6% tổng kim ngạch; tiếp đến là Nhật Bản 98,7 triệu USD, Đức 61,2 triệu USD và Anh 40,8 triệu USD.

Về cơ cấu mặt hàng, sản phẩm mây, tre đạt 352,4 triệu USD, tăng 24,3%; sản phẩm cói đạt 128,9 triệu USD; thảm đạt 101,5 triệu USD, giảm 2,7%.

Theo Cục Kinh tế hợp tác và Phát triển nông thôn, cả nước hiện có 5.411 làng nghề, trong đó 893 làng nghề mây tre đan, chiếm 16,5%, thu hút khoảng 350.000 lao động. Hà Nội dẫn đầu với 78 làng nghề mây tre đan, tiếp theo là Thái Bình (54 làng) và Ninh Bình (41 làng).

Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030, tầm nhìn đến năm 2050 được phê duyệt tại Quyết định số 523/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ. Theo đó, đến năm 2030 kim ngạch xuất khẩu đồ gỗ và lâm sản đạt 25 tỷ USD, trong đó lâm sản ngoài gỗ đạt 2 tỷ USD.

Để đạt mục tiêu, Bộ đề nghị các địa phương quy hoạch vùng nguyên liệu mây, tre tập trung, hỗ trợ doanh nghiệp đáp ứng quy định của Liên minh châu Âu về chống phá rừng (EUDR).

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3843.8813
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
SEP = P("tháng 9/2024", "2024-09-01", "2024-09-30")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("đạt trên 724 triệu USD", "724", 724e6, "money", "USD", "xuất khẩu mây, tre, cói và thảm", M9, approx="over"),
    F("đạt 724,6 triệu USD", "724,6", 724.6e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm mây, tre, cói và thảm", M9,
      change=C("increase", 21.8, "%", "cùng kỳ năm 2023")),
    F("đạt 83,2 triệu USD", "83,2", 83.2e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm mây, tre, cói và thảm", SEP,
      change=C("decrease", 4.1, "%", "tháng 8/2024")),
    F("tăng 17,5%", "17,5", 17.5, "percent", "%", "kim ngạch xuất khẩu tháng 9/2024 so với tháng 9/2023", SEP, optional=True),
    F("với 243,5 triệu USD", "243,5", 243.5e6, "money", "USD", "kim ngạch xuất khẩu sang Hoa Kỳ", M9I, percent=33.6),
    F("Nhật Bản 98,7 triệu USD", "98,7", 98.7e6, "money", "USD", "kim ngạch xuất khẩu sang Nhật Bản", M9I),
    F("Đức 61,2 triệu USD", "61,2", 61.2e6, "money", "USD", "kim ngạch xuất khẩu sang Đức", M9I),
    F("Anh 40,8 triệu USD", "40,8", 40.8e6, "money", "USD", "kim ngạch xuất khẩu sang Anh", M9I),
    F("đạt 352,4 triệu USD", "352,4", 352.4e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm mây, tre", M9I,
      change=C("increase", 24.3)),
    F("đạt 128,9 triệu USD", "128,9", 128.9e6, "money", "USD", "kim ngạch xuất khẩu sản phẩm cói", M9I),
    F("đạt 101,5 triệu USD", "101,5", 101.5e6, "money", "USD", "kim ngạch xuất khẩu thảm", M9I,
      change=C("decrease", 2.7)),
    F("có 5.411 làng nghề", "5.411", 5411, "count", "làng nghề", "làng nghề"),
    F("trong đó 893 làng", "893", 893, "count", "làng nghề mây tre đan", "làng nghề mây tre đan", total=5411, percent=16.5),
    F("khoảng 350.000 lao động", "350.000", 350000, "count", "lao động", "lao động làng nghề mây tre đan", approx="about"),
    F("với 78 làng", "78", 78, "count", "làng nghề mây tre đan", "làng nghề mây tre đan", location="Hà Nội"),
    F("(54 làng)", "54", 54, "count", "làng", "làng nghề mây tre đan", location="Thái Bình"),
    F("(41 làng)", "41", 41, "count", "làng", "làng nghề mây tre đan", location="Ninh Bình"),
    F("đạt 25 tỷ USD", "25", 25e9, "money", "USD", "kim ngạch xuất khẩu đồ gỗ và lâm sản", T30, status="target"),
    F("đạt 2 tỷ USD", "2", 2e9, "money", "USD", "kim ngạch xuất khẩu lâm sản ngoài gỗ", T30, status="target", total=25e9),
]

COMMENTS = [
    "Ministry site (Bộ NN&PTNT), no dateline at all: exports of rattan, bamboo, sedge and carpets 9 months 2024 by market and product; craft villages; 2030 targets.",
    "Distractors: Quyết định số 523/QĐ-TTg ngày 01/4/2021, 'giai đoạn 2021-2030, tầm nhìn đến năm 2050' (in the preceding sentence), address 'Số 2 Ngọc Hà', phone, breadcrumb.",
    "Title figure takes '9 tháng năm 2024' from its own line. 'tăng 17,5% so với tháng 9/2023' is the second change of 83,2 triệu USD: optional percent figure.",
    "Markets are trade partners: location Việt Nam, the partner stays in the subject (as shared h26). 'chiếm 33,6% tổng kim ngạch' is the percent of 243,5 triệu (no total number stated).",
    "Market and product lists inherit '9 tháng năm 2024' (inherited). '893 làng' after 'trong đó': total 5411, percent 16,5. Provinces in the village list are locations.",
    "'đến năm 2030 ... đạt 25 tỷ USD, trong đó lâm sản ngoài gỗ đạt 2 tỷ USD': both targets, 2 tỷ has total 25 tỷ.",
]

if __name__ == "__main__":
    emit("p265-4", TEXT, COMMENTS, FIGS, published=None, location="Việt Nam")
