"""p1544-4: Party/provincial newspaper (Báo Nam Định): a young woman's soy-wax scented-candle workshop in TP Nam Định."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa

Cô gái 9X khởi nghiệp với nến thơm sáp đậu nành

Thứ Hai, 11/11/2024 | 07:30

Từ số vốn ban đầu 30 triệu đồng, chị Trần Thu Hà ở phường Lộc Hạ, TP Nam Định đã gây dựng xưởng nến thơm Hà Candle, mỗi tháng xuất xưởng gần 4.000 sản phẩm.

(NĐO) - Năm 2021, chị Hà rời công việc kế toán ở Hà Nội, về quê thử làm nến từ sáp đậu nành và tinh dầu thiên nhiên. Ba năm sau, xưởng của chị rộng khoảng 120 m2, có 6 lao động thường xuyên với mức lương 6,5 triệu đồng/người/tháng.

Hiện xưởng có hơn 40 mùi hương, giá bán từ 95.000 đến 320.000 đồng/hũ. Khoảng 70% đơn hàng đến từ các sàn thương mại điện tử, còn lại do 15 đại lý trong và ngoài tỉnh phân phối. Năm 2023, doanh thu của xưởng đạt hơn 1,8 tỷ đồng, gấp đôi năm 2022. 10 tháng đầu năm nay, doanh thu đạt khoảng 1,9 tỷ đồng, tăng 28% so với cùng kỳ.

"Dịp cuối năm, đơn hàng thường tăng gấp 3 lần ngày thường, có hôm xưởng phải đóng tới 500 hộp quà", chị Hà chia sẻ. Chị dự kiến năm 2025 mở thêm một cửa hàng trưng bày tại số 126 đường Trần Hưng Đạo và nâng sản lượng lên 6.000 sản phẩm/tháng.

Theo Hội Liên hiệp Phụ nữ tỉnh, từ đầu năm đến nay, tỉnh đã hỗ trợ 35 dự án khởi nghiệp của phụ nữ, trong đó 4 dự án sản xuất nến, hương thơm, với tổng vốn vay ưu đãi 2,4 tỷ đồng.

NGỌC ÁNH

Tin cùng chuyên mục:
- Nam Định: Hội chợ sản phẩm OCOP năm 2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng đầu năm nay", "2024-01-01", "2024-10-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-11")

FIGS = [
    fig("ban đầu 30 triệu", "30", 30e6, "money", "đồng", subject="số vốn ban đầu"),
    fig("gần 4.000 sản phẩm", "4.000", 4000, "measure", "sản phẩm/tháng", approx="nearly",
        subject="sản phẩm xưởng xuất xưởng mỗi tháng"),
    fig("khoảng 120 m2", "120", 120, "measure", "m2", approx="about", subject="diện tích xưởng"),
    fig("có 6 lao động", "6", 6, "count", "lao động", subject="lao động thường xuyên"),
    fig("lương 6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="mức lương"),
    fig("hơn 40 mùi", "40", 40, "count", "mùi hương", approx="over", subject="mùi hương"),
    fig("từ 95.000 đến 320.000", "95.000", 95000, "money", "đồng/hũ", value_max=320000, subject="giá bán"),
    fig("Khoảng 70% đơn hàng", "70", 70, "percent", "%", approx="about",
        subject="đơn hàng đến từ các sàn thương mại điện tử"),
    fig("do 15 đại lý", "15", 15, "count", "đại lý", subject="đại lý trong và ngoài tỉnh phân phối"),
    fig("đạt hơn 1,8 tỷ", "1,8", 1.8e9, "money", "đồng", approx="over",
        change=chg("increase", 2, "lần", "năm 2022"), subject="doanh thu của xưởng", period=Y23),
    fig("khoảng 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", approx="about",
        change=chg("increase", 28, "%", "cùng kỳ"), subject="doanh thu", period=M10),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="đơn hàng dịp cuối năm so với ngày thường"),
    fig("tới 500 hộp", "500", 500, "count", "hộp quà", subject="hộp quà xưởng phải đóng"),
    fig("thêm một cửa hàng", "một", 1, "count", "cửa hàng", status="forecast",
        subject="cửa hàng trưng bày mở thêm", period=Y25),
    fig("lên 6.000 sản phẩm", "6.000", 6000, "measure", "sản phẩm/tháng", status="forecast",
        subject="sản lượng", period=Y25),
    fig("hỗ trợ 35 dự án", "35", 35, "count", "dự án", subject="dự án khởi nghiệp của phụ nữ được hỗ trợ",
        period=YTD),
    fig("trong đó 4 dự án", "4", 4, "count", "dự án", total=35, subject="dự án sản xuất nến, hương thơm",
        period=YTD),
    fig("ưu đãi 2,4 tỷ", "2,4", 2.4e9, "money", "đồng", subject="tổng vốn vay ưu đãi", period=YTD),
]

NOTES = [
    "Provincial Party newspaper (Báo Nam Định): 'Thứ Hai, 11/11/2024 | 07:30', sapo, tag '(NĐO) -', byline at the end.",
    "Distractors: '9X' (a generation label), 07:30, 'Năm 2021' (founding), 'Ba năm sau' (duration), 'số 126 đường Trần Hưng Đạo', 'năm 2024' in a link.",
    "Location Nam Định throughout (TP Nam Định and the province share the name).",
    "'gấp đôi năm 2022' is the change of 1,8 tỷ (2 lần, baseline năm 2022); 'tăng gấp 3 lần ngày thường' stands alone: a multiple.",
    "'10 tháng đầu năm nay' → 2024 (published); 'từ đầu năm đến nay' ends at the dateline 2024-11-11.",
    "'tới 500 hộp' ('as many as'): no approx cue of the spec, exact. 'dự kiến năm 2025' governs both clauses (forecast).",
    "Current workshop figures ('Hiện', 'Ba năm sau') and the sapo have no period.",
]

if __name__ == "__main__":
    write("p1544-4", TEXT, NOTES, FIGS, published="2024-11-11", location="Nam Định")
