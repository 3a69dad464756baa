"""p1168-8: provincial newspaper online (Báo Yên Bái, YBĐT), stone and gem handicrafts in huyện Lục Yên, quý III/9 months 2023."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BÁO YÊN BÁI ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao

Lục Yên: Hơn 80 cơ sở chế tác đá mỹ nghệ

Cập nhật lúc 09:12, Thứ Ba, 28/11/2023

(YBĐT) - Huyện Lục Yên hiện có 83 cơ sở chế tác đá mỹ nghệ, đá quý, tăng 9 cơ sở so với cuối năm 2022, giải quyết việc làm cho khoảng 650 lao động. Sản phẩm chủ yếu là tranh đá quý, tượng đá trắng, linh vật phong thủy và đá cảnh.

Quý III, doanh thu từ chế tác đá mỹ nghệ của huyện đạt 46,5 tỷ đồng, tăng 18% so với quý II; lũy kế 9 tháng đạt 121 tỷ đồng, bằng 80,7% kế hoạch năm. Chợ đá quý tại thị trấn Yên Thế mỗi ngày đón từ 200 đến 300 lượt khách, riêng dịp cuối tuần có ngày đón hơn 1.000 lượt.

Tại xã Minh Tiến, xưởng tranh đá quý của chị Hoàng Thị Lan có 9 thợ, mỗi tháng hoàn thành khoảng 40 bức tranh, giá bán từ 2 triệu đến 35 triệu đồng/bức tùy kích cỡ. Thu nhập của thợ trong xưởng bình quân 7 triệu đồng/người/tháng. Chị Lan cho biết, năm nay xưởng ước đạt doanh thu 2,8 tỷ đồng, gấp đôi năm 2021.

Huyện phấn đấu đến năm 2025 có ít nhất 100 cơ sở chế tác, doanh thu ngành đá mỹ nghệ đạt 200 tỷ đồng/năm; tỷ lệ thợ được đào tạo bài bản đạt 70%. Năm 2024, huyện dự kiến khởi công nhà trưng bày đá quý diện tích 2.400 m2 tại thị trấn Yên Thế.

Thanh Tâm

Báo Yên Bái - Cơ quan của Đảng bộ tỉnh Yên Bái
Giấy phép số 12/GP-BTTTT. Tòa soạn: Tổ 3, phường Đồng Tâm, TP Yên Bái
"""

Q3 = per("Quý III", "2023-07-01", "2023-09-30")
N9 = per("9 tháng", "2023-01-01", "2023-09-30")
NOW = per("năm nay", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
X = "xưởng tranh đá quý của chị Hoàng Thị Lan"

FIGS = [
    fig("Hơn 80 cơ sở", "80", 80, "count", "cơ sở", approx="over", subject="cơ sở chế tác đá mỹ nghệ"),
    fig("có 83 cơ sở", "83", 83, "count", "cơ sở", change=chg("increase", 9, "cơ sở", "cuối năm 2022"),
        subject="cơ sở chế tác đá mỹ nghệ, đá quý"),
    fig("khoảng 650 lao động", "650", 650, "count", "lao động", approx="about",
        subject="lao động các cơ sở chế tác đá giải quyết việc làm"),
    fig("đạt 46,5 tỷ", "46,5", 46.5e9, "money", "đồng", change=chg("increase", 18, "%", "quý II"),
        subject="doanh thu từ chế tác đá mỹ nghệ", period=Q3),
    fig("đạt 121 tỷ", "121", 121e9, "money", "đồng", percent=80.7,
        subject="doanh thu từ chế tác đá mỹ nghệ lũy kế", period=N9),
    fig("từ 200 đến 300 lượt", "200", 200, "count", "lượt khách", value_max=300,
        subject="lượt khách chợ đá quý đón mỗi ngày"),
    fig("hơn 1.000 lượt", "1.000", 1000, "count", "lượt", approx="over",
        subject="lượt khách chợ đá quý đón dịp cuối tuần"),
    fig("có 9 thợ", "9", 9, "count", "thợ", subject=f"thợ {X}"),
    fig("khoảng 40 bức", "40", 40, "count", "bức tranh", approx="about",
        subject="bức tranh xưởng hoàn thành mỗi tháng"),
    fig("từ 2 triệu đến 35 triệu", "2", 2e6, "money", "đồng/bức", value_max=35e6,
        subject="giá bán tranh đá quý"),
    fig("bình quân 7 triệu", "7", 7e6, "money", "đồng/người/tháng", subject="thu nhập bình quân của thợ trong xưởng"),
    fig("doanh thu 2,8 tỷ", "2,8", 2.8e9, "money", "đồng", status="estimate",
        change=chg("increase", 2, "lần", "năm 2021"), subject=f"doanh thu {X}", period=NOW),
    fig("ít nhất 100 cơ sở", "100", 100, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở chế tác đá", period=T25),
    fig("đạt 200 tỷ", "200", 200e9, "money", "đồng/năm", status="target",
        subject="doanh thu ngành đá mỹ nghệ", period=T25),
    fig("đạt 70%", "70", 70, "percent", "%", status="target",
        subject="tỷ lệ thợ được đào tạo bài bản", period=T25),
    fig("diện tích 2.400 m2", "2.400", 2400, "measure", "m2", status="forecast",
        subject="diện tích nhà trưng bày đá quý", period=Y24),
]

NOTES = [
    "Provincial newspaper online (Báo Yên Bái): headline figure, 'Cập nhật lúc 09:12, Thứ Ba, 28/11/2023', tag '(YBĐT) -', byline.",
    "All figures are of huyện Lục Yên (the Minh Tiến workshop too): default location Lục Yên.",
    "Year-less 'Quý III', '9 tháng', 'năm nay' take 2023 from published. 'tăng 9 cơ sở so với cuối năm 2022' is the change of 83.",
    "'bằng 80,7% kế hoạch năm' is the percent of 121 tỷ. 'gấp đôi năm 2021' (đôi = 2) is the change of 2,8 tỷ, unit lần.",
    "'phấn đấu đến năm 2025 ...; tỷ lệ ...' continues the target after ';'. 'Năm 2024, ... dự kiến' → forecast.",
    "Distractors: 09:12, 'Giấy phép số 12/GP-BTTTT', 'Tổ 3', 'phường Đồng Tâm'.",
]

if __name__ == "__main__":
    build("p1168-8", TEXT, FIGS, NOTES, published="2023-11-28", location="Lục Yên")
