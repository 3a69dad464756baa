"""p545-5: Báo Nghệ An (Party newspaper) — irrigation reservoir storage before the summer-autumn crop, June 2024."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """Nghệ An: Hơn 600 hồ chứa thủy lợi chỉ đạt 58% dung tích thiết kế

(Baonghean.vn) - Nắng nóng kéo dài khiến mực nước nhiều hồ chứa trên địa bàn tỉnh xuống thấp, nguy cơ thiếu nước cho sản xuất vụ Hè Thu năm 2024.

Theo Chi cục Thủy lợi Nghệ An, tính đến ngày 10/6/2024, toàn tỉnh có 625 hồ chứa thủy lợi với tổng dung tích thiết kế khoảng 1.318 triệu m³, hiện chỉ trữ được 764 triệu m³, đạt 58% dung tích thiết kế, thấp hơn 12% so với trung bình nhiều năm. Trong đó có 47 hồ đã cạn đến mực nước chết, 138 hồ trữ dưới 30% dung tích.

Các địa phương có nhiều hồ cạn nhất gồm Quỳnh Lưu (11 hồ), Nghĩa Đàn (9 hồ), Tân Kỳ (8 hồ) và Yên Thành (7 hồ). Riêng hồ Vực Mấu, dung tích hiện còn 42,5 triệu m³ trên tổng số 75 triệu m³ thiết kế; mực nước hồ ở cao trình +12,35 m, thấp hơn mực nước dâng bình thường 2,65 m.

Mực nước sông Cả đoạn qua huyện Nam Đàn xuống mức 0,42 m, thấp nhất trong 15 năm qua. Toàn tỉnh có khoảng 5.400 ha lúa Hè Thu có nguy cơ thiếu nước, trong đó 2.100 ha ở vùng cuối kênh.

Để ứng phó, tỉnh đã bố trí 18,5 tỷ đồng từ nguồn dự phòng ngân sách để nạo vét kênh mương, lắp đặt 36 trạm bơm dã chiến. Ngành nông nghiệp phấn đấu bảo đảm nước tưới cho ít nhất 95% diện tích gieo cấy vụ Hè Thu 2024 (khoảng 88.000 ha).

Thanh Lê

14/06/2024
"""

ASOF = per("tính đến ngày 10/6/2024", end="2024-06-10")

FIGS = [
    fig("Hơn 600 hồ", "600", 600, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi", approx="over"),
    fig("chỉ đạt 58%", "58", 58, "percent", "%", "dung tích trữ của hồ chứa thủy lợi so với dung tích thiết kế"),
    fig("có 625 hồ", "625", 625, "count", "hồ chứa thủy lợi", "hồ chứa thủy lợi", ASOF),
    fig("khoảng 1.318 triệu m³", "1.318", 1_318_000_000, "measure", "m³", "tổng dung tích thiết kế hồ chứa thủy lợi",
        ASOF, approx="about"),
    fig("được 764 triệu m³", "764", 764_000_000, "measure", "m³", "dung tích trữ hồ chứa thủy lợi", ASOF,
        percent=58, change=chg("decrease", 12, "%", "trung bình nhiều năm")),
    fig("có 47 hồ", "47", 47, "count", "hồ", "hồ đã cạn đến mực nước chết", inh(ASOF), total=625),
    fig("138 hồ", "138", 138, "count", "hồ", "hồ trữ dưới 30% dung tích", inh(ASOF), total=625),
    fig("dưới 30%", "30", 30, "percent", "%", "dung tích hồ trữ", approx="under", optional=True),
    fig("(11 hồ)", "11", 11, "count", "hồ", "hồ cạn", inh(ASOF), location="Quỳnh Lưu"),
    fig("(9 hồ)", "9", 9, "count", "hồ", "hồ cạn", inh(ASOF), location="Nghĩa Đàn"),
    fig("(8 hồ)", "8", 8, "count", "hồ", "hồ cạn", inh(ASOF), location="Tân Kỳ"),
    fig("(7 hồ)", "7", 7, "count", "hồ", "hồ cạn", inh(ASOF), location="Yên Thành"),
    fig("còn 42,5 triệu m³", "42,5", 42_500_000, "measure", "m³", "dung tích hồ Vực Mấu hiện còn", total=75_000_000),
    fig("+12,35 m", "12,35", 12.35, "measure", "m", "mực nước hồ Vực Mấu ở cao trình",
        change=chg("decrease", 2.65, "m", "mực nước dâng bình thường")),
    fig("mức 0,42 m", "0,42", 0.42, "measure", "m", "mực nước sông Cả", location="Nam Đàn"),
    fig("khoảng 5.400 ha", "5.400", 5400, "measure", "ha", "lúa Hè Thu có nguy cơ thiếu nước", approx="about"),
    fig("2.100 ha", "2.100", 2100, "measure", "ha", "lúa Hè Thu có nguy cơ thiếu nước ở vùng cuối kênh", total=5400),
    fig("bố trí 18,5 tỷ đồng", "18,5", 18_500_000_000, "money", "đồng",
        "kinh phí từ nguồn dự phòng ngân sách để nạo vét kênh mương, lắp đặt trạm bơm dã chiến"),
    fig("lắp đặt 36 trạm", "36", 36, "count", "trạm bơm", "trạm bơm dã chiến lắp đặt"),
    fig("ít nhất 95%", "95", 95, "percent", "%", "diện tích gieo cấy vụ Hè Thu được bảo đảm nước tưới",
        approx="at_least", status="target"),
    fig("khoảng 88.000 ha", "88.000", 88000, "measure", "ha", "diện tích gieo cấy vụ Hè Thu", approx="about",
        status="target"),
]

COMMENTS = [
    "p545-5 (invented): Báo Nghệ An — irrigation reservoir storage, dry reservoirs by district, rice at risk, June 2024.",
    "Party newspaper: headline, '(Baonghean.vn) -' lead, byline and bare date '14/06/2024' at the end (published).",
    "Headline '600 hồ … chỉ đạt 58% dung tích thiết kế': the 58% is the fill ratio, not a share of the reservoir count, so it is a",
    "percent figure of its own; in the body '764 triệu m³, đạt 58% dung tích thiết kế' it is the share of 764 triệu m³.",
    "'Trong đó có 47 hồ …, 138 hồ …' after a sentence break: whole is 625 hồ (the same thing counted, not 764 triệu m³).",
    "District list after 'Các địa phương … gồm' follows no figure: no total. '42,5 triệu m³ trên tổng số 75 triệu m³' -> total.",
    "'thấp hơn mực nước dâng bình thường 2,65 m' is the change of +12,35 m. '15 năm qua' is a duration (distractor); 'dưới 30%'",
    "a threshold (optional). The bracketed '(khoảng 88.000 ha)' has no verb of its own, so 'phấn đấu' makes it a target too.",
    "Periods: 'vụ Hè Thu 2024' is a crop season, not a calendar period: left unset.",
]

if __name__ == "__main__":
    emit("p545-5", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Nghệ An")
