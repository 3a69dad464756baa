"""p1551-8: radio/TV site (Đài PT-TH Long An): seizure of fake protective gear in Đức Hòa, market surveillance to date."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """LONG AN TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LONG AN
Thời sự | Kinh tế | Pháp luật | Video | Phát thanh

Thu giữ hơn 15.000 sản phẩm bảo hộ lao động giả mạo nhãn hiệu tại Đức Hòa

Cập nhật lúc 17:30, 25/06/2024

(LATV) - Ngày 24/6, Đội Quản lý thị trường số 3 phối hợp Công an huyện Đức Hòa kiểm tra một kho hàng tại ấp 4, xã Đức Hòa Hạ, phát hiện 12.600 đôi găng tay bảo hộ, 2.350 chiếc mũ bảo hộ và hơn 800 đôi giày bảo hộ giả mạo nhãn hiệu, không rõ nguồn gốc. Tổng trị giá số hàng ước tính khoảng 430 triệu đồng.

Chủ hàng là ông N.V.T. (sinh năm 1985, trú tại TP Tân An) không xuất trình được hóa đơn, chứng từ. Vụ việc đang được xử lý theo Nghị định số 98/2020/NĐ-CP.

Theo Cục Quản lý thị trường tỉnh, từ đầu năm đến nay, lực lượng chức năng đã kiểm tra 86 vụ kinh doanh phương tiện bảo vệ cá nhân, phát hiện và xử lý 27 vụ vi phạm, tăng 8 vụ so với cùng kỳ năm 2023; phạt tiền hơn 615 triệu đồng, tịch thu gần 41 nghìn sản phẩm các loại, trong đó găng tay chiếm khoảng 80%. Riêng tháng 5, phát hiện 9 vụ, gấp 3 lần tháng 4.

Trong quý III, Cục dự kiến tổ chức hai đợt kiểm tra cao điểm tại các khu công nghiệp ở Đức Hòa, Bến Lức và Cần Giuộc, nơi tập trung gần 1.100 doanh nghiệp với khoảng 300.000 lao động.

Minh Tâm - Hữu Nghĩa

Video: Kiểm tra kho hàng bảo hộ lao động giả tại Đức Hòa (02:15)
Tin cùng chuyên mục:
- Long An: Phát động Tháng hành động về an toàn, vệ sinh lao động năm 2024
- Tân An: Tuyên truyền Luật Bảo vệ quyền lợi người tiêu dùng 2023
"""

D24 = per("Ngày 24/6", "2024-06-24", "2024-06-24")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-06-25")
M5 = per("tháng 5", "2024-05-01", "2024-05-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
DH = "Đức Hòa"

FIGS = [
    fig("hơn 15.000 sản phẩm", "15.000", 15000, "count", "sản phẩm", approx="over",
        subject="sản phẩm bảo hộ lao động giả mạo nhãn hiệu thu giữ", location=DH),
    fig("kiểm tra một kho", "một", 1, "count", "kho hàng", subject="kho hàng được kiểm tra", period=D24,
        location=DH, optional=True),
    fig("phát hiện 12.600 đôi", "12.600", 12600, "count", "đôi", subject="găng tay bảo hộ giả mạo nhãn hiệu",
        period=D24, location=DH),
    fig("2.350 chiếc", "2.350", 2350, "count", "chiếc", subject="mũ bảo hộ giả mạo nhãn hiệu",
        period=D24, location=DH),
    fig("hơn 800 đôi", "800", 800, "count", "đôi", approx="over", subject="giày bảo hộ giả mạo nhãn hiệu",
        period=D24, location=DH),
    fig("khoảng 430 triệu", "430", 430e6, "money", "đồng", approx="about", status="estimate",
        subject="tổng trị giá số hàng", period=inh(D24), location=DH),
    fig("kiểm tra 86 vụ", "86", 86, "count", "vụ", subject="vụ kinh doanh phương tiện bảo vệ cá nhân được kiểm tra",
        period=YTD),
    fig("xử lý 27 vụ", "27", 27, "count", "vụ", change=chg("increase", 8, "vụ", "cùng kỳ năm 2023"),
        subject="vụ vi phạm phát hiện và xử lý", period=YTD),
    fig("hơn 615 triệu", "615", 615e6, "money", "đồng", approx="over", subject="phạt tiền", period=YTD),
    fig("gần 41 nghìn", "41", 41000, "count", "sản phẩm", approx="nearly", subject="sản phẩm các loại bị tịch thu",
        period=YTD),
    fig("chiếm khoảng 80%", "80", 80, "percent", "%", approx="about",
        subject="tỷ trọng găng tay trong sản phẩm bị tịch thu", period=YTD),
    fig("phát hiện 9 vụ", "9", 9, "count", "vụ", change=chg("increase", 3, "lần", "tháng 4"),
        subject="vụ vi phạm phát hiện", period=M5),
    fig("hai đợt", "hai", 2, "count", "đợt", status="forecast", subject="đợt kiểm tra cao điểm", period=Q3),
    fig("gần 1.100 doanh nghiệp", "1.100", 1100, "count", "doanh nghiệp", approx="nearly",
        subject="doanh nghiệp tại các khu công nghiệp ở Đức Hòa, Bến Lức và Cần Giuộc"),
    fig("khoảng 300.000 lao động", "300.000", 300000, "count", "lao động", approx="about",
        subject="lao động tại các khu công nghiệp ở Đức Hòa, Bến Lức và Cần Giuộc"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Long An): channel menu, headline, 'Cập nhật lúc 17:30, 25/06/2024', tag '(LATV) -', reporters, video line, related links.",
    "Distractors: 17:30, 'Đội Quản lý thị trường số 3', 'ấp 4', 'sinh năm 1985', Nghị định số 98/2020/NĐ-CP, '(02:15)' video length,",
    "'năm 2024' and 'Luật ... 2023' in link titles.",
    "The warehouse passage is in huyện Đức Hòa: location Đức Hòa; 'Ngày 24/6' is a one-day period (year from the dateline), inherited",
    "by the value sentence; 'ước tính khoảng 430 triệu' → estimate + about. 'kiểm tra một kho hàng': 'một' as an article or as one: optional.",
    "Headline 'hơn 15.000 sản phẩm' has no period phrase. Province passage: location Long An; 'từ đầu năm đến nay' ends at the dateline.",
    "'xử lý 27 vụ ..., tăng 8 vụ' → change in vụ; 27 has no part-of cue after 'kiểm tra 86 vụ': no total.",
    "'trong đó găng tay chiếm khoảng 80%' is a percent figure of its own. 'gấp 3 lần tháng 4' after '9 vụ' is its change (unit lần).",
    "'dự kiến tổ chức hai đợt' → forecast; the relative clause 'nơi tập trung gần 1.100 doanh nghiệp với khoảng 300.000 lao động' states",
    "present facts: actual, no period (the quý III plan does not date them); the three districts together: location Long An.",
]

if __name__ == "__main__":
    write("p1551-8", TEXT, NOTES, FIGS, published="2024-06-25", location="Long An")
