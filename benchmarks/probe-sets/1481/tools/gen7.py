"""p1481-7: news agency (TTXVN): a Japanese-invested jumbo-bag plant opens in Hải Phòng."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """TTXVN | Kinh tế | Doanh nghiệp
Ngày đăng: 12/06/2024 16:20

Hải Phòng: Khánh thành nhà máy bao jumbo vốn Nhật Bản

Hải Phòng, 12/6 (TTXVN) - Ngày 12/6, Công ty TNHH Bao bì Kyowa Việt Nam đã khánh thành nhà máy sản xuất bao jumbo tại lô CN4.3B, Khu công nghiệp Nam Đình Vũ (quận Hải An), với tổng vốn đầu tư 45 triệu USD.

Nhà máy có diện tích 6,2 ha, công suất thiết kế 3 triệu bao jumbo/năm, gấp 1,5 lần nhà máy của tập đoàn tại Thái Lan. Giai đoạn 1, công ty tuyển dụng 800 lao động; 100% sản phẩm xuất khẩu sang Nhật Bản và Australia. Theo kế hoạch, đến năm 2026, khi hoàn thành giai đoạn 2, công suất sẽ nâng lên 5 triệu bao/năm, số lao động khoảng 1.500 người.

Ông Takeshi Mori, Tổng giám đốc công ty, cho biết doanh thu năm đầu tiên dự kiến đạt 38 triệu USD. Công ty ưu tiên tuyển lao động địa phương, mức lương khởi điểm 7,2 triệu đồng/tháng, cao hơn khoảng 15% so với mức lương tối thiểu vùng.

Theo Sở Công Thương Hải Phòng, thành phố hiện có hơn 40 dự án FDI trong lĩnh vực bao bì với tổng vốn đăng ký gần 1,2 tỷ USD. 5 tháng đầu năm 2024, chỉ số sản xuất ngành sản xuất sản phẩm từ plastic của thành phố tăng 14,2% so với cùng kỳ. Kim ngạch xuất khẩu bao bì của thành phố năm 2023 gấp 2,3 lần năm 2019.

Phát biểu tại lễ khánh thành, Phó Chủ tịch UBND thành phố đề nghị doanh nghiệp tiếp tục mở rộng đầu tư, phấn đấu sử dụng ít nhất 30% nguyên liệu sản xuất trong nước.

Hoàng Ngọc (TTXVN)

Từ khóa: bao jumbo, Hải Phòng, FDI
"""

HA = "Hải An"
T26 = per("đến năm 2026", None, "2026-12-31")

FIGS = [
    fig("tư 45 triệu", "45", 45e6, "money", "USD",
        subject="tổng vốn đầu tư nhà máy sản xuất bao jumbo", location=HA),
    fig("6,2 ha", "6,2", 6.2, "measure", "ha", subject="diện tích nhà máy", location=HA),
    fig("thiết kế 3 triệu", "3", 3e6, "measure", "bao jumbo/năm",
        change=chg("increase", 1.5, "lần", "nhà máy của tập đoàn tại Thái Lan"),
        subject="công suất thiết kế nhà máy", location=HA),
    fig("tuyển dụng 800 lao động", "800", 800, "count", "lao động",
        subject="lao động công ty tuyển dụng giai đoạn 1", location=HA),
    fig("100% sản phẩm", "100", 100, "percent", "%", subject="sản phẩm xuất khẩu", location=HA),
    fig("lên 5 triệu", "5", 5e6, "measure", "bao/năm", status="target",
        subject="công suất nhà máy", period=T26, location=HA),
    fig("khoảng 1.500 người", "1.500", 1500, "count", "người", approx="about", status="target",
        subject="số lao động", period=T26, location=HA),
    fig("đạt 38 triệu", "38", 38e6, "money", "USD", status="forecast",
        subject="doanh thu năm đầu tiên", location=HA),
    fig("7,2 triệu", "7,2", 7.2e6, "money", "đồng/tháng",
        change=chg("increase", 15, "%", "mức lương tối thiểu vùng", approx="about"),
        subject="mức lương khởi điểm", location=HA),
    fig("hơn 40 dự án", "40", 40, "count", "dự án", approx="over", subject="dự án FDI trong lĩnh vực bao bì"),
    fig("gần 1,2 tỷ", "1,2", 1.2e9, "money", "USD", approx="nearly",
        subject="tổng vốn đăng ký dự án FDI trong lĩnh vực bao bì"),
    fig("tăng 14,2%", "14,2", 14.2, "percent", "%",
        subject="chỉ số sản xuất ngành sản xuất sản phẩm từ plastic",
        period=per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")),
    fig("gấp 2,3 lần", "2,3", 2.3, "multiple", "lần", subject="kim ngạch xuất khẩu bao bì của thành phố",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
        subject="nguyên liệu sản xuất trong nước doanh nghiệp sử dụng"),
]

NOTES = [
    "News agency (TTXVN): section path, 'Ngày đăng: 12/06/2024 16:20' (published), 'Hải Phòng, 12/6 (TTXVN) -', byline, keywords.",
    "Distractors: 'Ngày 12/6' (date), 'lô CN4.3B' (a plot name with digits), 'Giai đoạn 1'/'giai đoạn 2' (phase labels), 'năm đầu tiên' (ordinal).",
    "Plant figures: location Hải An (quận Hải An named for the plant); city figures: Hải Phòng.",
    "'công suất thiết kế 3 triệu bao jumbo/năm, gấp 1,5 lần nhà máy ... tại Thái Lan' → change 1,5 lần on the capacity.",
    "'Theo kế hoạch, đến năm 2026, ... công suất sẽ nâng lên 5 triệu bao/năm, số lao động khoảng 1.500 người' → target, period end 2026.",
    "'doanh thu năm đầu tiên dự kiến đạt 38 triệu USD' → forecast; 'năm đầu tiên' gives no dated period.",
    "'mức lương khởi điểm 7,2 triệu đồng/tháng, cao hơn khoảng 15% so với mức lương tối thiểu vùng' → change 15% (about).",
    "'Kim ngạch xuất khẩu ... năm 2023 gấp 2,3 lần năm 2019' stands alone as the claim (no amount): kind multiple, period 2023.",
    "'đề nghị ... phấn đấu sử dụng ít nhất 30% nguyên liệu sản xuất trong nước' → target (phấn đấu), no period.",
]

if __name__ == "__main__":
    write("p1481-7", TEXT, NOTES, FIGS, published="2024-06-12", location="Hải Phòng")
