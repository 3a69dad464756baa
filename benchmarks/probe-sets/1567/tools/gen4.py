"""p1567-4: provincial Party newspaper (Báo Bắc Giang): an EVA slipper factory in thị xã Việt Yên opens."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao

Việt Yên: Nhà máy dép xốp 1.600 tỷ đồng đi vào hoạt động

Thứ Tư, 18/09/2024 | 09:45

(BGĐT) - Ngày 16/9, Công ty TNHH Giày dép Hoa Sen Việt đưa Nhà máy sản xuất dép EVA tại Khu công nghiệp Quang Châu, thị xã Việt Yên vào vận hành chính thức, tạo việc làm cho lao động địa phương.

Nhà máy có tổng vốn đầu tư khoảng 1.600 tỷ đồng, diện tích 9,6 ha, gồm 4 xưởng ép xốp và 2 xưởng hoàn thiện. Công suất thiết kế 24 triệu đôi/năm, trong đó 70% sản lượng dành cho xuất khẩu sang Mỹ, EU và Nhật Bản. Giai đoạn đầu, nhà máy tuyển dụng 1.850 lao động; dự kiến đến cuối năm 2025 nâng lên khoảng 3.000 người. Mức lương khởi điểm 6,2 triệu đồng/tháng, cao hơn mức lương tối thiểu vùng II khoảng 25%.

Trong tháng 7 và tháng 8/2024 chạy thử, nhà máy đã xuất 38 container hàng với khoảng 2,7 triệu đôi dép. Năm 2025, công ty phấn đấu doanh thu đạt 85 triệu USD.

Theo Ban Quản lý các KCN tỉnh, 8 tháng đầu năm 2024, các doanh nghiệp da giày trong các KCN của tỉnh xuất khẩu đạt hơn 410 triệu USD, tăng 18,6% so với cùng kỳ. Ngành da giày hiện sử dụng trên 21.000 lao động của tỉnh. Bắc Giang đứng thứ 5 vùng trung du và miền núi phía Bắc về thu hút vốn FDI.

NGỌC ÁNH

Tags: dép xốp, KCN Quang Châu, Việt Yên
Bài viết cùng chuyên mục:
- Tháo gỡ khó khăn cho doanh nghiệp trong KCN Vân Trung
- Lục Ngạn: Hội nghị xúc tiến tiêu thụ vải thiều năm 2024
"""

JA = period("tháng 7 và tháng 8/2024", "2024-07-01", "2024-08-31")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
END25 = period("đến cuối năm 2025", None, "2025-12-31")
E8 = period("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
VY, BG = "Việt Yên", "Bắc Giang"

FIGS = [
    F("xốp 1.600 tỷ", "1.600", 1600e9, "money", "đồng", subject="nhà máy dép xốp"),
    F("khoảng 1.600 tỷ", "1.600", 1600e9, "money", "đồng", approx="about",
      subject="tổng vốn đầu tư nhà máy"),
    F("diện tích 9,6 ha", "9,6", 9.6, "measure", "ha", subject="diện tích nhà máy"),
    F("gồm 4 xưởng", "4", 4, "count", "xưởng", subject="xưởng ép xốp"),
    F("và 2 xưởng", "2", 2, "count", "xưởng", subject="xưởng hoàn thiện"),
    F("kế 24 triệu", "24", 24e6, "measure", "đôi/năm", subject="công suất thiết kế nhà máy"),
    F("trong đó 70%", "70", 70, "percent", "%", subject="sản lượng dành cho xuất khẩu"),
    F("dụng 1.850 lao động", "1.850", 1850, "count", "lao động", subject="lao động nhà máy tuyển dụng giai đoạn đầu"),
    F("khoảng 3.000 người", "3.000", 3000, "count", "người", approx="about", status="forecast",
      subject="lao động nhà máy", period=END25),
    F("điểm 6,2 triệu", "6,2", 6.2e6, "money", "đồng/tháng",
      change=change("increase", 25, "%", "mức lương tối thiểu vùng II", approx="about"),
      subject="mức lương khởi điểm"),
    F("xuất 38 container", "38", 38, "count", "container", subject="container hàng nhà máy đã xuất", period=JA),
    F("khoảng 2,7 triệu", "2,7", 2.7e6, "count", "đôi", approx="about",
      subject="dép nhà máy đã xuất", period=JA),
    F("đạt 85 triệu", "85", 85e6, "money", "USD", status="target", subject="doanh thu công ty", period=Y25),
    F("hơn 410 triệu", "410", 410e6, "money", "USD", approx="over",
      change=change("increase", 18.6, "%", "cùng kỳ"),
      subject="xuất khẩu của các doanh nghiệp da giày trong các KCN", period=E8, location=BG),
    F("trên 21.000 lao động", "21.000", 21000, "count", "lao động", approx="over",
      subject="lao động ngành da giày sử dụng", location=BG),
    F("đứng thứ 5", "5", 5, "rank", "hạng",
      subject="thu hút vốn FDI vùng trung du và miền núi phía Bắc", location=BG),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): menu, headline with a figure, 'Thứ Tư, 18/09/2024 | 09:45' (published),",
    "tag '(BGĐT) -', byline, tags and related links. Company, people and factory are invented; KCN Quang Châu is real.",
    "Distractors: 09:45, 'Ngày 16/9', 'dép EVA', 'vùng II', 'KCN Vân Trung', 'năm 2024' in a link title.",
    "Factory figures → location Việt Yên (thị xã); the last paragraph (KCN of the province, 'Bắc Giang đứng thứ 5') → Bắc Giang.",
    "Headline '1.600 tỷ đồng' is its own figure (exact); the body's 'khoảng 1.600 tỷ đồng' is about.",
    "'gồm 4 xưởng ... và 2 xưởng' follows no counted whole: no total. 'Công suất thiết kế 24 triệu đôi/năm, trong đó 70% sản lượng'",
    "→ the 70% is a percent figure in its own right (a share after 'trong đó', no base of its own unit).",
    "'dự kiến đến cuối năm 2025 ... khoảng 3.000 người' → forecast, as-of end 2025-12-31. 'Giai đoạn đầu' gives no period.",
    "'cao hơn mức lương tối thiểu vùng II khoảng 25%' → change (about) on the wage. 'với khoảng 2,7 triệu đôi' is a figure of its own.",
    "'tháng 7 và tháng 8/2024' → 2024-07-01..2024-08-31 for the trial-run exports. 'hiện sử dụng' → no period.",
]

if __name__ == "__main__":
    write("p1567-4", TEXT, NOTES, FIGS, published="2024-09-18", location=VY)
