"""p1370-6: ministry site (Bộ Công Thương - Tổng cục QLTT): national results 2024, province list, e-commerce, targets."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ CÔNG THƯƠNG
TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG
Trang chủ > Tin tức > Hoạt động của Tổng cục

Năm 2024, lực lượng QLTT cả nước xử lý hơn 56.000 vụ vi phạm
14/01/2025 | 09:30 | Văn phòng Tổng cục

Ngày 13/1, tại Hà Nội, Tổng cục QLTT tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Theo báo cáo, năm 2024 toàn lực lượng đã kiểm tra 71.530 vụ, phát hiện và xử lý 56.218 vụ vi phạm, giảm 3,2% so với năm 2023; tổng thu nộp ngân sách nhà nước đạt 586,3 tỷ đồng, vượt 17,3% chỉ tiêu được giao.

Riêng lĩnh vực hàng giả, hàng xâm phạm quyền sở hữu trí tuệ, lực lượng QLTT đã xử lý 5.874 vụ, tịch thu và tiêu hủy hàng hóa trị giá trên 105 tỷ đồng. Các địa phương xử lý nhiều vụ hàng giả nhất là Hà Nội (812 vụ), TP Hồ Chí Minh (745 vụ), Hải Phòng (318 vụ) và Bắc Ninh (291 vụ).

Trên môi trường mạng, Tổng cục đã phối hợp với các sàn thương mại điện tử gỡ bỏ hơn 96.000 đường dẫn bán hàng giả, hàng nhái, gấp 1,8 lần năm 2023, khóa 12.600 gian hàng vi phạm.

Năm 2025, Tổng cục đặt mục tiêu số vụ hàng giả được phát hiện, xử lý tăng từ 10 đến 15% so với năm 2024; phấn đấu 100% Cục QLTT tỉnh, thành phố triển khai kiểm tra trên môi trường số. Theo Đề án chống hàng giả trên môi trường mạng, mục tiêu đến năm 2030 giảm 50% số gian hàng trực tuyến vi phạm so với năm 2024.

Địa chỉ: Tầng 5, số 23 Ngô Quyền, quận Hoàn Kiếm, Hà Nội | Điện thoại: 024.3936.6789
"""

H24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y24i = inh(Y24)
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
LIST = "vụ hàng giả xử lý"

FIGS = [
    fig("hơn 56.000 vụ", "56.000", 56000, "count", "vụ", approx="over",
        subject="vụ vi phạm lực lượng QLTT cả nước xử lý", period=H24),
    fig("kiểm tra 71.530 vụ", "71.530", 71530, "count", "vụ", subject="vụ kiểm tra", period=Y24),
    fig("xử lý 56.218 vụ", "56.218", 56218, "count", "vụ", change=chg("decrease", 3.2, "%", "năm 2023"),
        subject="vụ vi phạm phát hiện và xử lý", period=Y24),
    fig("đạt 586,3 tỷ", "586,3", 586.3e9, "money", "đồng", change=chg("increase", 17.3, "%", "chỉ tiêu được giao"),
        subject="tổng thu nộp ngân sách nhà nước", period=Y24),
    fig("xử lý 5.874 vụ", "5.874", 5874, "count", "vụ",
        subject="vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ xử lý", period=Y24i),
    fig("trên 105 tỷ", "105", 105e9, "money", "đồng", approx="over",
        subject="trị giá hàng hóa tịch thu và tiêu hủy", period=Y24i),
    fig("Hà Nội (812 vụ)", "812", 812, "count", "vụ", subject=LIST, period=Y24i, location="Hà Nội"),
    fig("Minh (745 vụ)", "745", 745, "count", "vụ", subject=LIST, period=Y24i, location="TP Hồ Chí Minh"),
    fig("Hải Phòng (318 vụ)", "318", 318, "count", "vụ", subject=LIST, period=Y24i, location="Hải Phòng"),
    fig("Bắc Ninh (291 vụ)", "291", 291, "count", "vụ", subject=LIST, period=Y24i, location="Bắc Ninh"),
    fig("hơn 96.000 đường dẫn", "96.000", 96000, "count", "đường dẫn", approx="over",
        change=chg("increase", 1.8, "lần", "năm 2023"),
        subject="đường dẫn bán hàng giả, hàng nhái gỡ bỏ", period=Y24i),
    fig("khóa 12.600 gian hàng", "12.600", 12600, "count", "gian hàng", subject="gian hàng vi phạm bị khóa",
        period=Y24i),
    fig("từ 10 đến 15%", "10", 10, "percent", "%", value_max=15, status="target",
        subject="số vụ hàng giả được phát hiện, xử lý tăng", period=Y25),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="Cục QLTT tỉnh, thành phố triển khai kiểm tra trên môi trường số", period=Y25),
    fig("giảm 50%", "50", 50, "percent", "%", status="target",
        subject="số gian hàng trực tuyến vi phạm giảm", period=T30),
]

NOTES = [
    "Ministry site (Bộ Công Thương - Tổng cục QLTT): breadcrumb, headline figure, '14/01/2025 | 09:30 | Văn phòng Tổng cục' (published), address footer.",
    "National figures → Việt Nam; 'tại Hà Nội' is where the conference met, not the place of the figures.",
    "'vượt 17,3% chỉ tiêu được giao' → change +17,3% with baseline 'chỉ tiêu được giao' (gap to a plan, FIGURES.md).",
    "List 'Hà Nội (812 vụ), TP Hồ Chí Minh (745 vụ), ...': subject = the list's indicator, places → location. 'Riêng lĩnh vực' is no part cue.",
    "'gấp 1,8 lần năm 2023' follows 96.000 đường dẫn → its change (1,8 lần).",
    "Targets: 'Năm 2025 ... đặt mục tiêu ... tăng từ 10 đến 15%' (growth as the claim, range), '; phấn đấu 100%', 'mục tiêu đến năm 2030 giảm 50%'.",
    "Distractors: 09:30, Ngày 13/1, năm 2023/2024 baselines, 'Đề án chống hàng giả ...', Tầng 5, số 23 Ngô Quyền, phone 024.3936.6789.",
]

if __name__ == "__main__":
    write("p1370-6", TEXT, NOTES, FIGS, published="2025-01-14", location="Việt Nam")
