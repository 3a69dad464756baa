"""p1548-5: provincial newspaper (Báo Bắc Giang, tag BGĐT): a roller-blind factory opens in KCN Quang Châu (thị xã Việt Yên)."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Công nghiệp

Nhà máy rèm cuốn 30 triệu USD đi vào hoạt động

Cập nhật lúc 15:12, Thứ Ba, 21/05/2024

(BGĐT) - Sáng 21/5, Công ty TNHH Rèm Sunview Việt Nam khánh thành nhà máy sản xuất rèm cuốn, rèm cầu vồng tại Khu công nghiệp Quang Châu (thị xã Việt Yên), với tổng vốn đầu tư 30 triệu USD.

Nhà máy có diện tích hơn 5,6 ha, gồm 3 xưởng sản xuất và một kho thành phẩm, công suất thiết kế 4,5 triệu m2/năm. Giai đoạn 1, công ty lắp đặt 24 dây chuyền dệt và cắt tự động, chủ yếu sản xuất dòng rèm Zebra Z300 và rèm chống nắng Blackout 99. Công ty dự kiến năm nay đạt doanh thu khoảng 18 triệu USD, trong đó 95% sản phẩm xuất khẩu sang Hoa Kỳ, Canada và châu Âu.

Hiện nhà máy đã tuyển dụng 850 lao động, trong đó 620 lao động địa phương; dự kiến đến cuối năm 2024 nâng lên khoảng 1.200 người. Thu nhập bình quân của công nhân từ 8,5 đến 9 triệu đồng/tháng, cao hơn khoảng 10% so với mặt bằng chung trong khu công nghiệp.

Ông Lee Jun-ho, Tổng Giám đốc công ty cho biết, đơn hàng đã kín đến hết quý III; năm 2025, công ty dự kiến đầu tư giai đoạn 2 với số vốn 20 triệu USD, nâng công suất lên 7 triệu m2/năm.

Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh đề nghị công ty tuân thủ quy định về môi trường, phòng cháy, chữa cháy. Hiện KCN Quang Châu đã thu hút 112 dự án với tổng vốn đăng ký hơn 3,2 tỷ USD, tỷ lệ lấp đầy đạt 98%.

Thu Hương

Tin cùng chuyên mục
- Việt Yên: Khởi công dự án nhà ở xã hội tại phường Nếnh
- Bắc Giang: Hội nghị xúc tiến đầu tư vào các khu công nghiệp
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
EOY = per("đến cuối năm 2024", None, "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("rèm cuốn 30 triệu", "30", 30e6, "money", "USD", subject="nhà máy rèm cuốn"),
    fig("tư 30 triệu", "30", 30e6, "money", "USD",
        subject="tổng vốn đầu tư nhà máy sản xuất rèm cuốn, rèm cầu vồng"),
    fig("hơn 5,6 ha", "5,6", 5.6, "measure", "ha", approx="over", subject="diện tích nhà máy"),
    fig("gồm 3 xưởng", "3", 3, "count", "xưởng", subject="xưởng sản xuất của nhà máy"),
    fig("và một kho", "một", 1, "count", "kho", subject="kho thành phẩm"),
    fig("kế 4,5 triệu", "4,5", 4.5e6, "measure", "m2/năm", subject="công suất thiết kế của nhà máy"),
    fig("lắp đặt 24 dây chuyền", "24", 24, "count", "dây chuyền", subject="dây chuyền dệt và cắt tự động"),
    fig("khoảng 18 triệu", "18", 18e6, "money", "USD", approx="about", status="forecast",
        subject="doanh thu của công ty", period=NOW),
    fig("trong đó 95%", "95", 95, "percent", "%", status="forecast",
        subject="sản phẩm xuất khẩu sang Hoa Kỳ, Canada và châu Âu", period=NOW),
    fig("dụng 850 lao động", "850", 850, "count", "lao động", subject="lao động nhà máy đã tuyển dụng"),
    fig("trong đó 620 lao động", "620", 620, "count", "lao động", total=850, subject="lao động địa phương"),
    fig("khoảng 1.200 người", "1.200", 1200, "count", "người", approx="about", status="forecast",
        subject="lao động của nhà máy", period=EOY),
    fig("từ 8,5 đến 9 triệu", "8,5", 8.5e6, "money", "đồng/tháng", value_max=9e6,
        change=chg("increase", 10, "%", "mặt bằng chung trong khu công nghiệp"),
        subject="thu nhập bình quân của công nhân"),
    fig("vốn 20 triệu", "20", 20e6, "money", "USD", status="forecast",
        subject="số vốn đầu tư giai đoạn 2", period=Y25),
    fig("lên 7 triệu", "7", 7e6, "measure", "m2/năm", status="forecast", subject="công suất", period=Y25),
    fig("thu hút 112 dự án", "112", 112, "count", "dự án", subject="dự án KCN Quang Châu đã thu hút"),
    fig("hơn 3,2 tỷ", "3,2", 3.2e9, "money", "USD", approx="over", subject="tổng vốn đăng ký"),
    fig("đạt 98%", "98", 98, "percent", "%", subject="tỷ lệ lấp đầy"),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): 'Cập nhật lúc 15:12, Thứ Ba, 21/05/2024' (published), tag '(BGĐT) -', byline at the end.",
    "Distractors: 15:12, 'Sáng 21/5', 'Giai đoạn 1', 'giai đoạn 2', product names 'Zebra Z300' and 'Blackout 99', 'quý III' (a time),",
    "'phường Nếnh' in a related-link title.",
    "The factory and KCN Quang Châu are in thị xã Việt Yên: every figure is located there (default location Việt Yên).",
    "Headline 'Nhà máy rèm cuốn 30 triệu USD' restates the investment: a figure of its own (subject as the headline names it).",
    "'gồm 3 xưởng sản xuất và một kho' are not parts of the 5,6 ha (other units): no total.",
    "'dự kiến năm nay ... khoảng 18 triệu USD, trong đó 95% sản phẩm xuất khẩu' → both forecast; 'năm nay' = 2024 (published).",
    "95% follows 'trong đó' after a money amount; it is a share of products, a percent figure of its own.",
    "'dự kiến đến cuối năm 2024 nâng lên khoảng 1.200 người' → forecast, as-of period (start null, end 2024-12-31).",
    "'cao hơn khoảng 10% so với mặt bằng chung' is the change of the wage range. 'năm 2025, công ty dự kiến' → forecast for both figures.",
    "'Hiện KCN ...' figures are standing (no period).",
]

if __name__ == "__main__":
    write("p1548-5", TEXT, NOTES, FIGS, published="2024-05-21", location="Việt Yên")
