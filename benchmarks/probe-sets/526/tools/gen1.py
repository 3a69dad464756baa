"""p526-1: Nghệ An province portal — summer youth volunteer campaign 2024 wrap-up."""
from lib import *

TEXT = """Cổng thông tin điện tử tỉnh Nghệ An
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội
Cập nhật: 28/08/2024 16:20
Lượt xem: 1.482

Chiến dịch Thanh niên tình nguyện hè 2024: hơn 126.000 lượt đoàn viên tham gia

Chiều 27/8, Tỉnh đoàn Nghệ An tổ chức tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2024. Từ ngày 1/6 đến 20/8/2024, toàn tỉnh đã huy động hơn 126.000 lượt đoàn viên, thanh niên tham gia, tăng 8,4% so với năm 2023; trong đó có 18.350 lượt sinh viên tình nguyện từ các trường đại học, cao đẳng.

Các cấp bộ Đoàn đã triển khai 412 công trình, phần việc thanh niên với tổng giá trị ước đạt 38,6 tỷ đồng, đạt 128,7% kế hoạch. Trong đó có 57 công trình cấp tỉnh và 355 công trình cấp huyện, cơ sở; hai công trình tiêu biểu là cầu dân sinh bản Xốp Mạt và nhà văn hóa bản Huồi Thợ có giá trị lần lượt 1,8 tỷ đồng và 1,25 tỷ đồng. Lực lượng tình nguyện đã làm mới, sửa chữa 86,5 km đường giao thông nông thôn, thắp sáng 214 km đường quê, xây dựng 23 nhà nhân ái và trao 5.670 suất quà cho học sinh, gia đình chính sách, tổng trị giá khoảng 2,3 tỷ đồng.

Các địa phương có đông tình nguyện viên nhất gồm TP. Vinh (14.200 lượt), Diễn Châu (9.850 lượt), Quỳnh Lưu (8.730 lượt) và Yên Thành (8.015 lượt).

Hưởng ứng chương trình Hành trình Đỏ, các cơ sở Đoàn tổ chức 19 đợt hiến máu, tiếp nhận 6.412 đơn vị máu, vượt 6,9% so với chỉ tiêu 6.000 đơn vị.

Tỉnh đoàn phấn đấu đến năm 2025, mỗi năm có ít nhất 130.000 lượt đoàn viên, thanh niên tham gia chiến dịch và mỗi huyện có 1 công trình thanh niên trị giá từ 500 triệu đồng trở lên.

Địa chỉ: Số 3 đường Trường Thi, TP. Vinh, Nghệ An. Điện thoại: 0238.3844.578
"""

CAMP = P("Từ ngày 1/6 đến 20/8/2024", "2024-06-01", "2024-08-20")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hè 2024: hơn 126.000", "126.000", 126000, "count", "lượt đoàn viên", "lượt đoàn viên tham gia Chiến dịch Thanh niên tình nguyện hè",
      approx="over"),
    F("huy động hơn 126.000", "126.000", 126000, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia", CAMP,
      approx="over", change=CH("increase", 8.4, "%", "năm 2023")),
    F("có 18.350 lượt", "18.350", 18350, "count", "lượt sinh viên", "lượt sinh viên tình nguyện từ các trường đại học, cao đẳng", CAMP,
      total=126000),
    F("triển khai 412 công trình", "412", 412, "count", "công trình", "công trình, phần việc thanh niên", I(CAMP)),
    F("ước đạt 38,6 tỷ đồng", "38,6", 38.6e9, "money", "đồng", "tổng giá trị công trình, phần việc thanh niên", I(CAMP),
      percent=128.7, status="estimate"),
    F("có 57 công trình", "57", 57, "count", "công trình", "công trình cấp tỉnh", I(CAMP), total=412),
    F("355 công trình", "355", 355, "count", "công trình", "công trình cấp huyện, cơ sở", I(CAMP), total=412),
    F("hai công trình tiêu biểu", "hai", 2, "count", "công trình", "công trình tiêu biểu", optional=True),
    F("lần lượt 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "giá trị công trình tiêu biểu cầu dân sinh bản Xốp Mạt",
      total=38.6e9),
    F("và 1,25 tỷ đồng", "1,25", 1.25e9, "money", "đồng", "giá trị công trình tiêu biểu nhà văn hóa bản Huồi Thợ",
      total=38.6e9),
    F("sửa chữa 86,5 km", "86,5", 86.5, "measure", "km", "đường giao thông nông thôn làm mới, sửa chữa", I(CAMP)),
    F("thắp sáng 214 km", "214", 214, "measure", "km", "đường quê được thắp sáng", I(CAMP)),
    F("xây dựng 23 nhà", "23", 23, "count", "nhà nhân ái", "nhà nhân ái xây dựng", I(CAMP)),
    F("trao 5.670 suất quà", "5.670", 5670, "count", "suất quà", "suất quà trao cho học sinh, gia đình chính sách", I(CAMP)),
    F("khoảng 2,3 tỷ đồng", "2,3", 2.3e9, "money", "đồng", "tổng trị giá suất quà", I(CAMP), approx="about"),
    F("(14.200 lượt)", "14.200", 14200, "count", "lượt", "lượt tình nguyện viên", I(CAMP), location="Vinh"),
    F("(9.850 lượt)", "9.850", 9850, "count", "lượt", "lượt tình nguyện viên", I(CAMP), location="Diễn Châu"),
    F("(8.730 lượt)", "8.730", 8730, "count", "lượt", "lượt tình nguyện viên", I(CAMP), location="Quỳnh Lưu"),
    F("(8.015 lượt)", "8.015", 8015, "count", "lượt", "lượt tình nguyện viên", I(CAMP), location="Yên Thành"),
    F("tổ chức 19 đợt", "19", 19, "count", "đợt hiến máu", "đợt hiến máu Hành trình Đỏ", I(CAMP)),
    F("tiếp nhận 6.412 đơn vị máu", "6.412", 6412, "count", "đơn vị máu", "đơn vị máu tiếp nhận", I(CAMP),
      change=CH("increase", 6.9, "%", "chỉ tiêu"), target=TG(6000, "đơn vị", True)),
    F("ít nhất 130.000", "130.000", 130000, "count", "lượt đoàn viên, thanh niên", "lượt đoàn viên, thanh niên tham gia chiến dịch mỗi năm", T25,
      approx="at_least", status="target"),
    F("có 1 công trình", "1", 1, "count", "công trình", "công trình thanh niên trị giá từ 500 triệu đồng trở lên mỗi huyện", T25, status="target"),
    F("từ 500 triệu đồng trở lên", "500", 500e6, "money", "đồng", "trị giá công trình thanh niên", T25,
      approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "revised after the first run: 1,8 tỷ / 1,25 tỷ get total 38,6 tỷ (the ';' clause continues the 'Trong đó' parts of the total value;",
    "  status stays actual: own verb 'có giá trị', new sentence); subject of '1 công trình' now keeps its threshold qualifier.",
    "Nghệ An province portal (breadcrumb, Cập nhật, Lượt xem): summer youth volunteer campaign 2024 wrap-up.",
    "Period of the campaign: 'Từ ngày 1/6 đến 20/8/2024' (a date range: start and end). Headline figure has no period of its own (unscored).",
    "'ước đạt 38,6 tỷ' is estimate; the count 412 in the same sentence has its own verb (triển khai) and stays actual.",
    "'vượt 6,9% so với chỉ tiêu 6.000 đơn vị' = change (gap to plan) + target 6000 (met), not a figure of its own.",
    "District list after 'gồm' follows no whole figure, so no total; districts go to location. 'hai công trình tiêu biểu' and the threshold",
    "'từ 500 triệu đồng trở lên' are optional (the threshold also qualifies the subject of '1 công trình'). Distractors: Lượt xem 1.482, 'Chiều 27/8', address 'Số 3 đường Trường Thi', phone.",
]

emit("p526-1", TEXT, COMMENTS, FIGS, published="2024-08-28", location="Nghệ An")
