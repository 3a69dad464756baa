"""p1501-8: radio-TV site (Đài PT-TH Hà Nam): a bathroom-fittings plant opens in thị xã Duy Tiên; provincial FDI."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HÀ NAM
Thời sự | Kinh tế | Xã hội | Phóng sự | Video | Nghe đài

Khánh thành nhà máy thiết bị phòng tắm vốn 55 triệu USD tại Duy Tiên

Thứ Sáu, 28/06/2024 17:25

Sáng 28/6, Công ty TNHH Thiết bị phòng tắm Aqualine Việt Nam khánh thành nhà máy tại Khu công nghiệp Đồng Văn IV, thị xã Duy Tiên. Nhà máy có tổng vốn đầu tư 55 triệu USD, xây dựng trên diện tích 8,6 ha, công suất thiết kế 600.000 sản phẩm/năm gồm bồn tắm, lavabo đá nhân tạo và tủ chậu.

Giai đoạn 1, nhà máy tuyển dụng khoảng 450 lao động, trong đó hơn 90% là lao động địa phương; đến cuối năm 2025 dự kiến nâng lên 800-850 người. Năm 2024, công ty dự kiến xuất khẩu khoảng 180.000 sản phẩm sang châu Âu và Australia, doanh thu đạt 14-16 triệu USD. Gần ba chục doanh nghiệp trong tỉnh đã ký hợp đồng cung ứng bao bì, phụ kiện cho nhà máy.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Lê Văn Khải cho biết 6 tháng đầu năm 2024, Hà Nam thu hút 21 dự án FDI mới với tổng vốn đăng ký 412,5 triệu USD, gấp 2,3 lần cùng kỳ, xếp thứ 9 cả nước về vốn đăng ký. Tỉnh phấn đấu cả năm thu hút ít nhất 35 dự án FDI mới. Đây là lần thứ 3 nhà đầu tư này mở rộng sản xuất tại Hà Nam.

Dự kiến trong quý III, nhà máy sẽ khởi công giai đoạn 2 với vốn bổ sung 30 triệu USD. Khi hoàn thành, tổng công suất của nhà máy dự kiến nâng lên 1 triệu sản phẩm/năm.

Hồng Nhung - Quang Huy (Hà Nam TV)
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến cuối năm 2025", None, "2025-12-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
DT = "Duy Tiên"

FIGS = [
    fig("vốn 55 triệu USD tại", "55", 55e6, "money", "USD", subject="vốn nhà máy thiết bị phòng tắm", location=DT),
    fig("tư 55 triệu", "55", 55e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=DT),
    fig("diện tích 8,6 ha", "8,6", 8.6, "measure", "ha", subject="diện tích nhà máy", location=DT),
    fig("thiết kế 600.000", "600.000", 600000, "measure", "sản phẩm/năm",
        subject="công suất thiết kế nhà máy", location=DT),
    fig("khoảng 450 lao động", "450", 450, "count", "lao động", approx="about",
        subject="lao động nhà máy tuyển dụng", location=DT),
    fig("hơn 90%", "90", 90, "percent", "%", approx="over", subject="lao động địa phương", location=DT),
    fig("lên 800-850", "800", 800, "count", "người", value_max=850, status="forecast",
        subject="lao động nhà máy", period=TO25, location=DT),
    fig("khoảng 180.000", "180.000", 180000, "count", "sản phẩm", approx="about", status="forecast",
        subject="sản phẩm công ty xuất khẩu", period=Y24, location=DT),
    fig("đạt 14-16 triệu", "14", 14e6, "money", "USD", value_max=16e6, status="forecast",
        subject="doanh thu của công ty", period=Y24, location=DT),
    fig("Gần ba chục", "ba chục", 30, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp trong tỉnh ký hợp đồng cung ứng bao bì, phụ kiện cho nhà máy"),
    fig("hút 21 dự án", "21", 21, "count", "dự án", subject="dự án FDI mới Hà Nam thu hút", period=H1),
    fig("ký 412,5 triệu", "412,5", 412.5e6, "money", "USD", change=chg("increase", 2.3, "lần", "cùng kỳ"),
        subject="tổng vốn đăng ký dự án FDI mới", period=H1),
    fig("xếp thứ 9", "9", 9, "rank", "hạng", subject="vốn đăng ký FDI", period=H1),
    fig("ít nhất 35 dự án", "35", 35, "count", "dự án", approx="at_least", status="target",
        subject="dự án FDI mới tỉnh thu hút", period=YEAR),
    fig("bổ sung 30 triệu", "30", 30e6, "money", "USD", status="forecast",
        subject="vốn bổ sung giai đoạn 2 của nhà máy", period=Q3, location=DT),
    fig("lên 1 triệu", "1", 1e6, "measure", "sản phẩm/năm", status="forecast",
        subject="tổng công suất của nhà máy", location=DT),
]

NOTES = [
    "Radio-TV site (Đài PT-TH Hà Nam): menu, headline, 'Thứ Sáu, 28/06/2024 17:25', byline '(Hà Nam TV)'.",
    "Distractors: 17:25, 'Sáng 28/6', 'Khu công nghiệp Đồng Văn IV', 'Giai đoạn 1', 'giai đoạn 2', 'lần thứ 3' (ordinal).",
    "The plant in thị xã Duy Tiên: its figures (headline included) are located in Duy Tiên; provincial FDI figures in Hà Nam;",
    "'Gần ba chục doanh nghiệp trong tỉnh' (number words, 30, nearly) is a provincial count: Hà Nam.",
    "'trong đó hơn 90% là lao động địa phương' is a percent figure of its own (share of a part). 'dự kiến' governs the continuing",
    "clause 'doanh thu đạt 14-16 triệu USD' (forecast). 'gấp 2,3 lần cùng kỳ' → change of 412,5 triệu USD (2,3 lần).",
    "'xếp thứ 9 cả nước về vốn đăng ký' → rank of Hà Nam. 'phấn đấu' → target; year-less 'quý III', 'cả năm' take 2024.",
    "'Dự kiến trong quý III' → forecast, period quý III for vốn bổ sung 30 triệu; next sentence 'Khi hoàn thành, ... dự kiến nâng lên 1 triệu' → forecast, no period.",
]

if __name__ == "__main__":
    write("p1501-8", TEXT, NOTES, FIGS, published="2024-06-28", location="Hà Nam")
