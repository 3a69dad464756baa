"""p1541-5: provincial newspaper (Báo Bắc Giang, tag (BGO)): a zipper factory in thị xã Việt Yên opens; province FDI."""
from lib import fig, per, chg, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế › Công nghiệp

Nhà máy khóa kéo 30 triệu USD đi vào hoạt động

Thứ Năm, 11/07/2024 | 09:12

(BGO) - Ngày 10/7, Nhà máy khóa kéo của Công ty TNHH Phụ liệu Kim Long Việt Nam tại Khu công nghiệp Vân Trung (thị xã Việt Yên) chính thức đi vào hoạt động, tạo việc làm cho gần 800 lao động.

Nhà máy có tổng vốn đầu tư 30 triệu USD, xây dựng trên diện tích 5,2 ha, công suất thiết kế 180 triệu sợi khóa kéo/năm. Giai đoạn 1, nhà máy vận hành 24 dây chuyền; năm nay dự kiến sản xuất khoảng 45 triệu sợi, doanh thu khoảng 12 triệu USD. Khi hoạt động hết công suất vào năm 2026, doanh thu dự kiến đạt 50 triệu USD/năm, trong đó 85% sản phẩm xuất khẩu sang Mỹ và châu Âu.

Ông Lê Văn Tùng, Giám đốc nhà máy cho biết: “Lương khởi điểm của công nhân là 5,5 triệu đồng/tháng, cao hơn 10% mức lương tối thiểu vùng. Đến nay, công ty đã tuyển được 520 người, trong đó 65% là lao động nữ”.

Theo Ban Quản lý các khu công nghiệp tỉnh, 6 tháng đầu năm 2024, Bắc Giang thu hút 9 dự án FDI mới trong lĩnh vực dệt may và phụ liệu, tổng vốn đăng ký hơn 210 triệu USD, gấp 2,3 lần cùng kỳ năm 2023. Hiện toàn tỉnh có 46 doanh nghiệp sản xuất nguyên phụ liệu dệt may, sử dụng hơn 21 nghìn lao động.

NGUYỄN THU HÀ
Từ khóa: khóa kéo, phụ liệu may, Việt Yên
"""

NN = per("năm nay", "2024-01-01", "2024-12-31")
Y26 = per("vào năm 2026", "2026-01-01", "2026-12-31")
NOW = per("Đến nay", None, "2024-07-11")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
VY = "Việt Yên"

FIGS = [
    fig("khóa kéo 30 triệu", "30", 30e6, "money", "USD", subject="vốn đầu tư nhà máy khóa kéo", location=VY),
    fig("gần 800 lao động", "800", 800, "count", "lao động", approx="nearly",
        subject="việc làm nhà máy khóa kéo tạo ra", location=VY),
    fig("đầu tư 30 triệu", "30", 30e6, "money", "USD", subject="tổng vốn đầu tư nhà máy", location=VY),
    fig("diện tích 5,2 ha", "5,2", 5.2, "measure", "ha", subject="diện tích nhà máy", location=VY),
    fig("thiết kế 180 triệu", "180", 180e6, "measure", "sợi khóa kéo/năm",
        subject="công suất thiết kế nhà máy", location=VY),
    fig("vận hành 24 dây", "24", 24, "count", "dây chuyền", subject="dây chuyền nhà máy vận hành giai đoạn 1",
        location=VY),
    fig("khoảng 45 triệu", "45", 45e6, "count", "sợi", approx="about", status="forecast",
        subject="sản lượng nhà máy", period=NN, location=VY),
    fig("khoảng 12 triệu", "12", 12e6, "money", "USD", approx="about", status="forecast",
        subject="doanh thu nhà máy", period=NN, location=VY),
    fig("đạt 50 triệu", "50", 50e6, "money", "USD/năm", status="forecast",
        subject="doanh thu khi hoạt động hết công suất", period=Y26, location=VY),
    fig("trong đó 85%", "85", 85, "percent", "%", status="forecast",
        subject="sản phẩm xuất khẩu sang Mỹ và châu Âu", period=Y26, location=VY),
    fig("là 5,5 triệu", "5,5", 5.5e6, "money", "đồng/tháng",
        change=chg("increase", 10, "%", "mức lương tối thiểu vùng"),
        subject="lương khởi điểm của công nhân", location=VY),
    fig("được 520 người", "520", 520, "count", "người", subject="lao động công ty đã tuyển", period=NOW,
        location=VY),
    fig("trong đó 65%", "65", 65, "percent", "%", subject="lao động nữ", period=NOW, location=VY),
    fig("hút 9 dự án", "9", 9, "count", "dự án", subject="dự án FDI mới trong lĩnh vực dệt may và phụ liệu",
        period=H1),
    fig("hơn 210 triệu", "210", 210e6, "money", "USD", approx="over",
        change=chg("increase", 2.3, "lần", "cùng kỳ năm 2023"), subject="tổng vốn đăng ký", period=H1),
    fig("có 46 doanh nghiệp", "46", 46, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất nguyên phụ liệu dệt may"),
    fig("hơn 21 nghìn", "21", 21000, "count", "lao động", approx="over",
        subject="lao động doanh nghiệp sản xuất nguyên phụ liệu dệt may sử dụng"),
]

NOTES = [
    "Provincial newspaper (Báo Bắc Giang): 'Thứ Năm, 11/07/2024 | 09:12', tag '(BGO) -', sapo, quote, byline, tags.",
    "Distractors: 'Ngày 10/7' (event date), 09:12, 'Giai đoạn 1' (a phase name), 'Khu công nghiệp Vân Trung', 'vào năm 2026' as a period.",
    "The factory is in thị xã Việt Yên: its figures (headline too) are located there; the BQL KCN paragraph is Bắc Giang.",
    "Headline '30 triệu USD' and the body's 'tổng vốn đầu tư 30 triệu USD' are two mentions, both annotated.",
    "'năm nay dự kiến ... khoảng 45 triệu sợi, doanh thu khoảng 12 triệu USD' → forecast, 2024. 'trong đó 85% sản phẩm' continues",
    "  the 'dự kiến' clause → forecast, 2026. 'trong đó 65% là lao động nữ' is a percent figure of its own.",
    "'Đến nay' is an as-of date: end = published 2024-07-11. 'gấp 2,3 lần cùng kỳ năm 2023' → change (increase, 2,3 lần).",
    "'cao hơn 10% mức lương tối thiểu vùng' → change of the wage. 'hơn 21 nghìn' = 21 000 (over).",
]

if __name__ == "__main__":
    write("p1541-5", TEXT, NOTES, FIGS, published="2024-07-11", location="Bắc Giang")
