"""p886-1: Hà Giang provincial portal, improved cookstoves, 9 months 2024."""
from lib import F, period, inherit, change, target, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội

Hơn 12.000 hộ dân vùng cao dùng bếp đun cải tiến

Cập nhật: 14/10/2024 09:45 | Lượt xem: 2.318

(Cổng TTĐT Hà Giang) - Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, toàn tỉnh đã hỗ trợ 3.460 hộ dân lắp đặt bếp đun cải tiến tiết kiệm củi, đạt 86,5% kế hoạch năm, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, huyện Mèo Vạc 1.120 hộ, Đồng Văn 945 hộ, Yên Minh 780 hộ, Quản Bạ 615 hộ.

Tổng kinh phí hỗ trợ trong 9 tháng là 2,77 tỷ đồng, trong đó ngân sách tỉnh 1,9 tỷ đồng, phần còn lại do các tổ chức phi chính phủ tài trợ. Mức hỗ trợ 800.000 đồng/bếp được áp dụng theo Quyết định số 1125/QĐ-UBND ngày 12/5/2023 của UBND tỉnh.

Lũy kế từ năm 2020 đến nay, toàn tỉnh có 12.350 hộ sử dụng bếp đun cải tiến, chiếm khoảng 9,8% số hộ dùng củi làm chất đốt chính. So với bếp kiềng ba chân truyền thống, mỗi bếp cải tiến giúp giảm 30-40% lượng củi tiêu thụ; bình quân một hộ tiết kiệm khoảng 1,5 tấn củi mỗi năm, phụ nữ bớt được gần 2 giờ đi kiếm củi mỗi ngày.

Kết quả khảo sát tại 120 hộ ở xã Lũng Cú (huyện Đồng Văn) cho thấy 78% số hộ đánh giá bếp mới ít khói hơn, 64% cho biết số lần vào rừng lấy củi giảm rõ rệt.

Năm 2025, tỉnh phấn đấu hỗ trợ thêm 4.200 hộ, nâng tổng số hộ dùng bếp cải tiến lên trên 16.000 hộ; ưu tiên các thôn dọc Quốc lộ 4C và các xã biên giới.
"""

P9 = period("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
P9b = period("9 tháng", "2024-01-01", "2024-09-30")
PLK = period("từ năm 2020 đến nay", "2020-01-01", "2024-10-14")
P25 = period("Năm 2025", "2025-01-01", "2025-12-31")
SUBJ = "hộ dân được hỗ trợ lắp đặt bếp đun cải tiến tiết kiệm củi"

FIGS = [
    F("Hơn 12.000 hộ", "12.000", 12000, "count", "hộ", "hộ dân vùng cao dùng bếp đun cải tiến", approx="over"),
    F("hỗ trợ 3.460 hộ", "3.460", 3460, "count", "hộ", SUBJ, percent=86.5,
      change=change("increase", 12.4, baseline="cùng kỳ năm 2023"), period=P9),
    F("Mèo Vạc 1.120 hộ", "1.120", 1120, "count", "hộ", SUBJ, total=3460, period=inherit(P9), location="Mèo Vạc"),
    F("Đồng Văn 945 hộ", "945", 945, "count", "hộ", SUBJ, total=3460, period=inherit(P9), location="Đồng Văn"),
    F("Yên Minh 780 hộ", "780", 780, "count", "hộ", SUBJ, total=3460, period=inherit(P9), location="Yên Minh"),
    F("Quản Bạ 615 hộ", "615", 615, "count", "hộ", SUBJ, total=3460, period=inherit(P9), location="Quản Bạ"),
    F("là 2,77 tỷ đồng", "2,77", 2.77e9, "money", "đồng", "tổng kinh phí hỗ trợ", period=P9b),
    F("ngân sách tỉnh 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh",
      total=2.77e9, period=P9b),
    F("800.000 đồng/bếp", "800.000", 800000, "money", "đồng/bếp", "mức hỗ trợ"),
    F("có 12.350 hộ", "12.350", 12350, "count", "hộ", "hộ sử dụng bếp đun cải tiến", percent=9.8, period=PLK),
    F("giảm 30-40%", "30", 30, "percent", "%", "lượng củi tiêu thụ giảm nhờ bếp cải tiến so với bếp kiềng ba chân",
      value_max=40),
    F("khoảng 1,5 tấn củi", "1,5", 1.5, "measure", "tấn/năm", "lượng củi một hộ tiết kiệm bình quân", approx="about"),
    F("gần 2 giờ", "2", 2, "measure", "giờ/ngày", "thời gian đi kiếm củi phụ nữ bớt được", approx="nearly"),
    F("tại 120 hộ", "120", 120, "count", "hộ", "hộ được khảo sát", location="Đồng Văn"),
    F("78% số hộ", "78", 78, "percent", "%", "hộ đánh giá bếp mới ít khói hơn", location="Đồng Văn"),
    F("hơn, 64%", "64", 64, "percent", "%", "hộ cho biết số lần vào rừng lấy củi giảm rõ rệt", location="Đồng Văn"),
    F("thêm 4.200 hộ", "4.200", 4200, "count", "hộ", "hộ được hỗ trợ bếp cải tiến", status="target", period=P25),
    F("trên 16.000 hộ", "16.000", 16000, "count", "hộ", "tổng số hộ dùng bếp cải tiến", approx="over",
      status="target", period=P25),
]

NOTES = [
    "Cổng TTĐT tỉnh Hà Giang: hộ được hỗ trợ bếp đun cải tiến 9 tháng đầu năm 2024, kinh phí, lũy kế, khảo sát Lũng Cú, mục tiêu 2025.",
    "Headline 'Hơn 12.000 hộ' has no period phrase. 'đạt 86,5% kế hoạch năm' is the share of 3.460 (no plan number written).",
    "District parts after 'Trong đó' add up to 3.460. Survey figures (xã Lũng Cú) take the district Đồng Văn.",
    "'bếp kiềng ba chân' is a stove name, 'Quốc lộ 4C', 'Quyết định số 1125/QĐ-UBND', 'Lượt xem: 2.318' are not figures.",
    "'từ năm 2020 đến nay' ends at the dateline 2024-10-14. '30-40%' is a reduction rate standing as its own claim (no change).",
]

write("p886-1", TEXT, FIGS, NOTES, published="2024-10-14", location="Hà Giang")
