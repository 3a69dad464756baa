"""p1409-8: radio/TV site (Đài PT-TH Kon Tum): forest-law violations quarter I/2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """KON TUM TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KON TUM
Thời sự | Kinh tế | Xã hội | Pháp luật | Video | Phát thanh

Kon Tum: Quý I, phát hiện 47 vụ vi phạm lâm luật

Thứ Ba, 08/04/2025 - 19:45 | Nghe đọc bài

(KTV) - Theo Chi cục Kiểm lâm tỉnh Kon Tum, quý I/2025, lực lượng kiểm lâm đã phát hiện 47 vụ vi phạm pháp luật về lâm nghiệp, bằng 85,5% so với cùng kỳ năm 2024; diện tích rừng bị thiệt hại 5,3 ha.

Riêng tháng 3, trên địa bàn huyện Kon Plông xảy ra vụ khai thác trái phép 26 cây gỗ pơ mu tại tiểu khu 431, khối lượng khoảng 39 m3; đây là vụ khai thác gỗ trái phép lớn nhất trong 5 năm gần đây.

Lực lượng chức năng đã tịch thu 63,7 m3 gỗ các loại, 9 phương tiện; xử phạt hành chính 39 vụ, thu nộp ngân sách trên 820 triệu đồng, vượt 9% so với kế hoạch quý. Hai huyện Đăk Glei và Kon Plông có số vụ vi phạm nhiều nhất, lần lượt là 13 vụ và 11 vụ.

Hiện tỷ lệ che phủ rừng của tỉnh đạt 63,24%, đứng thứ hai khu vực Tây Nguyên. Tỉnh đặt mục tiêu đến năm 2030 nâng tỷ lệ này lên 64%.

Ông Nguyễn Văn Hòa, Phó Chi cục trưởng Chi cục Kiểm lâm cho biết, năm nay Chi cục dự kiến tổ chức khoảng 200 đợt tuần tra liên ngành, tập trung vào các tuyến giáp ranh với tỉnh Quảng Nam và nước bạn Lào; đồng thời lắp đặt thêm 15 camera giám sát tại các chốt chặn trên Quốc lộ 24.

Tin cùng chuyên mục:
- Đăk Tô: Hội thi tuyên truyền viên pháp luật lần thứ II
- Kon Tum: 3 tháng đầu năm thu ngân sách đạt khá

Giấy phép số 38/GP-BTTTT | Đường dây nóng: 0260.3862.555
"""

Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Q1H = per("Quý I", "2025-01-01", "2025-03-31")
M3 = per("Riêng tháng 3", "2025-03-01", "2025-03-31")
NOW = per("năm nay", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
KP = "Kon Plông"

FIGS = [
    fig("phát hiện 47 vụ vi phạm lâm luật", "47", 47, "count", "vụ", subject="vụ vi phạm lâm luật", period=Q1H),
    fig("đã phát hiện 47 vụ", "47", 47, "count", "vụ", percent=85.5,
        subject="vụ vi phạm pháp luật về lâm nghiệp", period=Q1),
    fig("thiệt hại 5,3 ha", "5,3", 5.3, "measure", "ha", subject="diện tích rừng bị thiệt hại", period=Q1),
    fig("phép 26 cây", "26", 26, "count", "cây", subject="cây gỗ pơ mu bị khai thác trái phép",
        period=M3, location=KP),
    fig("khoảng 39 m3", "39", 39, "measure", "m3", approx="about",
        subject="khối lượng gỗ pơ mu bị khai thác trái phép", period=M3, location=KP),
    fig("tịch thu 63,7 m3", "63,7", 63.7, "measure", "m3", subject="gỗ các loại tịch thu", period=inh(Q1)),
    fig("9 phương tiện", "9", 9, "count", "phương tiện", subject="phương tiện tịch thu", period=inh(Q1)),
    fig("hành chính 39 vụ", "39", 39, "count", "vụ", subject="vụ xử phạt hành chính", period=inh(Q1)),
    fig("trên 820 triệu", "820", 820e6, "money", "đồng", approx="over",
        change=chg("increase", 9, "%", "kế hoạch quý"), subject="thu nộp ngân sách", period=inh(Q1)),
    fig("Hai huyện", "Hai", 2, "count", "huyện", subject="huyện có số vụ vi phạm nhiều nhất", optional=True),
    fig("là 13 vụ", "13", 13, "count", "vụ", subject="số vụ vi phạm", period=inh(Q1), location="Đăk Glei"),
    fig("và 11 vụ", "11", 11, "count", "vụ", subject="số vụ vi phạm", period=inh(Q1), location=KP),
    fig("đạt 63,24%", "63,24", 63.24, "percent", "%", subject="tỷ lệ che phủ rừng của tỉnh"),
    fig("thứ hai khu vực", "hai", 2, "rank", "hạng", subject="tỷ lệ che phủ rừng"),
    fig("lên 64%", "64", 64, "percent", "%", status="target", subject="tỷ lệ che phủ rừng", period=T30),
    fig("khoảng 200 đợt", "200", 200, "count", "đợt", approx="about", status="forecast",
        subject="đợt tuần tra liên ngành", period=NOW),
    fig("thêm 15 camera", "15", 15, "count", "camera", status="forecast",
        subject="camera giám sát lắp đặt thêm tại các chốt chặn", period=NOW),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Kon Tum): menu, 'Thứ Ba, 08/04/2025 - 19:45 | Nghe đọc bài' (published), tag '(KTV) -', related links, licence and hotline.",
    "Distractors: 19:45, 'tiểu khu 431', 'trong 5 năm gần đây' (a span), 'Quốc lộ 24', 'lần thứ II', '3 tháng đầu năm' in a link title,",
    "'Giấy phép số 38/GP-BTTTT', hotline 0260.3862.555.",
    "Headline 'Quý I' (no year) → 2025 from the dateline. '47 vụ ..., bằng 85,5% so với cùng kỳ năm 2024' → percent 85.5 (share after 'bằng').",
    "'diện tích rừng bị thiệt hại 5,3 ha' continues the quý I/2025 sentence after ';' → period scored.",
    "'trên 820 triệu đồng, vượt 9% so với kế hoạch quý' → change +9% with baseline the plan (FIGURES.md: a gap to a plan is a change).",
    "'Hai huyện Đăk Glei và Kon Plông ..., lần lượt là 13 vụ và 11 vụ': list items located in each district; 'Hai huyện' names the group: optional.",
    "'Hiện ... 63,24%, đứng thứ hai khu vực Tây Nguyên' → actual, no period; 'mục tiêu đến năm 2030 nâng tỷ lệ này lên 64%' → target, own figure.",
    "'năm nay ... dự kiến tổ chức khoảng 200 đợt ...; đồng thời lắp đặt thêm 15 camera' → forecast for both clauses (continuing clause), 2025.",
]

if __name__ == "__main__":
    write("p1409-8", TEXT, NOTES, FIGS, published="2025-04-08", location="Kon Tum")
