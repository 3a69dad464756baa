"""p1429-8: news agency (TTXVN): Quảng Nam tightens white sand mining; 6 months 2024, a mine in Thăng Bình."""
from lib import F, P, I, C, T, write

TEXT = """TTXVN | Thời sự | Kinh tế

Quảng Nam siết chặt quản lý khai thác cát trắng

Cập nhật lúc 05/07/2024 10:12

Quảng Nam (TTXVN) - Sáu tháng đầu năm 2024, các lực lượng chức năng tỉnh Quảng Nam đã kiểm tra 36 lượt tổ chức, cá nhân khai thác, vận chuyển cát trắng, phát hiện 9 trường hợp vi phạm, xử phạt hành chính hơn 640 triệu đồng, tịch thu 1.350 m3 cát.

Theo Sở Tài nguyên và Môi trường, tỉnh có tổng trữ lượng cát trắng khoảng 150 triệu tấn, đứng thứ 5 cả nước, phân bố tại các huyện Thăng Bình, Núi Thành và Duy Xuyên. Hiện có 5 mỏ đang khai thác với tổng công suất 420.000 tấn/năm. Trong 6 tháng, sản lượng khai thác đạt 186.000 tấn, bằng 44% công suất được cấp phép; riêng tháng 6 đạt 34.500 tấn.

Tại huyện Thăng Bình, Công ty TNHH Khoáng sản Bình Nguyên được cấp phép khai thác mỏ cát trắng ở thôn 3, xã Bình Minh trên diện tích 48,5 ha, trữ lượng 6,2 triệu tấn, thời hạn 25 năm. Công ty đã đầu tư nhà máy tuyển rửa với số vốn 120 tỷ đồng, giải quyết việc làm cho khoảng 70 lao động.

Năm 2023, thu ngân sách từ khai thác cát trắng toàn tỉnh đạt 21,7 tỷ đồng, gấp 1,5 lần năm 2022. Chủ tịch UBND tỉnh yêu cầu trong 6 tháng cuối năm hoàn thành đấu giá quyền khai thác 4 khu vực mỏ cát trắng, dự kiến thu ngân sách trên 60 tỷ đồng.

Ông Hồ Quang Bửu, Giám đốc Sở Tài nguyên và Môi trường, cho biết Sở phấn đấu trước ngày 30/9 lắp camera giám sát tại 100% mỏ đang hoạt động.

Đoàn Hữu Trung
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
JUN = P("tháng 6", "2024-06-01", "2024-06-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
# FIGURES.md: a phrase without a year takes the year of the nearest earlier period ('Năm 2023' in the sentence before).
H2 = P("6 tháng cuối năm", "2023-07-01", "2023-12-31")
SEP = P("trước ngày 30/9", None, "2023-09-30")
TB = "Thăng Bình"

FIGS = [
    F("kiểm tra 36 lượt", "36", 36, "count", "lượt",
      subject="lượt tổ chức, cá nhân khai thác, vận chuyển cát trắng được kiểm tra", period=H1),
    F("phát hiện 9 trường hợp", "9", 9, "count", "trường hợp", subject="trường hợp vi phạm", period=H1),
    F("hơn 640 triệu", "640", 640e6, "money", "đồng", approx="over", subject="tiền xử phạt hành chính", period=H1),
    F("tịch thu 1.350 m3", "1.350", 1350, "measure", "m3", subject="cát bị tịch thu", period=H1),
    F("khoảng 150 triệu", "150", 150e6, "measure", "tấn", approx="about", subject="tổng trữ lượng cát trắng"),
    F("đứng thứ 5", "5", 5, "rank", "hạng", subject="tổng trữ lượng cát trắng"),
    F("có 5 mỏ", "5", 5, "count", "mỏ", subject="mỏ đang khai thác"),
    F("420.000 tấn/năm", "420.000", 420000, "measure", "tấn/năm", subject="tổng công suất các mỏ đang khai thác"),
    F("đạt 186.000 tấn", "186.000", 186000, "measure", "tấn", percent=44,
      subject="sản lượng khai thác", period=H1b),
    F("đạt 34.500 tấn", "34.500", 34500, "measure", "tấn", subject="sản lượng khai thác", period=JUN),
    F("diện tích 48,5 ha", "48,5", 48.5, "measure", "ha", subject="diện tích mỏ cát trắng được cấp phép khai thác",
      location=TB),
    F("trữ lượng 6,2 triệu", "6,2", 6.2e6, "measure", "tấn", subject="trữ lượng mỏ cát trắng", location=TB),
    F("thời hạn 25 năm", "25", 25, "measure", "năm", subject="thời hạn khai thác mỏ cát trắng", location=TB),
    F("vốn 120 tỷ", "120", 120e9, "money", "đồng", subject="vốn đầu tư nhà máy tuyển rửa", location=TB),
    F("khoảng 70 lao động", "70", 70, "count", "lao động", approx="about",
      subject="lao động được giải quyết việc làm", location=TB),
    F("đạt 21,7 tỷ", "21,7", 21.7e9, "money", "đồng", change=C("increase", 1.5, "lần", "năm 2022"),
      subject="thu ngân sách từ khai thác cát trắng", period=Y23),
    F("thác 4 khu vực", "4", 4, "count", "khu vực mỏ", status="target",
      subject="khu vực mỏ cát trắng hoàn thành đấu giá quyền khai thác", period=H2),
    F("trên 60 tỷ", "60", 60e9, "money", "đồng", approx="over", status="forecast",
      subject="thu ngân sách từ đấu giá", period=H2),
    F("tại 100% mỏ", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mỏ đang hoạt động được lắp camera giám sát", period=SEP),
]

NOTES = [
    "News agency (TTXVN): section bar, 'Cập nhật lúc 05/07/2024 10:12', 'Quảng Nam (TTXVN) -', byline at the end.",
    "Distractors: 10:12, 'm3', 'thôn 3', 'ngày 30/9' (a deadline, period only).",
    "'Sáu tháng đầu năm 2024' covers the four figures of the first sentence; 'phát hiện 9 trường hợp' after 'kiểm tra 36 lượt' has no cue: no total.",
    "'đứng thứ 5 cả nước' ranks the province's reserves: location Quảng Nam. 'riêng tháng 6' → 2024-06, no total ('riêng' is no cue).",
    "The mine in huyện Thăng Bình: location Thăng Bình for its five figures. 'thời hạn 25 năm' (licence term) is a measure in năm.",
    "'gấp 1,5 lần năm 2022' after 21,7 tỷ → change ×1,5 (lần). 'yêu cầu ... hoàn thành' → target; 'dự kiến' → forecast;",
    "revised after the first run: 'trong 6 tháng cuối năm' 2024 → 2023-07-01..2023-12-31 and 'trước ngày 30/9' 2024-09-30 → 2023-09-30:",
    "FIGURES.md gives a year-less phrase the year of the nearest earlier period, here 'Năm 2023' (the sense, from the 2024 dateline, is 2024).",
    "'trong 6 tháng cuối năm' (period above). 'phấn đấu trước ngày 30/9 ... 100% mỏ' → target, as-of end (start null).",
]

if __name__ == "__main__":
    write("p1429-8", TEXT, NOTES, FIGS, published="2024-07-05", location="Quảng Nam")
