"""p532-5: Báo Bắc Giang (Party newspaper) — rural incomes, farms, good-farmer households, poverty; byline and date at the end."""
from lib import emit, fig, per, inh, chg

TEXT = """Bắc Giang: Thu nhập của cư dân nông thôn đạt 56,2 triệu đồng/người/năm

(BBG) - Năm 2023, thu nhập bình quân đầu người khu vực nông thôn của tỉnh đạt 56,2 triệu đồng/người/năm, tăng 4,5 triệu đồng so với năm 2022 và gấp 1,4 lần năm 2020. Giá trị sản phẩm thu được trên 1 ha đất trồng trọt và nuôi trồng thủy sản ước đạt 142 triệu đồng.

Kinh tế trang trại tiếp tục là điểm sáng. Toàn tỉnh hiện có 1.126 trang trại, trong đó 812 trang trại chăn nuôi; doanh thu bình quân đạt 2,3 tỷ đồng/trang trại/năm. Tại huyện Lục Ngạn, với 28.500 ha cây ăn quả, nhiều hộ trồng vải thiều có thu nhập từ 500 triệu đến 1 tỷ đồng/năm.

Phong trào nông dân thi đua sản xuất, kinh doanh giỏi được duy trì với 86.420 hộ đạt danh hiệu các cấp, chiếm 41,2% số hộ nông dân. Nhờ đó, đến hết năm 2023 tỷ lệ hộ nghèo toàn tỉnh giảm còn 1,93%, tỷ lệ hộ cận nghèo còn 3,47%.

Thực hiện Nghị quyết số 30-NQ/TU của Ban Chấp hành Đảng bộ tỉnh khóa XIX, Bắc Giang phấn đấu đến năm 2025 thu nhập bình quân khu vực nông thôn đạt 70 triệu đồng/người/năm, giá trị sản phẩm trên 1 ha đất trồng trọt đạt 150 triệu đồng. Để làm được điều đó, tỉnh tập trung xây dựng vùng sản xuất hàng hóa tập trung dọc Quốc lộ 31 và Quốc lộ 37, phát triển sản phẩm OCOP gắn với du lịch nông thôn.

Ngọc Thúy
12/01/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
END23 = per("đến hết năm 2023", None, "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("đạt 56,2 triệu đồng/người/năm\n", "56,2", 56200000, "money", "đồng/người/năm",
        "thu nhập của cư dân nông thôn", inh(Y23)),
    fig("đạt 56,2 triệu đồng/người/năm, tăng", "56,2", 56200000, "money", "đồng/người/năm",
        "thu nhập bình quân đầu người khu vực nông thôn", Y23,
        change=chg("increase", 4500000, "đồng", "năm 2022")),
    fig("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần",
        "thu nhập bình quân đầu người khu vực nông thôn so với năm 2020", Y23, optional=True),
    fig("ước đạt 142 triệu đồng", "142", 142000000, "money", "đồng/ha",
        "giá trị sản phẩm thu được trên 1 ha đất trồng trọt và nuôi trồng thủy sản", inh(Y23), status="estimate"),
    fig("có 1.126 trang trại", "1.126", 1126, "count", "trang trại", "trang trại"),
    fig("812 trang trại", "812", 812, "count", "trang trại", "trang trại chăn nuôi", total=1126),
    fig("2,3 tỷ đồng/trang trại/năm", "2,3", 2300000000, "money", "đồng/trang trại/năm",
        "doanh thu bình quân của trang trại"),
    fig("với 28.500 ha", "28.500", 28500, "measure", "ha", "diện tích cây ăn quả", location="Lục Ngạn"),
    fig("từ 500 triệu đến 1 tỷ đồng/năm", "500", 500000000, "money", "đồng/năm",
        "thu nhập của hộ trồng vải thiều", value_max=1000000000, location="Lục Ngạn"),
    fig("với 86.420 hộ", "86.420", 86420, "count", "hộ", "hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp",
        percent=41.2),
    fig("giảm còn 1,93%", "1,93", 1.93, "percent", "%", "tỷ lệ hộ nghèo", END23),
    fig("còn 3,47%", "3,47", 3.47, "percent", "%", "tỷ lệ hộ cận nghèo", END23),
    fig("đạt 70 triệu đồng/người/năm", "70", 70000000, "money", "đồng/người/năm",
        "thu nhập bình quân khu vực nông thôn", T25, status="target"),
    fig("đạt 150 triệu đồng", "150", 150000000, "money", "đồng/ha", "giá trị sản phẩm trên 1 ha đất trồng trọt",
        T25, status="target"),
]

COMMENTS = [
    "Báo Bắc Giang (BBG), invented: rural income 2023, farm economy, good-farmer households, poverty rate, 2025 targets.",
    "Byline 'Ngọc Thúy' and bare date '12/01/2024' at the end give published. Not figures: 'Nghị quyết số 30-NQ/TU', 'khóa XIX',",
    "'Quốc lộ 31', 'Quốc lộ 37', the rate denominators 'trên 1 ha' (the unit takes them: đồng/ha).",
    "'tăng 4,5 triệu đồng … và gấp 1,4 lần năm 2020': the first is the change; the second change stands as an optional multiple figure.",
    "'giảm còn 1,93%' is the level reached (no change). 'đến hết năm 2023' is as-of (start null). 'hiện có' gets no period.",
    "Lục Ngạn district named in the sentence: its area and household income figures are located there.",
]

if __name__ == "__main__":
    emit("p532-5", TEXT, COMMENTS, FIGS, published="2024-01-12", location="Bắc Giang")
