from lib import *

TEXT = """BỘ KẾ HOẠCH VÀ ĐẦU TƯ
Tin hoạt động | Phát triển hợp tác xã

Khu vực kinh tế tập thể, hợp tác xã năm 2023: số lượng tăng, chất lượng từng bước được nâng lên

Theo báo cáo của Bộ Kế hoạch và Đầu tư, tính đến ngày 31/12/2023, cả nước có 31.658 hợp tác xã (tăng 1.716 hợp tác xã so với năm 2022), 143 liên hiệp hợp tác xã và khoảng 75.000 tổ hợp tác. Tổng số thành viên hợp tác xã đạt khoảng 3,96 triệu thành viên; các hợp tác xã tạo việc làm cho gần 2,6 triệu lao động.

Năm 2023, cả nước thành lập mới 3.121 hợp tác xã, trong đó lĩnh vực nông nghiệp chiếm 61,5%; đồng thời giải thể 1.405 hợp tác xã. Doanh thu bình quân của một hợp tác xã đạt khoảng 4,8 tỷ đồng/năm; lãi bình quân khoảng 330 triệu đồng/hợp tác xã/năm. Vốn điều lệ bình quân đạt 4,3 tỷ đồng/hợp tác xã, gấp 1,4 lần năm 2020.

Các địa phương có số hợp tác xã lớn nhất là Nghệ An (1.241 hợp tác xã), Thanh Hóa (1.108), Hà Nội (1.067) và Bình Định (782). Về tỷ lệ hợp tác xã hoạt động hiệu quả, dẫn đầu là Lâm Đồng với 68,2%, tiếp đến là Sơn La 64,7%, Đồng Tháp 61,9%.

Luật Hợp tác xã số 17/2023/QH15 có hiệu lực từ ngày 1/7/2024 được kỳ vọng tạo hành lang pháp lý thuận lợi hơn cho tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã.

Theo Chiến lược phát triển kinh tế tập thể, hợp tác xã giai đoạn 2021-2030 (Quyết định số 340/QĐ-TTg), đến năm 2025 cả nước phấn đấu có khoảng 45.000 hợp tác xã, 140.000 tổ hợp tác với 5 triệu thành viên; đến năm 2030 có khoảng 60.000 hợp tác xã, tỷ lệ hợp tác xã đạt loại tốt, khá trên 60%.

Cục Phát triển hợp tác xã - 6B Hoàng Diệu, Ba Đình, Hà Nội
"""

AS = P("tính đến ngày 31/12/2023", None, "2023-12-31")
ASi = P("tính đến ngày 31/12/2023", None, "2023-12-31", True)
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("Năm 2023", "2023-01-01", "2023-12-31", True)
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
NUM = "số hợp tác xã"
EFF = "tỷ lệ hợp tác xã hoạt động hiệu quả"

FIGS = [
    F("có 31.658 hợp tác xã", "31.658", 31658, "count", "hợp tác xã", "hợp tác xã", AS,
      change=C("increase", 1716, "hợp tác xã", "năm 2022")),
    F("143 liên hiệp", "143", 143, "count", "liên hiệp hợp tác xã", "liên hiệp hợp tác xã", AS),
    F("khoảng 75.000 tổ hợp tác", "75.000", 75000, "count", "tổ hợp tác", "tổ hợp tác", AS, approx="about"),
    F("khoảng 3,96 triệu", "3,96", 3960000, "count", "thành viên", "tổng số thành viên hợp tác xã", ASi, approx="about"),
    F("gần 2,6 triệu", "2,6", 2600000, "count", "lao động", "lao động có việc làm trong các hợp tác xã", ASi,
      approx="nearly"),
    F("mới 3.121 hợp tác xã", "3.121", 3121, "count", "hợp tác xã", "hợp tác xã thành lập mới", Y23),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%", "hợp tác xã thành lập mới lĩnh vực nông nghiệp", Y23),
    F("giải thể 1.405", "1.405", 1405, "count", "hợp tác xã", "hợp tác xã giải thể", Y23),
    F("khoảng 4,8 tỷ", "4,8", 4800000000, "money", "đồng/năm", "doanh thu bình quân của một hợp tác xã", Y23i,
      approx="about"),
    F("khoảng 330 triệu", "330", 330000000, "money", "đồng/hợp tác xã/năm", "lãi bình quân", Y23i, approx="about"),
    F("đạt 4,3 tỷ", "4,3", 4300000000, "money", "đồng/hợp tác xã", "vốn điều lệ bình quân", Y23i,
      change=C("increase", 1.4, "lần", "năm 2020")),
    F("Nghệ An (1.241", "1.241", 1241, "count", "hợp tác xã", NUM, ASi, location="Nghệ An"),
    F("Thanh Hóa (1.108)", "1.108", 1108, "count", "hợp tác xã", NUM, ASi, location="Thanh Hóa"),
    F("Hà Nội (1.067)", "1.067", 1067, "count", "hợp tác xã", NUM, ASi, location="Hà Nội"),
    F("Bình Định (782)", "782", 782, "count", "hợp tác xã", NUM, ASi, location="Bình Định"),
    F("Lâm Đồng với 68,2%", "68,2", 68.2, "percent", "%", EFF, Y23i, location="Lâm Đồng"),
    F("Sơn La 64,7%", "64,7", 64.7, "percent", "%", EFF, Y23i, location="Sơn La"),
    F("Đồng Tháp 61,9%", "61,9", 61.9, "percent", "%", EFF, Y23i, location="Đồng Tháp"),
    F("khoảng 45.000", "45.000", 45000, "count", "hợp tác xã", "hợp tác xã", T25, approx="about", status="target"),
    F("140.000 tổ hợp tác", "140.000", 140000, "count", "tổ hợp tác", "tổ hợp tác", T25, status="target"),
    F("với 5 triệu", "5", 5000000, "count", "thành viên", "thành viên", T25, status="target"),
    F("khoảng 60.000", "60.000", 60000, "count", "hợp tác xã", "hợp tác xã", T30, approx="about", status="target"),
    F("khá trên 60%", "60", 60, "percent", "%", "tỷ lệ hợp tác xã đạt loại tốt, khá", T30, approx="over",
      status="target"),
]

emit(4, TEXT, [
    "Ministry site (Bộ KH&ĐT), no dateline at all (no published); national figures → location Việt Nam; provinces in the lists → their own location.",
    "'(tăng 1.716 hợp tác xã so với năm 2022)' is the change of 31.658 (unit hợp tác xã). 'trong đó lĩnh vực nông nghiệp chiếm 61,5%' is a share",
    "of a part, not of 3.121 itself: a percent figure of its own. 'gấp 1,4 lần năm 2020' = change 1.4 lần. Province list: stock as of 31/12/2023 (inherited).",
    "The efficiency list has no period in its sentence; inherited from 'Năm 2023' of the paragraph above. Strategy targets: 'đến năm 2025' / 'đến năm 2030'.",
    "Distractors: 'Luật Hợp tác xã số 17/2023/QH15', 'ngày 1/7/2024', 'giai đoạn 2021-2030', 'Quyết định số 340/QĐ-TTg', address '6B Hoàng Diệu, Ba Đình, Hà Nội'.",
], FIGS, location="Việt Nam")
