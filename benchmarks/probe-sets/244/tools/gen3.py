from lib import *

A = """Báo Bắc Giang điện tử
Kinh tế > Thông tin - Truyền thông

Viễn thông Bắc Giang: Doanh thu 6 tháng tăng trưởng khá
09:15, 12/07/2024

BGĐT - Sáu tháng đầu năm, các doanh nghiệp viễn thông trên địa bàn tỉnh ước đạt tổng doanh thu 1.246 tỷ đồng, tăng 8,3% so với cùng kỳ năm 2023, đạt 51,2% kế hoạch năm. Trong đó, doanh thu của Viettel Bắc Giang ước đạt 684 tỷ đồng, chiếm 54,9%; VNPT Bắc Giang ước đạt 402 tỷ đồng; MobiFone và các doanh nghiệp khác khoảng 160 tỷ đồng.

Tính đến ngày 30/6/2024, toàn tỉnh có 1,72 triệu thuê bao di động, tăng 2,4% so với cuối năm 2023; 239.600 thuê bao Internet băng rộng cố định, trong đó 238.100 thuê bao cáp quang (FTTH). Mật độ thuê bao băng rộng cố định đạt 12,8 thuê bao/100 dân, xếp thứ 18 toàn quốc.

Tỷ lệ hộ gia đình có điện thoại thông minh đạt 86,5% (chỉ tiêu năm 2024 là 88%); tỷ lệ dân số trưởng thành có điện thoại thông minh khoảng 84%. Ba huyện còn tỷ lệ phủ sóng 4G theo thôn thấp là Sơn Động (91,3%), Lục Ngạn (94,7%) và Yên Thế (96,1%).

Theo Kế hoạch số 86/KH-UBND, sáu tháng cuối năm, các doanh nghiệp phấn đấu phát triển thêm 25.000 thuê bao cáp quang và xây dựng mới 120 trạm BTS. Dự kiến tổng doanh thu viễn thông cả năm 2024 đạt 2.450 tỷ đồng.

Ông Nguyễn Văn Thắng, Giám đốc Sở Thông tin và Truyền thông cho biết, Sở đã đề nghị các doanh nghiệp ưu tiên phát triển hạ tầng tại xã Tuấn Mậu, An Lạc và các thôn dọc Quốc lộ 279.

Hoàng Lan
Từ khóa: viễn thông, cáp quang, 5G
"""

H1 = lambda inh=False: FIRST("Sáu tháng đầu năm", 6, 2024, inh)
T6 = lambda inh=False: ASOF("Tính đến ngày 30/6/2024", 2024, 6, 30, inh)
F = [
    fig("tổng doanh thu 1.246 tỷ", "1.246", 1246e9, "money", "đồng", "tổng doanh thu các doanh nghiệp viễn thông",
        status="estimate", change=chg("increase", 8.3, "%", "cùng kỳ năm 2023"), percent=51.2, period=H1()),
    fig("ước đạt 684 tỷ", "684", 684e9, "money", "đồng", "doanh thu của Viettel Bắc Giang",
        status="estimate", total=1246e9, percent=54.9, period=H1(True)),
    fig("ước đạt 402 tỷ", "402", 402e9, "money", "đồng", "doanh thu VNPT Bắc Giang",
        status="estimate", total=1246e9, period=H1(True)),
    fig("khoảng 160 tỷ", "160", 160e9, "money", "đồng", "doanh thu MobiFone và các doanh nghiệp khác",
        status="estimate", approx="about", total=1246e9, period=H1(True)),
    fig("có 1,72 triệu", "1,72", 1.72e6, "count", "thuê bao di động", "thuê bao di động",
        change=chg("increase", 2.4, "%", "cuối năm 2023"), period=T6()),
    fig("239.600 thuê bao", "239.600", 239600, "count", "thuê bao", "thuê bao Internet băng rộng cố định",
        period=T6()),
    fig("238.100 thuê bao", "238.100", 238100, "count", "thuê bao", "thuê bao cáp quang (FTTH)",
        total=239600, period=T6()),
    fig("đạt 12,8 thuê bao", "12,8", 12.8, "measure", "thuê bao/100 dân", "Mật độ thuê bao băng rộng cố định",
        period=T6(True)),
    fig("xếp thứ 18", "18", 18, "rank", "hạng", "Mật độ thuê bao băng rộng cố định", period=T6(True)),
    fig("đạt 86,5%", "86,5", 86.5, "percent", "%", "Tỷ lệ hộ gia đình có điện thoại thông minh",
        target=tgt(88), period=T6(True)),
    fig("khoảng 84%", "84", 84, "percent", "%", "tỷ lệ dân số trưởng thành có điện thoại thông minh",
        approx="about", period=T6(True)),
    fig("Ba huyện", "Ba", 3, "count", "huyện", "huyện còn tỷ lệ phủ sóng 4G theo thôn thấp", optional=True),
    fig("Sơn Động (91,3%)", "91,3", 91.3, "percent", "%", "tỷ lệ phủ sóng 4G theo thôn", location="Sơn Động",
        period=T6(True)),
    fig("Lục Ngạn (94,7%)", "94,7", 94.7, "percent", "%", "tỷ lệ phủ sóng 4G theo thôn", location="Lục Ngạn",
        period=T6(True)),
    fig("Yên Thế (96,1%)", "96,1", 96.1, "percent", "%", "tỷ lệ phủ sóng 4G theo thôn", location="Yên Thế",
        period=T6(True)),
    fig("thêm 25.000 thuê bao", "25.000", 25000, "count", "thuê bao cáp quang", "thuê bao cáp quang phát triển thêm",
        status="target", period=per("sáu tháng cuối năm", "2024-07-01", "2024-12-31")),
    fig("mới 120 trạm", "120", 120, "count", "trạm BTS", "trạm BTS xây dựng mới",
        status="target", period=per("sáu tháng cuối năm", "2024-07-01", "2024-12-31")),
    fig("đạt 2.450 tỷ", "2.450", 2450e9, "money", "đồng", "tổng doanh thu viễn thông cả năm",
        status="forecast", period=Y("cả năm 2024", 2024)),
]
C = [
    "Party newspaper (Báo Bắc Giang điện tử), bare 'hh:mm, dd/mm/yyyy' dateline, 'BGĐT -' tag, byline and tags at the end. Location Bắc Giang.",
    "'Sáu tháng đầu năm' without year takes 2024 from the dateline. 'ước đạt … tăng 8,3% …, đạt 51,2% kế hoạch năm': change + percent (share of plan).",
    "Revenue parts after 'Trong đó' (each with its own 'ước đạt', the list continuing the clause) are estimates with total 1.246 tỷ; 684+402+160 = 1246.",
    "'12,8 thuê bao/100 dân' is a rate (measure, denominator in the unit); 'xếp thứ 18 toàn quốc' is the province's rank (location Bắc Giang).",
    "'(chỉ tiêu năm 2024 là 88%)' is the target attribute of 86,5%. 'Ba huyện' list head optional. 'sáu tháng cuối năm' = 2024-07-01..2024-12-31.",
    "Distractors: Kế hoạch số 86/KH-UBND, Quốc lộ 279, commune names, the official's name, '5G' in the tags.",
]
write(3, A, F, C, published="2024-07-12", location="Bắc Giang")
