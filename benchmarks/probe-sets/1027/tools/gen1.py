"""p1027-1: Lào Cai province portal, 9 months 2024: costumes sewn, weavers, classes, support money, sales."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Lào Cai: hơn 1.200 bộ trang phục truyền thống được may mới trong 9 tháng

Cập nhật: 12/10/2024 09:45 | Lượt xem: 1.236

9 tháng đầu năm 2024, các huyện, thị xã trên địa bàn tỉnh Lào Cai đã may mới 1.246 bộ trang phục truyền thống cho đồng bào Mông, Dao, Hà Nhì, Giáy, đạt 83,1% kế hoạch năm, tăng 18,5% so với cùng kỳ năm 2023. Trong đó, huyện Bắc Hà may 412 bộ, thị xã Sa Pa 356 bộ, huyện Bát Xát 298 bộ, số còn lại thuộc các huyện Mường Khương, Si Ma Cai.

Toàn tỉnh hiện có 27 hợp tác xã, tổ hợp tác dệt thổ cẩm, thêu may trang phục với khoảng 1.850 thợ dệt, thợ thêu, trong đó 64 thợ là nghệ nhân được công nhận.

Từ nguồn vốn Dự án 6 thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, từ đầu năm đến nay tỉnh đã giải ngân 4,37 tỷ đồng, mở 38 lớp truyền dạy kỹ thuật dệt, thêu, may cho 1.140 học viên. Mức hỗ trợ nguyên liệu là 1,2 triệu đồng/học viên.

Sản phẩm thổ cẩm của tỉnh ngày càng có thị trường. Ước tính 9 tháng, doanh thu từ bán trang phục, khăn, túi thổ cẩm đạt khoảng 23,6 tỷ đồng, tăng 32% so với cùng kỳ. Giá một bộ trang phục nữ Mông Hoa thêu tay từ 3 đến 5 triệu đồng; thu nhập bình quân của thợ dệt đạt 4,2 triệu đồng/người/tháng.

Theo kế hoạch, đến năm 2025 tỉnh phấn đấu mỗi huyện có ít nhất 2 hợp tác xã dệt thổ cẩm hoạt động hiệu quả, 100% trường phổ thông dân tộc nội trú sử dụng trang phục truyền thống vào thứ Hai hằng tuần. Ngày hội văn hóa các dân tộc tỉnh lần thứ 3 sẽ diễn ra tại Quảng trường 19/8, TP. Lào Cai vào tháng 11/2024.
"""

M9H = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-12")
E9 = P("Ước tính 9 tháng", "2024-01-01", "2024-09-30")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "bộ trang phục truyền thống may mới"

FIGS = [
    F("hơn 1.200 bộ", "1.200", 1200, "count", "bộ trang phục", "bộ trang phục truyền thống được may mới",
      M9H, approx="over"),
    F("may mới 1.246 bộ", "1.246", 1246, "count", "bộ trang phục", SUBJ, M9,
      percent=83.1, change=C("increase", 18.5, "%", "cùng kỳ năm 2023")),
    F("Bắc Hà may 412 bộ", "412", 412, "count", "bộ", SUBJ, I(M9), total=1246, location="Bắc Hà"),
    F("Sa Pa 356 bộ", "356", 356, "count", "bộ", SUBJ, I(M9), total=1246, location="Sa Pa"),
    F("Bát Xát 298 bộ", "298", 298, "count", "bộ", SUBJ, I(M9), total=1246, location="Bát Xát"),
    F("có 27 hợp tác xã", "27", 27, "count", "hợp tác xã, tổ hợp tác",
      "hợp tác xã, tổ hợp tác dệt thổ cẩm, thêu may trang phục"),
    F("khoảng 1.850 thợ", "1.850", 1850, "count", "thợ dệt, thợ thêu", "thợ dệt, thợ thêu", approx="about"),
    F("64 thợ là nghệ nhân", "64", 64, "count", "thợ", "thợ là nghệ nhân được công nhận", total=1850),
    F("giải ngân 4,37 tỷ đồng", "4,37", 4_370_000_000, "money", "đồng", "vốn Dự án 6 giải ngân", YTD),
    F("mở 38 lớp", "38", 38, "count", "lớp", "lớp truyền dạy kỹ thuật dệt, thêu, may", YTD),
    F("cho 1.140 học viên", "1.140", 1140, "count", "học viên", "học viên lớp truyền dạy dệt, thêu, may", YTD),
    F("1,2 triệu đồng/học viên", "1,2", 1_200_000, "money", "đồng/học viên", "mức hỗ trợ nguyên liệu"),
    F("khoảng 23,6 tỷ đồng", "23,6", 23_600_000_000, "money", "đồng",
      "doanh thu từ bán trang phục, khăn, túi thổ cẩm", E9, approx="about", status="estimate",
      change=C("increase", 32, "%", "cùng kỳ")),
    F("từ 3 đến 5 triệu đồng", "3", 3_000_000, "money", "đồng", "giá một bộ trang phục nữ Mông Hoa thêu tay",
      value_max=5_000_000),
    F("4,2 triệu đồng/người/tháng", "4,2", 4_200_000, "money", "đồng/người/tháng",
      "thu nhập bình quân của thợ dệt"),
    F("ít nhất 2 hợp tác xã", "2", 2, "count", "hợp tác xã", "hợp tác xã dệt thổ cẩm hoạt động hiệu quả mỗi huyện",
      T25, approx="at_least", status="target"),
    F("100% trường", "100", 100, "percent", "%",
      "trường phổ thông dân tộc nội trú sử dụng trang phục truyền thống", T25, status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Lào Cai: 9 tháng 2024 — bộ trang phục may mới, HTX dệt, thợ dệt, lớp truyền dạy, vốn Dự án 6, doanh thu thổ cẩm.",
    "Dateline 'Cập nhật: 12/10/2024 09:45' gives published; 'Lượt xem: 1.236' is page furniture. 'Dự án 6', 'lần thứ 3',",
    "'Quảng trường 19/8', 'thứ Hai', 'tháng 11/2024' are not figures. Year-less headline '9 tháng' takes 2024 (published).",
    "District parts after 'Trong đó' take the whole 1.246 (their period stands in the sentence before: inherited).",
    "'từ đầu năm đến nay' runs from 2024-01-01 to the dateline.",
]

write(1, TEXT, FIGS, NOTES, published="2024-10-12", location="Lào Cai")
