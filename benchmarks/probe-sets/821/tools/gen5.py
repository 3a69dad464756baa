"""p821-5: Báo An Giang style (Party/provincial newspaper), river sand mining, byline + bare date at the end."""
from lib import F, period, change, write

TEXT = """Siết chặt quản lý khai thác cát trên sông Tiền, sông Hậu

Toàn tỉnh An Giang hiện có 19 mỏ cát sông được cấp phép với tổng trữ lượng khoảng 38,5 triệu m3, công suất trên 4,2 triệu m3/năm. Năm 2023, sản lượng khai thác ước đạt 3,65 triệu m3, bằng 86,9% công suất cấp phép; trong đó khoảng 1,2 triệu m3 được cung ứng cho dự án đường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng.

Theo Sở Tài nguyên và Môi trường, từ đầu năm 2023 đến nay, trên địa bàn tỉnh xảy ra 42 điểm sạt lở bờ sông với tổng chiều dài gần 5.600 m, làm mất khoảng 7,8 ha đất, 35 căn nhà phải di dời khẩn cấp.

Trong 10 tháng năm 2023, lực lượng chức năng đã phát hiện, bắt giữ 27 vụ khai thác cát trái phép (giảm 11 vụ so với cùng kỳ), tạm giữ 24 phương tiện, xử phạt hơn 1,1 tỷ đồng. Ông Nguyễn Văn Ba, Phó Giám đốc Sở Tài nguyên và Môi trường, cho biết các phương tiện có trọng tải từ 300 tấn trở lên đều phải lắp thiết bị giám sát hành trình theo Công văn số 2105/STNMT-KS.

Giá cát san lấp tại bến hiện khoảng 230.000 đồng/m3, cát xây dựng từ 380.000 đến 420.000 đồng/m3, tăng khoảng 30% so với năm 2022. Các doanh nghiệp đã nộp tiền cấp quyền khai thác 31,7 tỷ đồng, ký quỹ phục hồi môi trường 14,6 tỷ đồng.

Tỉnh đặt mục tiêu đến năm 2025, 100% phương tiện khai thác, vận chuyển cát lắp thiết bị giám sát hành trình và giảm ít nhất 50% số vụ khai thác trái phép so với năm 2022.

THANH TIẾN
18/11/2023
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
YTD = period("từ đầu năm 2023 đến nay", "2023-01-01", "2023-11-18")
M10 = period("Trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
T25 = period("đến năm 2025", end="2025-12-31")
FIGS = [
    F("có 19 mỏ", "19", 19, "count", "mỏ cát sông", subject="mỏ cát sông được cấp phép"),
    F("khoảng 38,5 triệu m3", "38,5", 38.5e6, "measure", "m3", approx="about",
      subject="tổng trữ lượng mỏ cát sông được cấp phép"),
    F("trên 4,2 triệu m3/năm", "4,2", 4.2e6, "measure", "m3/năm", approx="over",
      subject="công suất mỏ cát sông được cấp phép"),
    F("ước đạt 3,65 triệu m3", "3,65", 3.65e6, "measure", "m3", percent=86.9, status="estimate",
      subject="sản lượng cát khai thác", per=Y23),
    F("khoảng 1,2 triệu m3", "1,2", 1.2e6, "measure", "m3", approx="about", total=3.65e6, status="estimate",
      subject="cát cung ứng cho dự án đường cao tốc Châu Đốc - Cần Thơ - Sóc Trăng", per=Y23),
    F("xảy ra 42 điểm", "42", 42, "count", "điểm sạt lở", subject="điểm sạt lở bờ sông", per=YTD),
    F("gần 5.600 m", "5.600", 5600, "measure", "m", approx="nearly", subject="tổng chiều dài sạt lở", per=YTD),
    F("khoảng 7,8 ha", "7,8", 7.8, "measure", "ha", approx="about", subject="diện tích đất bị mất do sạt lở", per=YTD),
    F("35 căn nhà", "35", 35, "count", "căn nhà", subject="căn nhà phải di dời khẩn cấp", per=YTD),
    F("bắt giữ 27 vụ", "27", 27, "count", "vụ", change=change("decrease", 11, unit="vụ", baseline="cùng kỳ"),
      subject="vụ khai thác cát trái phép bị phát hiện, bắt giữ", per=M10),
    F("tạm giữ 24 phương tiện", "24", 24, "count", "phương tiện", subject="phương tiện bị tạm giữ", per=M10),
    F("hơn 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", approx="over", subject="tiền xử phạt", per=M10),
    F("từ 300 tấn trở lên", "300", 300, "measure", "tấn", approx="at_least", optional=True,
      subject="trọng tải phương tiện phải lắp thiết bị giám sát hành trình"),
    F("khoảng 230.000 đồng/m3", "230.000", 230000, "money", "đồng/m3", approx="about",
      subject="giá cát san lấp tại bến"),
    F("từ 380.000 đến 420.000 đồng/m3", "380.000", 380000, "money", "đồng/m3", value_max=420000,
      change=change("increase", 30, baseline="năm 2022", approx="about"), subject="giá cát xây dựng tại bến"),
    F("khai thác 31,7 tỷ đồng", "31,7", 31.7e9, "money", "đồng", subject="tiền cấp quyền khai thác đã nộp"),
    F("môi trường 14,6 tỷ đồng", "14,6", 14.6e9, "money", "đồng", subject="tiền ký quỹ phục hồi môi trường"),
    F("2025, 100% phương tiện", "100", 100, "percent", "%", status="target",
      subject="phương tiện khai thác, vận chuyển cát lắp thiết bị giám sát hành trình", per=T25),
    F("ít nhất 50% số vụ", "50", 50, "percent", "%", approx="at_least", status="target",
      subject="giảm số vụ khai thác trái phép so với năm 2022", per=T25),
]

COMMENTS = [
    "Báo An Giang style: river sand mines, 2023 output, river-bank erosion, illegal mining (10 months 2023), prices, deposits, 2025 targets.",
    "Byline THANH TIẾN and bare date 18/11/2023 at the end give published; 'từ đầu năm 2023 đến nay' ends there.",
    "'(giảm 11 vụ so với cùng kỳ)' is the change of the 27 cases. 'tăng khoảng 30% so với năm 2022' attaches to the nearest price (the range).",
    "'giảm ít nhất 50% số vụ' is a target rate (percent figure, no base amount). 'từ 300 tấn trở lên' is a rule threshold (optional).",
    "Distractors: Ông Nguyễn Văn Ba (name), Công văn 2105/STNMT-KS, highway name Châu Đốc - Cần Thơ - Sóc Trăng (places, not location).",
]

write(5, TEXT, FIGS, COMMENTS, published="2023-11-18", location="An Giang")
