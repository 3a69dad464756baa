from lib import F, P, ch, tg, write

text = """
CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ NGÃ BẢY
Hỗ trợ người bán vé số lưu động ổn định cuộc sống

Tính đến 30/9, trên địa bàn thị xã có 37 đại lý vé số của Công ty TNHH MTV Xổ số kiến thiết Hậu Giang và các công ty trong khu vực, với khoảng 1.150 người bán vé số lưu động, tăng 85 người so với cuối năm 2023. Trong đó, 316 người là người khuyết tật, 204 người trên 60 tuổi.

Theo Công ty Xổ số kiến thiết Hậu Giang, 9 tháng năm 2024 doanh thu tiêu thụ vé tại Ngã Bảy đạt 214 tỷ đồng, chiếm 7,8% doanh thu của công ty. Bình quân mỗi người bán lấy từ 150 đến 200 tờ vé mỗi ngày.

Từ đầu năm đến nay, UBND thị xã phối hợp Hội Chữ thập đỏ trao 350 suất quà cho người bán vé số có hoàn cảnh khó khăn, mỗi suất 500.000 đồng; hỗ trợ mua thẻ bảo hiểm y tế cho 220 người, tổng kinh phí gần 380 triệu đồng. Đội Quản lý thị trường số 4 phát hiện 3 vụ mua bán vé số giả, tịch thu 1.240 tờ vé.

Nguồn thu xổ số kiến thiết tiếp tục là nguồn lực quan trọng cho địa phương. Giai đoạn 2021-2024, thị xã được tỉnh phân bổ 186,4 tỷ đồng từ nguồn vốn xổ số kiến thiết để xây dựng 12 công trình trường học và 3 trạm y tế; đến nay đã hoàn thành 10 công trình, tỷ lệ giải ngân đạt 91,5%.

Năm 2025, thị xã phấn đấu 100% người bán vé số lưu động được tập huấn nhận biết vé giả và có từ 500 đến 600 người được hỗ trợ thẻ bảo hiểm y tế. Người dân phát hiện vé số giả có thể báo qua đường dây nóng 0293.3866.115.

Ngày 15/10/2024
Phòng Văn hóa và Thông tin
"""

AS = P("Tính đến 30/9", None, "2024-09-30")
ASi = P("Tính đến 30/9", None, "2024-09-30", inh=True)
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15")
G = P("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

figs = [
    F("có 37 đại lý", "37", 37, "count", "đại lý", "đại lý vé số", AS),
    F("khoảng 1.150 người", "1.150", 1150, "count", "người", "người bán vé số lưu động", AS, approx="about",
      change=ch("increase", 85, "cuối năm 2023", unit="người")),
    F("316 người", "316", 316, "count", "người", "người bán vé số lưu động là người khuyết tật", ASi, total=1150),
    F("204 người", "204", 204, "count", "người", "người bán vé số lưu động trên 60 tuổi", ASi, total=1150),
    F("trên 60 tuổi", "60", 60, "measure", "tuổi", approx="over", optional=True),
    F("đạt 214 tỷ đồng", "214", 214e9, "money", "đồng", "doanh thu tiêu thụ vé", N9, percent=7.8),
    F("từ 150 đến 200 tờ", "150", 150, "count", "tờ vé", "số vé mỗi người bán lấy mỗi ngày", value_max=200),
    F("trao 350 suất quà", "350", 350, "count", "suất quà", "suất quà trao cho người bán vé số có hoàn cảnh khó khăn", YTD),
    F("mỗi suất 500.000 đồng", "500.000", 500000, "money", "đồng", "giá trị mỗi suất quà", YTD),
    F("cho 220 người", "220", 220, "count", "người", "người được hỗ trợ mua thẻ bảo hiểm y tế", YTD),
    F("gần 380 triệu đồng", "380", 380e6, "money", "đồng", "tổng kinh phí hỗ trợ", YTD, approx="nearly"),
    F("phát hiện 3 vụ", "3", 3, "count", "vụ", "vụ mua bán vé số giả", P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15", inh=True)),
    F("tịch thu 1.240 tờ", "1.240", 1240, "count", "tờ vé", "vé số giả tịch thu", P("Từ đầu năm đến nay", "2024-01-01", "2024-10-15", inh=True)),
    F("phân bổ 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "vốn xổ số kiến thiết tỉnh phân bổ", G),
    F("xây dựng 12 công trình", "12", 12, "count", "công trình", "công trình trường học", G),
    F("và 3 trạm y tế", "3", 3, "count", "trạm y tế", "trạm y tế", G),
    F("hoàn thành 10 công trình", "10", 10, "count", "công trình", "công trình đã hoàn thành"),
    F("đạt 91,5%", "91,5", 91.5, "percent", "%", "tỷ lệ giải ngân"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "người bán vé số lưu động được tập huấn nhận biết vé giả", Y25, status="target"),
    F("từ 500 đến 600 người", "500", 500, "count", "người", "người được hỗ trợ thẻ bảo hiểm y tế", Y25,
      value_max=600, status="target"),
]

header = [
    "District portal (thị xã Ngã Bảy, Hậu Giang): lottery sellers, agents, support, lottery-funded works. No dateline on top; bare date 'Ngày 15/10/2024' at the end.",
    "'Tính đến 30/9' has no year: none earlier in the article, so the year of the article's date (2024). 'Từ đầu năm đến nay' runs to 2024-10-15.",
    "'tăng 85 người so với cuối năm 2023' → change (unit người) of 1.150. 'Trong đó' parts 316 / 204 have total 1.150 (a sentence break between, as FIGURES.md allows).",
    "'trên 60 tuổi' is a criterion (optional). '214 tỷ đồng, chiếm 7,8% …' share. 'từ 150 đến 200 tờ' and 'từ 500 đến 600 người' ranges.",
    "'đã hoàn thành 10 công trình' has no part-of cue (no total); 'tỷ lệ giải ngân đạt 91,5%' names its own indicator (percent figure). 'đến nay' left unannotated.",
    "Distractors: 'Đội Quản lý thị trường số 4', hotline 0293.3866.115, '30/9', 'cuối năm 2023', the date line at the end.",
]
write(8, text, figs, header, published="2024-10-15", location="Ngã Bảy")
