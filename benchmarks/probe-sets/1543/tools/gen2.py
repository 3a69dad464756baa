"""p1543-2: district portal (huyện Diễn Châu, Nghệ An): a peanut-oil cooperative and the district's peanut oil."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN DIỄN CHÂU
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp - Nông thôn

Dầu lạc Diễn Thịnh: từ bếp nhà đến sản phẩm OCOP 3 sao

05/07/2024 - 08:45

Hợp tác xã Dầu lạc Thịnh Phát ở xã Diễn Thịnh được thành lập năm 2019 với 15 thành viên, trong đó 9 thành viên là nữ. Ban đầu HTX chỉ có một máy ép thủ công; đến nay đã đầu tư hai máy ép trục vít và hệ thống lọc dầu với tổng kinh phí khoảng 850 triệu đồng, trong đó ngân sách hỗ trợ 300 triệu đồng.

Năm 2023, HTX ép được 46 tấn dầu lạc; doanh thu đạt 6,4 tỷ đồng, tăng 18% so với năm 2022, vượt mục tiêu đề ra là 6 tỷ đồng; lợi nhuận khoảng 720 triệu đồng. Thu nhập của thành viên bình quân 7,5 triệu đồng/người/tháng. Dầu lạc nguyên chất hiện có giá 120.000 đồng/lít; loại chai 500 ml giá 65.000 đồng/chai.

Để chủ động nguyên liệu, HTX liên kết với khoảng ba chục hộ trồng lạc ở các xã Diễn Thịnh, Diễn Trung với diện tích 25 ha. Năng suất lạc năm nay ước đạt 2,8 tấn/ha. HTX thu mua lạc của các hộ với giá từ 28.000 đến 30.000 đồng/kg.

Toàn huyện hiện có 3.150 ha lạc, đứng thứ hai của tỉnh về diện tích, cùng 7 cơ sở ép dầu lạc. 6 tháng đầu năm, các cơ sở ép được khoảng 95 tấn dầu, tăng 12% so với cùng kỳ.

Năm 2024, HTX phấn đấu sản xuất 55 tấn dầu lạc, doanh thu trên 7,5 tỷ đồng; dự kiến xây thêm một nhà xưởng rộng 200 m2 và nâng hạng sản phẩm lên OCOP 4 sao.

Nguồn: Phòng Nông nghiệp và PTNT huyện
Tin khác:
- Diễn Châu ra quân làm thủy lợi nội đồng năm 2024
Địa chỉ: Khối 4, thị trấn Diễn Châu, huyện Diễn Châu, tỉnh Nghệ An
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("với 15 thành viên", "15", 15, "count", "thành viên",
        subject="thành viên Hợp tác xã Dầu lạc Thịnh Phát"),
    fig("trong đó 9 thành viên", "9", 9, "count", "thành viên", total=15,
        subject="thành viên là nữ"),
    fig("có một máy ép", "một", 1, "count", "máy ép", subject="máy ép thủ công ban đầu của HTX"),
    fig("hai máy ép", "hai", 2, "count", "máy ép", subject="máy ép trục vít HTX đầu tư"),
    fig("khoảng 850 triệu", "850", 850e6, "money", "đồng", approx="about",
        subject="tổng kinh phí đầu tư máy ép và hệ thống lọc dầu"),
    fig("hỗ trợ 300 triệu", "300", 300e6, "money", "đồng", total=850e6,
        subject="ngân sách hỗ trợ"),
    fig("được 46 tấn", "46", 46, "measure", "tấn", subject="dầu lạc HTX ép được", period=Y23),
    fig("đạt 6,4 tỷ", "6,4", 6.4e9, "money", "đồng",
        change=chg("increase", 18, "%", "năm 2022"), target=tgt(6e9, "đồng", met=True),
        subject="doanh thu của HTX", period=Y23),
    fig("khoảng 720 triệu", "720", 720e6, "money", "đồng", approx="about",
        subject="lợi nhuận của HTX", period=Y23),
    fig("bình quân 7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của thành viên", period=inh(Y23)),
    fig("giá 120.000 đồng/lít", "120.000", 120000, "money", "đồng/lít",
        subject="giá dầu lạc nguyên chất"),
    fig("chai 500 ml", "500", 500, "measure", "ml", subject="dung tích chai dầu lạc", optional=True),
    fig("giá 65.000 đồng/chai", "65.000", 65000, "money", "đồng/chai",
        subject="giá dầu lạc loại chai 500 ml"),
    fig("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about",
        subject="hộ trồng lạc liên kết với HTX"),
    fig("diện tích 25 ha", "25", 25, "measure", "ha", subject="diện tích trồng lạc liên kết"),
    fig("ước đạt 2,8 tấn/ha", "2,8", 2.8, "measure", "tấn/ha", status="estimate",
        subject="năng suất lạc", period=NOW),
    fig("từ 28.000 đến 30.000", "28.000", 28000, "money", "đồng/kg", value_max=30000,
        subject="giá HTX thu mua lạc"),
    fig("có 3.150 ha", "3.150", 3150, "measure", "ha", subject="diện tích lạc toàn huyện"),
    fig("đứng thứ hai", "hai", 2, "rank", "hạng", subject="diện tích lạc"),
    fig("cùng 7 cơ sở", "7", 7, "count", "cơ sở", subject="cơ sở ép dầu lạc"),
    fig("khoảng 95 tấn", "95", 95, "measure", "tấn", approx="about",
        change=chg("increase", 12, "%", "cùng kỳ"),
        subject="dầu các cơ sở ép được", period=H1),
    fig("sản xuất 55 tấn", "55", 55, "measure", "tấn", status="target",
        subject="dầu lạc HTX sản xuất", period=Y24),
    fig("trên 7,5 tỷ", "7,5", 7.5e9, "money", "đồng", approx="over", status="target",
        subject="doanh thu của HTX", period=Y24),
    fig("thêm một nhà xưởng", "một", 1, "count", "nhà xưởng", status="forecast",
        subject="nhà xưởng HTX xây thêm", period=Y24),
    fig("rộng 200 m2", "200", 200, "measure", "m2", status="forecast",
        subject="diện tích nhà xưởng xây thêm", period=Y24),
]

NOTES = [
    "District portal (huyện Diễn Châu, Nghệ An): banner, menu, '05/07/2024 - 08:45' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'OCOP 3 sao', 'OCOP 4 sao', founding year 'năm 2019', 'Khối 4', 08:45, 'năm 2024' in a link.",
    "All figures are located in the district Diễn Châu (xã Diễn Thịnh is a commune, below the spec's place level).",
    "'thành lập năm 2019 với 15 thành viên': the founding year is no period of the count (left without period, not scored).",
    "'vượt mục tiêu đề ra là 6 tỷ đồng' → target 6 tỷ (met); the change 18% is the first change attribute.",
    "'loại chai 500 ml' container size: optional. 'ba chục' = 30 (about). 'đứng thứ hai của tỉnh' → rank 2.",
    "Year-less '6 tháng đầu năm' takes 2024 ('năm nay' earlier, dateline 2024).",
    "'Năm 2024, HTX phấn đấu ...; dự kiến ...': the phấn đấu clause is target, the dự kiến clause forecast; Năm 2024 covers the sentence.",
]

if __name__ == "__main__":
    write("p1543-2", TEXT, NOTES, FIGS, published="2024-07-05", location="Diễn Châu")
