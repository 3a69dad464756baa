"""p1200-4: ministry site (Bộ TT&TT), national broadband to villages and schools, universal-service programme."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """BỘ THÔNG TIN VÀ TRUYỀN THÔNG - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Viễn thông - Internet

Băng rộng cố định đã phủ tới 98,2% thôn, bản trên cả nước

19/12/2024 16:45

Theo Cục Viễn thông, tính đến hết tháng 11/2024, cả nước còn khoảng 1.800 thôn, bản chưa có hạ tầng băng rộng cố định, giảm gần 2.400 thôn, bản so với cuối năm 2022. Tỷ lệ thôn, bản có cáp quang đạt 98,2%; tỷ lệ hộ gia đình sử dụng cáp quang đạt 82,6%, vượt mục tiêu 80% đặt ra cho năm 2025.

Thực hiện Chương trình cung cấp dịch vụ viễn thông công ích đến năm 2025 (Quyết định số 2269/QĐ-TTg), Quỹ Dịch vụ viễn thông công ích Việt Nam đã hỗ trợ phủ sóng và kéo cáp quang cho 2.216 thôn, bản thuộc 53 tỉnh, thành phố, với tổng kinh phí hơn 1.470 tỷ đồng. Trong đó, 1.382 thôn, bản được đầu tư cáp quang và 834 thôn, bản được phủ sóng di động băng rộng. Các địa phương được hỗ trợ nhiều nhất là Hà Giang, Lai Châu và Điện Biên với lần lượt 214, 187 và 163 thôn, bản.

Đối với giáo dục, Chương trình hỗ trợ cước internet cáp quang cho 3.650 điểm trường tại các xã đặc biệt khó khăn, mức hỗ trợ tối đa 300.000 đồng/điểm trường/tháng. Hiện 99,1% trường phổ thông trên cả nước đã có kết nối internet, trong đó khoảng 92% số trường có kết nối sử dụng đường truyền cáp quang.

Năm 2025, Quỹ dự kiến bố trí khoảng 520 tỷ đồng để kéo cáp quang, phủ sóng tại 580 thôn, bản còn lại. Bộ đặt mục tiêu đến hết năm 2025 có 100% thôn, bản được phủ băng rộng và 100% cơ sở giáo dục có kết nối internet cáp quang với tốc độ tối thiểu 100 Mbps.

Cục Viễn thông - Địa chỉ: Tầng 7, số 18 Nguyễn Du, Hà Nội - Điện thoại: 024.3822.6540
"""

ASOF = per("tính đến hết tháng 11/2024", None, "2024-11-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
BY25 = per("đến hết năm 2025", None, "2025-12-31")
LIST = "thôn, bản được Quỹ Dịch vụ viễn thông công ích hỗ trợ"

FIGS = [
    fig("tới 98,2% thôn", "98,2", 98.2, "percent", "%", subject="thôn, bản được phủ băng rộng cố định"),
    fig("khoảng 1.800 thôn", "1.800", 1800, "count", "thôn, bản", approx="about",
        change=chg("decrease", 2400, "thôn, bản", "cuối năm 2022", approx="nearly"),
        subject="thôn, bản chưa có hạ tầng băng rộng cố định", period=ASOF),
    fig("cáp quang đạt 98,2%", "98,2", 98.2, "percent", "%", subject="tỷ lệ thôn, bản có cáp quang",
        period=inh(ASOF)),
    fig("đạt 82,6%", "82,6", 82.6, "percent", "%", target=tgt(80, "%", True),
        subject="tỷ lệ hộ gia đình sử dụng cáp quang", period=inh(ASOF)),
    fig("cho 2.216 thôn", "2.216", 2216, "count", "thôn, bản",
        subject="thôn, bản được Quỹ hỗ trợ phủ sóng và kéo cáp quang"),
    fig("thuộc 53 tỉnh", "53", 53, "count", "tỉnh, thành phố",
        subject="tỉnh, thành phố có thôn, bản được hỗ trợ"),
    fig("hơn 1.470 tỷ đồng", "1.470", 1470e9, "money", "đồng", approx="over",
        subject="tổng kinh phí hỗ trợ phủ sóng và kéo cáp quang"),
    fig("1.382 thôn", "1.382", 1382, "count", "thôn, bản", total=2216,
        subject="thôn, bản được đầu tư cáp quang"),
    fig("834 thôn", "834", 834, "count", "thôn, bản", total=2216,
        subject="thôn, bản được phủ sóng di động băng rộng"),
    fig("lần lượt 214", "214", 214, "count", "thôn, bản", subject=LIST, location="Hà Giang"),
    fig("214, 187", "187", 187, "count", "thôn, bản", subject=LIST, location="Lai Châu"),
    fig("và 163 thôn", "163", 163, "count", "thôn, bản", subject=LIST, location="Điện Biên"),
    fig("cho 3.650 điểm trường", "3.650", 3650, "count", "điểm trường",
        subject="điểm trường tại các xã đặc biệt khó khăn được hỗ trợ cước internet cáp quang"),
    fig("tối đa 300.000 đồng", "300.000", 300000, "money", "đồng/điểm trường/tháng", approx="at_most",
        subject="mức hỗ trợ cước internet cáp quang"),
    fig("Hiện 99,1%", "99,1", 99.1, "percent", "%", subject="trường phổ thông đã có kết nối internet"),
    fig("khoảng 92%", "92", 92, "percent", "%", approx="about",
        subject="trường có kết nối sử dụng đường truyền cáp quang"),
    fig("khoảng 520 tỷ đồng", "520", 520e9, "money", "đồng", approx="about", status="forecast",
        subject="kinh phí Quỹ bố trí để kéo cáp quang, phủ sóng", period=Y25),
    fig("tại 580 thôn", "580", 580, "count", "thôn, bản", status="forecast",
        subject="thôn, bản còn lại được kéo cáp quang, phủ sóng", period=Y25),
    fig("có 100% thôn", "100", 100, "percent", "%", status="target",
        subject="thôn, bản được phủ băng rộng", period=BY25),
    fig("và 100% cơ sở", "100", 100, "percent", "%", status="target",
        subject="cơ sở giáo dục có kết nối internet cáp quang", period=BY25),
    fig("tối thiểu 100 Mbps", "100", 100, "measure", "Mbps", approx="at_least", status="target",
        subject="tốc độ kết nối internet cáp quang của cơ sở giáo dục", period=BY25),
]

NOTES = [
    "Ministry site (Bộ TT&TT, Cục Viễn thông): national broadband to villages, universal-service programme, schools. '19/12/2024 16:45'.",
    "Distractors: 'Quyết định số 2269/QĐ-TTg', programme name 'đến năm 2025', address 'Tầng 7, số 18 Nguyễn Du', phone, time 16:45.",
    "'vượt mục tiêu 80% đặt ra cho năm 2025' is the target of 82,6% (met). The programme-wide counts have no period (none stated).",
    "'khoảng 92% số trường có kết nối' is a share of connected schools, not of all schools: its own percent, no total.",
    "'lần lượt' list: provinces are locations, the list's indicator is the subject. 'gần 2.400' is the change of 1.800.",
]

if __name__ == "__main__":
    build("p1200-4", TEXT, NOTES, FIGS, published="2024-12-19", location="Việt Nam")
