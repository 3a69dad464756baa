"""p836-1: Nam Định province portal, H1/2024 yarn output, exports, spinning firms, 2024 targets."""
from lib import F, P, I, C, write

TEXT = """Cổng thông tin điện tử tỉnh Nam Định
Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Sản lượng sợi 6 tháng tăng 12,4%
Cập nhật: 08/07/2024 09:15 | Lượt xem: 2.316

Theo báo cáo của Sở Công Thương, 6 tháng đầu năm 2024, sản lượng sợi các loại trên địa bàn tỉnh ước đạt 41.850 tấn, tăng 12,4% so với cùng kỳ năm 2023 và bằng 48,6% kế hoạch năm. Trong đó, sợi cotton chải kỹ đạt 17.300 tấn, chiếm 41,3%; sợi polyester và sợi pha đạt khoảng 24.550 tấn. Giá trị sản xuất ngành kéo sợi ước đạt 5.920 tỷ đồng, chiếm khoảng 14% giá trị sản xuất công nghiệp toàn tỉnh. Kim ngạch xuất khẩu xơ, sợi đạt 118,7 triệu USD, tăng 9,8%; các thị trường chính là Trung Quốc, Hàn Quốc và Thổ Nhĩ Kỳ.

Tính đến 30/6/2024, toàn tỉnh có 27 doanh nghiệp kéo sợi với tổng công suất khoảng 95.000 tấn/năm và hơn 1,2 triệu cọc sợi; trong đó 9 doanh nghiệp có vốn đầu tư nước ngoài. Các khu công nghiệp Hòa Xá, Bảo Minh và Mỹ Trung tập trung 19 nhà máy, thu hút 14.600 lao động với thu nhập bình quân 8,9 triệu đồng/người/tháng. Nhiều nhà máy dọc Quốc lộ 10 và Quốc lộ 21 đã đầu tư máy kéo sợi tự động, giảm từ 20 đến 25% lao động trên mỗi dây chuyền.

Năm 2024, tỉnh phấn đấu sản lượng sợi đạt 86.000 tấn, kim ngạch xuất khẩu xơ, sợi đạt 250 triệu USD. Nhà máy sợi Xuân Kiên giai đoạn 2 dự kiến vận hành trong quý III, nâng công suất thêm 18.000 tấn/năm và tạo việc làm cho khoảng 1.100 lao động. Tỉnh tiếp tục thực hiện Nghị định số 111/2015/NĐ-CP về phát triển công nghiệp hỗ trợ và Kế hoạch số 95/KH-UBND của UBND tỉnh, ưu tiên thu hút các dự án dệt nhuộm có công nghệ xử lý nước thải hiện đại.

Phòng Thông tin - Sở Công Thương
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
FIGS = [
    F("Sản lượng sợi 6 tháng tăng 12,4%", "12,4", 12.4, "percent", "%", "sản lượng sợi tăng",
      P("6 tháng", "2024-01-01", "2024-06-30")),
    F("ước đạt 41.850 tấn", "41.850", 41850, "measure", "tấn", "sản lượng sợi các loại", H1,
      percent=48.6, change=C("increase", 12.4, baseline="cùng kỳ năm 2023"), status="estimate"),
    F("chải kỹ đạt 17.300 tấn", "17.300", 17300, "measure", "tấn", "sợi cotton chải kỹ", I(H1),
      total=41850, percent=41.3, status="estimate"),
    F("khoảng 24.550 tấn", "24.550", 24550, "measure", "tấn", "sợi polyester và sợi pha", I(H1),
      approx="about", total=41850, status="estimate"),
    F("ước đạt 5.920 tỷ đồng", "5.920", 5920e9, "money", "đồng", "giá trị sản xuất ngành kéo sợi", I(H1),
      percent=14, status="estimate"),
    F("đạt 118,7 triệu USD", "118,7", 118.7e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi", I(H1),
      change=C("increase", 9.8)),
    F("có 27 doanh nghiệp", "27", 27, "count", "doanh nghiệp", "doanh nghiệp kéo sợi",
      P("Tính đến 30/6/2024", None, "2024-06-30")),
    F("khoảng 95.000 tấn/năm", "95.000", 95000, "measure", "tấn/năm", "tổng công suất kéo sợi",
      P("Tính đến 30/6/2024", None, "2024-06-30"), approx="about"),
    F("hơn 1,2 triệu cọc sợi", "1,2", 1.2e6, "count", "cọc sợi", "cọc sợi",
      P("Tính đến 30/6/2024", None, "2024-06-30"), approx="over"),
    F("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp kéo sợi có vốn đầu tư nước ngoài",
      P("Tính đến 30/6/2024", None, "2024-06-30"), total=27),
    F("tập trung 19 nhà máy", "19", 19, "count", "nhà máy",
      "nhà máy sợi tại các khu công nghiệp Hòa Xá, Bảo Minh và Mỹ Trung"),
    F("thu hút 14.600 lao động", "14.600", 14600, "count", "lao động",
      "lao động tại các nhà máy sợi trong khu công nghiệp"),
    F("bình quân 8,9 triệu đồng", "8,9", 8.9e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("từ 20 đến 25% lao động", "20", 20, "percent", "%", "lao động giảm trên mỗi dây chuyền kéo sợi tự động",
      value_max=25),
    F("đạt 86.000 tấn", "86.000", 86000, "measure", "tấn", "sản lượng sợi",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("đạt 250 triệu USD", "250", 250e6, "money", "USD", "kim ngạch xuất khẩu xơ, sợi",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("thêm 18.000 tấn/năm", "18.000", 18000, "measure", "tấn/năm",
      "công suất tăng thêm của nhà máy sợi Xuân Kiên giai đoạn 2", status="forecast"),
    F("khoảng 1.100 lao động", "1.100", 1100, "count", "lao động", "lao động được tạo việc làm",
      approx="about", status="forecast"),
]

NOTES = [
    "Nam Định provincial portal: yarn output 6 months 2024 (estimate), parts after 'Trong đó', exports, spinning firms as of 30/6, 2024 targets.",
    "Headline '6 tháng' has no year: nothing dated precedes it, so the year of 'published' (2024).",
    "'Trong đó' parts continue the 'ước đạt' sentence: estimate, total 41.850. 'chiếm khoảng 14%' after the money figure is its percent.",
    "'quý III' (when phase 2 starts) does not locate the annual capacity 18.000 tấn/năm: no period. 'giai đoạn 2', Quốc lộ 10/21, document numbers, Lượt xem are distractors.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-08", location="Nam Định")
