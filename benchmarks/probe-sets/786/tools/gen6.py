"""p786-6: national press (VnExpress-style) — steel fishing-boat yard in Khánh Hòa."""
from lib import emit, fig, per, inh, ch

TEXT = """Thứ bảy, 21/9/2024, 08:15 (GMT+7)

Xưởng tàu vỏ thép ở Khánh Hòa kín đơn hàng đến giữa năm sau

Nhà máy đóng tàu cá vỏ thép ven đầm Thủy Triều nhận thêm đơn hàng 15 chiếc, đang thi công cùng lúc 6 tàu, lịch giao kéo dài đến quý II/2025.

Ông Lê Minh Quang, Giám đốc Công ty CP Cơ khí đóng tàu Hải Nam 2, cho biết nhà máy được đầu tư hơn 120 tỷ đồng trên diện tích 4,5 ha, có đà tàu dài 90 m. Từ đầu năm đến nay, nhà máy đã bàn giao 9 tàu cho ngư dân Khánh Hòa, Ninh Thuận, Bình Thuận, doanh thu đạt khoảng 96 tỷ đồng, tăng 35% so với cùng kỳ. Hiện nhà máy có 210 công nhân, thu nhập bình quân 11,5 triệu đồng mỗi tháng. Năm 2023, nhà máy đóng mới 11 tàu và sửa chữa 47 lượt tàu. Công ty dự kiến năm 2025 mở rộng thêm 2 ha nhà xưởng, nâng năng lực lên 20 tàu/năm.

Theo ông Quang, một tàu vỏ thép dài 24 m có giá 7-8 tỷ đồng, cao hơn khoảng 20% so với tàu gỗ cùng cỡ, nhưng tuổi thọ đạt 25-30 năm. Chi phí bảo dưỡng hằng năm của tàu thép giảm từ 30 đến 40%, mức tiêu hao nhiên liệu giảm khoảng 10%.

Trên cả nước, hiện có khoảng 3.800 tàu cá vỏ thép và vỏ composite, chỉ chiếm 4,4% tổng số tàu cá. Theo Ngân hàng Nhà nước, tính đến 31/8/2024, dư nợ cho vay đóng mới, nâng cấp tàu cá đạt 9.412,6 tỷ đồng với gần 1.900 khách hàng còn dư nợ.

Minh Châu
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-09-21")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
AS = per("tính đến 31/8/2024", None, "2024-08-31")

FIGS = [
    fig("đơn hàng 15 chiếc", "15", 15, "count", "chiếc", "đơn hàng đóng tàu cá vỏ thép nhận thêm"),
    fig("lúc 6 tàu", "6", 6, "count", "tàu", "tàu thi công cùng lúc"),
    fig("hơn 120 tỷ đồng", "120", 120e9, "money", "đồng", "vốn đầu tư nhà máy", approx="over"),
    fig("4,5 ha", "4,5", 4.5, "measure", "ha", "diện tích nhà máy"),
    fig("dài 90 m", "90", 90, "measure", "m", "chiều dài đà tàu"),
    fig("bàn giao 9 tàu", "9", 9, "count", "tàu", "tàu bàn giao cho ngư dân", YTD),
    fig("khoảng 96 tỷ đồng", "96", 96e9, "money", "đồng", "doanh thu của nhà máy", YTD, approx="about",
        change=ch("increase", 35, baseline="cùng kỳ")),
    fig("210 công nhân", "210", 210, "count", "công nhân", "công nhân của nhà máy"),
    fig("11,5 triệu", "11,5", 11.5e6, "money", "đồng/tháng", "thu nhập bình quân của công nhân"),
    fig("đóng mới 11 tàu", "11", 11, "count", "tàu", "tàu đóng mới của nhà máy", Y23),
    fig("sửa chữa 47 lượt tàu", "47", 47, "count", "lượt tàu", "tàu sửa chữa", Y23),
    fig("thêm 2 ha", "2", 2, "measure", "ha", "diện tích nhà xưởng mở rộng thêm", Y25, status="forecast"),
    fig("lên 20 tàu/năm", "20", 20, "measure", "tàu/năm", "năng lực đóng tàu của nhà máy", Y25, status="forecast"),
    fig("dài 24 m", "24", 24, "measure", "m", "chiều dài tàu vỏ thép", optional=True),
    fig("giá 7-8 tỷ", "7", 7e9, "money", "đồng", "giá một tàu vỏ thép dài 24 m", value_max=8e9,
        change=ch("increase", 20, baseline="tàu gỗ cùng cỡ", approx="about")),
    fig("25-30 năm", "25", 25, "measure", "năm", "tuổi thọ tàu vỏ thép", value_max=30),
    fig("từ 30 đến 40%", "30", 30, "percent", "%", "chi phí bảo dưỡng hằng năm của tàu thép giảm", value_max=40),
    fig("khoảng 10%", "10", 10, "percent", "%", "mức tiêu hao nhiên liệu giảm", approx="about"),
    fig("khoảng 3.800 tàu", "3.800", 3800, "count", "tàu cá", "tàu cá vỏ thép và vỏ composite", approx="about",
        percent=4.4, location="Việt Nam"),
    fig("đạt 9.412,6 tỷ", "9.412,6", 9412.6e9, "money", "đồng", "dư nợ cho vay đóng mới, nâng cấp tàu cá", AS,
        location="Việt Nam"),
    fig("gần 1.900 khách hàng", "1.900", 1900, "count", "khách hàng", "khách hàng còn dư nợ cho vay đóng mới, nâng cấp tàu cá",
        AS, approx="nearly", location="Việt Nam"),
]

COMMENTS = [
    "p786-6 — national press, 'Thứ bảy, 21/9/2024, 08:15 (GMT+7)', byline at the end: steel-hull boat yard in Khánh Hòa.",
    "Location: the yard's figures are Khánh Hòa (named in the headline; đầm Thủy Triều is no admin unit; the recipients' provinces",
    "do not make them provincial figures); national fleet and bank-credit figures are Việt Nam.",
    "'Từ đầu năm đến nay' → 2024-01-01 to the dateline. 'cao hơn khoảng 20% so với tàu gỗ cùng cỡ' is the change of the 7-8 tỷ price.",
    "Rates without base (giảm từ 30 đến 40%, giảm khoảng 10%) are percent figures. 'dài 24 m' (size class) optional.",
    "'9.412,6 tỷ' Vietnamese decimal. Distractors: Thứ bảy, (GMT+7), 'Hải Nam 2', quý II/2025, 'giữa năm sau'.",
]

if __name__ == "__main__":
    emit("p786-6", TEXT, COMMENTS, FIGS, published="2024-09-21", location="Khánh Hòa")
