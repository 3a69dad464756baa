"""p901-4: Bộ Xây dựng portal, national lime industry (2022 output and exports, handmade kilns, 2030 strategy)."""
from lib import F, P, I, C, T, write

TEXT = """BỘ XÂY DỰNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Vật liệu xây dựng
Ngành vôi công nghiệp: đổi mới công nghệ, thu hẹp lò thủ công
Ngày đăng: 08/11/2023 14:20 | Lượt xem: 2.417

Theo Vụ Vật liệu xây dựng (Bộ Xây dựng), cả nước hiện có khoảng 96 dây chuyền sản xuất vôi công nghiệp với tổng công suất thiết kế trên 9,5 triệu tấn/năm, trong đó 21 dây chuyền lò quay và lò đứng hiện đại có công suất từ 300 tấn/ngày trở lên.

Năm 2022, sản lượng vôi cả nước đạt khoảng 7,2 triệu tấn, trong đó vôi công nghiệp chiếm khoảng 65%; xuất khẩu đạt 2,1 triệu tấn với kim ngạch 186 triệu USD, tăng 14% so với năm 2021. Thị trường xuất khẩu chính là Bangladesh, Đài Loan (Trung Quốc), Philippines và Australia, trong đó Bangladesh chiếm 38% lượng vôi xuất khẩu. Các tỉnh có sản lượng vôi lớn là Thanh Hóa, Ninh Bình, Hà Nam, Nghệ An và Kiên Giang, lần lượt chiếm 18%, 14%, 12%, 9% và 7% sản lượng cả nước.

Tuy vậy, cả nước vẫn còn khoảng 1.200 lò vôi thủ công đang hoạt động, chủ yếu tại các tỉnh miền núi phía Bắc và Bắc Trung Bộ, tiêu hao 200-250 kg than cho mỗi tấn vôi. Mức tiêu hao than của lò thủ công gấp gần 2 lần lò công nghiệp.

Năm 2023, Bộ Xây dựng đã tổ chức 3 đoàn kiểm tra công tác chuyển đổi lò vôi tại 12 tỉnh, thành phố.

Theo Chiến lược phát triển vật liệu xây dựng Việt Nam thời kỳ 2021-2030, định hướng đến năm 2050 (Quyết định số 1266/QĐ-TTg ngày 18/8/2020), đến năm 2025 chấm dứt hoạt động các lò vôi thủ công; đến năm 2030 tổng công suất vôi công nghiệp đạt khoảng 14 triệu tấn/năm, tiêu hao nhiệt năng không quá 900 kcal/kg vôi.

Địa chỉ: 37 Lê Đại Hành, Hai Bà Trưng, Hà Nội | Điện thoại: 024.3976.0271
"""

Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SHARE = "tỷ trọng trong sản lượng vôi cả nước"

FIGS = [
    F("khoảng 96 dây chuyền", "96", 96, "count", "dây chuyền", "dây chuyền sản xuất vôi công nghiệp", approx="about"),
    F("trên 9,5 triệu tấn/năm", "9,5", 9500000, "measure", "tấn/năm", "tổng công suất thiết kế vôi công nghiệp",
      approx="over"),
    F("trong đó 21 dây chuyền", "21", 21, "count", "dây chuyền", "dây chuyền lò quay và lò đứng hiện đại", total=96),
    F("từ 300 tấn/ngày trở lên", "300", 300, "measure", "tấn/ngày", "công suất dây chuyền hiện đại",
      approx="at_least", optional=True),
    F("khoảng 7,2 triệu tấn", "7,2", 7200000, "measure", "tấn", "sản lượng vôi cả nước", Y22, approx="about"),
    F("chiếm khoảng 65%", "65", 65, "percent", "%", "tỷ trọng vôi công nghiệp trong sản lượng vôi cả nước", Y22,
      approx="about"),
    F("xuất khẩu đạt 2,1 triệu tấn", "2,1", 2100000, "measure", "tấn", "lượng vôi xuất khẩu", Y22),
    F("kim ngạch 186 triệu USD", "186", 186000000, "money", "USD", "kim ngạch xuất khẩu vôi", Y22,
      change=C("increase", 14, "%", "năm 2021")),
    F("chiếm 38% lượng vôi", "38", 38, "percent", "%", "tỷ trọng thị trường Bangladesh trong lượng vôi xuất khẩu",
      I(Y22)),
    F("chiếm 18%", "18", 18, "percent", "%", SHARE, I(Y22), location="Thanh Hóa"),
    F("18%, 14%", "14", 14, "percent", "%", SHARE, I(Y22), location="Ninh Bình"),
    F("14%, 12%", "12", 12, "percent", "%", SHARE, I(Y22), location="Hà Nam"),
    F("12%, 9%", "9", 9, "percent", "%", SHARE, I(Y22), location="Nghệ An"),
    F("9% và 7%", "7", 7, "percent", "%", SHARE, I(Y22), location="Kiên Giang"),
    F("khoảng 1.200 lò vôi", "1.200", 1200, "count", "lò vôi", "lò vôi thủ công đang hoạt động", approx="about"),
    F("tiêu hao 200-250 kg", "200", 200, "measure", "kg/tấn vôi", "mức tiêu hao than cho mỗi tấn vôi của lò thủ công",
      value_max=250),
    F("gấp gần 2 lần", "2", 2, "multiple", "lần", "mức tiêu hao than của lò thủ công so với lò công nghiệp",
      approx="nearly"),
    F("tổ chức 3 đoàn", "3", 3, "count", "đoàn", "đoàn kiểm tra công tác chuyển đổi lò vôi", Y23),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố được kiểm tra công tác chuyển đổi lò vôi", Y23),
    F("khoảng 14 triệu tấn/năm", "14", 14000000, "measure", "tấn/năm", "tổng công suất vôi công nghiệp", T30,
      approx="about", status="target"),
    F("không quá 900 kcal/kg", "900", 900, "measure", "kcal/kg", "tiêu hao nhiệt năng cho mỗi kg vôi", T30,
      approx="at_most", status="target"),
]

COMMENTS = [
    "revised after the first run: unit 'kg than/tấn vôi' -> 'kg/tấn vôi' (same convention as p901-1; no effect on the score).",
    "Bộ Xây dựng portal: national lime industry. Every figure is national (Việt Nam) except the province shares in the 'lần lượt' list.",
    "'lần lượt chiếm 18%, 14%, 12%, 9% và 7%' maps to the five provinces in order: location each province, subject the share.",
    "Bangladesh is a trade partner, not the place of the 38% (location Việt Nam). 38% and the shares inherit 'Năm 2022'.",
    "'có công suất từ 300 tấn/ngày trở lên' is a category threshold: optional.",
    "'gấp gần 2 lần' stands as the claim of its own sentence: a multiple.",
    "65% after 'trong đó ... chiếm' has no count of its own: a percent figure. 14% after 186 triệu USD is its change.",
    "Distractors: 14:20, Lượt xem: 2.417, thời kỳ 2021-2030, đến năm 2050, Quyết định số 1266/QĐ-TTg ngày 18/8/2020,",
    "'đến năm 2025' (no number), address 37 Lê Đại Hành, phone 024.3976.0271.",
]

write("p901-4", TEXT, FIGS, COMMENTS, published="2023-11-08", location="Việt Nam")
