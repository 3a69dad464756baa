"""p1547-2: district portal (huyện Văn Lâm, Hưng Yên): glass and mirror workshops, a bathroom-mirror maker."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ » Kinh tế » Công nghiệp - Tiểu thủ công nghiệp

Nghề gia công kính, gương ở Văn Lâm phát triển mạnh
18/06/2024 - 10:20

Toàn huyện hiện có gần ba chục cơ sở gia công kính, gương, tập trung ở các xã Lạc Hồng, Trưng Trắc và thị trấn Như Quỳnh, thu hút khoảng 640 lao động với thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Tiêu biểu là Công ty TNHH Gương kính Minh Phát tại Cụm công nghiệp Lạc Hồng. Năm 2023, công ty sản xuất 410.000 sản phẩm gương phòng tắm và gương trang trí, tăng 18% so với năm 2022; doanh thu đạt 96 tỷ đồng, vượt 6,7% kế hoạch; nộp ngân sách hơn 4,5 tỷ đồng. Công ty có 126 công nhân, trong đó 48 lao động nữ. 5 tháng đầu năm 2024, công ty xuất khẩu 62.000 sản phẩm sang Nhật Bản và Hàn Quốc, trong đó gương có đèn LED chiếm khoảng 40%.

Ông Nguyễn Văn Thịnh, Giám đốc công ty cho biết: "Năm nay, công ty phấn đấu doanh thu đạt 110 tỷ đồng và dự kiến tuyển thêm từ 30 đến 40 lao động".

Theo Phòng Kinh tế và Hạ tầng huyện, năm 2023 tổng giá trị sản xuất nghề gia công kính, gương đạt khoảng 215 tỷ đồng, chiếm 2,4% giá trị sản xuất công nghiệp - tiểu thủ công nghiệp của huyện. Huyện phấn đấu đến năm 2025 có ít nhất 3 cơ sở đạt chứng nhận ISO 9001 và 100% cơ sở có hồ sơ bảo vệ môi trường.

Nguồn: Phòng Văn hóa và Thông tin huyện Văn Lâm

Tin khác:
- Văn Lâm: Hội nghị sơ kết 6 tháng đầu năm 2024
- Xã Lạc Đạo đón nhận danh hiệu nông thôn mới nâng cao

Địa chỉ: Thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên - Điện thoại: 0221.3985.248
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("gần ba chục cơ sở", "ba chục", 30, "count", "cơ sở", approx="nearly",
        subject="cơ sở gia công kính, gương"),
    fig("khoảng 640 lao động", "640", 640, "count", "lao động", approx="about",
        subject="lao động các cơ sở gia công kính, gương thu hút"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của lao động"),
    fig("sản xuất 410.000 sản phẩm", "410.000", 410000, "count", "sản phẩm",
        change=chg("increase", 18, "%", "năm 2022"),
        subject="sản phẩm gương phòng tắm và gương trang trí công ty sản xuất", period=Y23),
    fig("đạt 96 tỷ", "96", 96e9, "money", "đồng", change=chg("increase", 6.7, "%", "kế hoạch"),
        subject="doanh thu của công ty", period=Y23),
    fig("hơn 4,5 tỷ", "4,5", 4.5e9, "money", "đồng", approx="over",
        subject="nộp ngân sách của công ty", period=Y23),
    fig("có 126 công nhân", "126", 126, "count", "công nhân", subject="công nhân của công ty"),
    fig("48 lao động nữ", "48", 48, "count", "lao động", total=126, subject="lao động nữ"),
    fig("xuất khẩu 62.000 sản phẩm", "62.000", 62000, "count", "sản phẩm",
        subject="sản phẩm công ty xuất khẩu sang Nhật Bản và Hàn Quốc", period=M5),
    fig("chiếm khoảng 40%", "40", 40, "percent", "%", approx="about",
        subject="tỷ trọng gương có đèn LED trong sản phẩm xuất khẩu", period=M5),
    fig("đạt 110 tỷ", "110", 110e9, "money", "đồng", status="target",
        subject="doanh thu của công ty", period=NOW),
    fig("từ 30 đến 40 lao động", "30", 30, "count", "lao động", value_max=40, status="forecast",
        subject="lao động công ty tuyển thêm", period=NOW),
    fig("khoảng 215 tỷ", "215", 215e9, "money", "đồng", approx="about", percent=2.4,
        subject="tổng giá trị sản xuất nghề gia công kính, gương", period=Y23b),
    fig("ít nhất 3 cơ sở", "3", 3, "count", "cơ sở", approx="at_least", status="target",
        subject="cơ sở đạt chứng nhận ISO 9001", period=T25),
    fig("100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ cơ sở có hồ sơ bảo vệ môi trường", period=T25),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên): banner naming the district, breadcrumb, '18/06/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'ISO 9001' (a standard's name), '6 tháng đầu năm 2024' in a link title, phone 0221.3985.248, 'Cụm công nghiệp Lạc Hồng'.",
    "All figures are the district's (location Văn Lâm); the firm stands in the district, the communes named are a list of places of the workshops.",
    "'gần ba chục cơ sở' = nearly 30 (number words); 'từ 7 đến 9 triệu' shares the multiplier: 7e6..9e6.",
    "'doanh thu đạt 96 tỷ đồng, vượt 6,7% kế hoạch' → change +6,7% against the plan (FIGURES.md: a gap to a plan is a change).",
    "'trong đó 48 lao động nữ' → total 126; 'trong đó gương có đèn LED chiếm khoảng 40%' is a percent figure of its own.",
    "The quote: 'Năm nay ... phấn đấu' → target (2024 from the dateline); 'dự kiến tuyển thêm từ 30 đến 40' → forecast, same period.",
    "'126 công nhân' is a standing count with no period in its sentence (none given).",
]

if __name__ == "__main__":
    write("p1547-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Văn Lâm")
