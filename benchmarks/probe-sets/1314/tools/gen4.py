"""p1314-4: ministry site (Bộ Nông nghiệp và PTNT): national wood-pellet and wood-chip exports 2023."""
from lib import fig, period, inherit, change, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cổng thông tin điện tử
Trang chủ > Tin tức > Lâm nghiệp

Viên nén gỗ Việt Nam giữ vị trí thứ hai thế giới về xuất khẩu

08/03/2024 | 09:20 | Cục Lâm nghiệp

Theo số liệu của Cục Lâm nghiệp, năm 2023 cả nước xuất khẩu 4,97 triệu tấn viên nén gỗ, tăng 3,1% so với năm 2022; trị giá đạt 770 triệu USD, giảm 4,3%. Hai thị trường Nhật Bản và Hàn Quốc chiếm khoảng 96% lượng xuất khẩu, lần lượt đạt 2,62 triệu tấn và 2,15 triệu tấn. Việt Nam hiện đứng thứ hai thế giới về xuất khẩu viên nén, chỉ sau Hoa Kỳ.

Cũng trong năm 2023, xuất khẩu dăm gỗ đạt 15,2 triệu tấn, trị giá 2,3 tỷ USD, chiếm 16,9% kim ngạch xuất khẩu gỗ và sản phẩm gỗ. Trung Quốc là thị trường lớn nhất với 9,8 triệu tấn, tiếp đến là Nhật Bản 3,1 triệu tấn, Hàn Quốc 1,4 triệu tấn.

Cả nước hiện có khoảng 80 doanh nghiệp sản xuất viên nén, tổng công suất hơn 7 triệu tấn/năm, tập trung tại các tỉnh miền Trung và Đông Nam Bộ. Giá viên nén xuất khẩu bình quân năm 2023 đạt 155 USD/tấn, giảm khoảng 12 USD/tấn so với năm trước.

Hiệp hội Gỗ và Lâm sản Việt Nam dự báo năm 2024 xuất khẩu viên nén có thể đạt 5,5-6 triệu tấn. Theo Quyết định số 523/QĐ-TTg, đến năm 2030 giá trị xuất khẩu gỗ và lâm sản phấn đấu đạt 25 tỷ USD; tỷ lệ gỗ nguyên liệu có nguồn gốc hợp pháp đạt 100%.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("Cũng trong năm 2023", "2023-01-01", "2023-12-31")
Y23c = period("bình quân năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
T30 = period("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("vị trí thứ hai", "hai", 2, "rank", "hạng", subject="xuất khẩu viên nén gỗ"),
    fig("xuất khẩu 4,97 triệu", "4,97", 4.97e6, "measure", "tấn",
        change=change("increase", 3.1, "%", "năm 2022"), subject="viên nén gỗ xuất khẩu", period=Y23),
    fig("đạt 770 triệu", "770", 770e6, "money", "USD", change=change("decrease", 4.3, "%"),
        subject="trị giá xuất khẩu viên nén gỗ", period=Y23),
    fig("Hai thị trường", "Hai", 2, "count", "thị trường", subject="thị trường", optional=True),
    fig("khoảng 96%", "96", 96, "percent", "%", approx="about",
        subject="tỷ trọng của Nhật Bản và Hàn Quốc trong lượng viên nén xuất khẩu", period=inherit(Y23)),
    fig("đạt 2,62 triệu", "2,62", 2.62e6, "measure", "tấn", subject="lượng viên nén xuất khẩu sang Nhật Bản",
        period=inherit(Y23)),
    fig("và 2,15 triệu", "2,15", 2.15e6, "measure", "tấn", subject="lượng viên nén xuất khẩu sang Hàn Quốc",
        period=inherit(Y23)),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="xuất khẩu viên nén"),
    fig("đạt 15,2 triệu", "15,2", 15.2e6, "measure", "tấn", subject="dăm gỗ xuất khẩu", period=Y23b),
    fig("trị giá 2,3 tỷ", "2,3", 2.3e9, "money", "USD", percent=16.9, subject="trị giá xuất khẩu dăm gỗ",
        period=Y23b),
    fig("với 9,8 triệu", "9,8", 9.8e6, "measure", "tấn", subject="lượng dăm gỗ xuất khẩu sang Trung Quốc",
        period=inherit(Y23b)),
    fig("Nhật Bản 3,1 triệu", "3,1", 3.1e6, "measure", "tấn", subject="lượng dăm gỗ xuất khẩu sang Nhật Bản",
        period=inherit(Y23b)),
    fig("Hàn Quốc 1,4 triệu", "1,4", 1.4e6, "measure", "tấn", subject="lượng dăm gỗ xuất khẩu sang Hàn Quốc",
        period=inherit(Y23b)),
    fig("khoảng 80 doanh nghiệp", "80", 80, "count", "doanh nghiệp", approx="about",
        subject="doanh nghiệp sản xuất viên nén"),
    fig("hơn 7 triệu", "7", 7e6, "measure", "tấn/năm", approx="over",
        subject="tổng công suất các doanh nghiệp sản xuất viên nén"),
    fig("đạt 155 USD/tấn", "155", 155, "money", "USD/tấn",
        change=change("decrease", 12, "USD/tấn", "năm trước", approx="about"),
        subject="giá viên nén xuất khẩu bình quân", period=Y23c),
    fig("đạt 5,5-6 triệu", "5,5", 5.5e6, "measure", "tấn", value_max=6e6, status="forecast",
        subject="xuất khẩu viên nén", period=Y24),
    fig("đạt 25 tỷ", "25", 25e9, "money", "USD", status="target",
        subject="giá trị xuất khẩu gỗ và lâm sản", period=T30),
    fig("đạt 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ gỗ nguyên liệu có nguồn gốc hợp pháp", period=T30),
]

NOTES = [
    "Ministry site (Bộ Nông nghiệp và PTNT): breadcrumb, '08/03/2024 | 09:20 | Cục Lâm nghiệp', copyright and address footer.",
    "Distractors: 09:20, 'Quyết định số 523/QĐ-TTg', 'Số 2 Ngọc Hà', the baseline years 2022, 'năm trước'.",
    "National figures: location Việt Nam throughout; Nhật Bản, Hàn Quốc, Trung Quốc, Hoa Kỳ are trade partners, not places.",
    "Ranks 'vị trí thứ hai thế giới' (headline) and 'đứng thứ hai thế giới' are number words (rank 2); 'hiện' gives no period.",
    "'tăng 3,1% so với năm 2022' belongs to the tonnes, 'giảm 4,3%' (no baseline written) to the 770 triệu USD.",
    "Optional: 'Hai thị trường' names the group whose share follows (cf. 'Ba doanh nghiệp dẫn đầu' in earlier probe gold).",
    "'lần lượt đạt 2,62 triệu tấn và 2,15 triệu tấn' and 'Trung Quốc ... với 9,8 triệu tấn, tiếp đến là Nhật Bản 3,1 ..., Hàn Quốc 1,4 ...'",
    "are list items (no part-of cue, so no total); their period is inherited from the previous sentence.",
    "'dự báo ... có thể đạt 5,5-6 triệu tấn' → forecast; 'đến năm 2030 ... phấn đấu đạt' governs both ';' clauses → target.",
]

if __name__ == "__main__":
    write("p1314-4", TEXT, NOTES, FIGS, published="2024-03-08", location="Việt Nam")
