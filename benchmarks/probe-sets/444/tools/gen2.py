from lib import *

TEXT = """UBND HUYỆN THỌ XUÂN - TỈNH THANH HÓA
Cổng thông tin điện tử

Thọ Xuân trao 350 suất học bổng cho học sinh vượt khó
Thứ Hai, 09/09/2024 - 15:20

Chiều 8/9, tại Trung tâm Văn hóa huyện, Hội Khuyến học huyện Thọ Xuân phối hợp với Quỹ Khuyến học Lê Hoàn tổ chức lễ trao học bổng đầu năm học 2024-2025 cho học sinh có hoàn cảnh khó khăn vươn lên học tốt.

Tại buổi lễ, 350 học sinh được nhận học bổng, mỗi suất 1,5 triệu đồng; trong đó 210 em bậc tiểu học và trung học cơ sở, 140 em bậc trung học phổ thông. Tổng giá trị học bổng và quà tặng kèm theo là 612 triệu đồng.

Theo báo cáo của Hội Khuyến học huyện, tính đến ngày 31/8/2024, quỹ khuyến học toàn huyện đạt 14,75 tỷ đồng, tăng 1,2 tỷ đồng so với cùng kỳ năm 2023. Trong 6 tháng đầu năm, các doanh nghiệp, nhà hảo tâm và con em xa quê đã ủng hộ gần 2,3 tỷ đồng, chiếm khoảng 15,6% tổng quỹ. Nhiều xã có quỹ khuyến học lớn như Xuân Hòa (820 triệu đồng), Thọ Lập (675 triệu đồng), Xuân Lập (540 triệu đồng). Toàn huyện có 1.126 dòng họ lập quỹ khuyến học, mức quỹ phổ biến từ 20 đến 150 triệu đồng mỗi dòng họ.

Năm học 2023-2024, huyện có 1.874 học sinh giỏi cấp tỉnh, 11 học sinh giỏi quốc gia; tỷ lệ học sinh tốt nghiệp THPT đạt 99,6%, cao hơn 0,8% so với năm học trước.

Phát biểu tại buổi lễ, Phó Chủ tịch UBND huyện đề nghị Hội Khuyến học tiếp tục vận động, phấn đấu đến năm 2025 tổng quỹ khuyến học toàn huyện đạt 18 tỷ đồng, 100% xã, thị trấn có quỹ khuyến học từ 300 triệu đồng trở lên.

Mọi thông tin ủng hộ xin liên hệ Văn phòng Hội Khuyến học huyện, điện thoại 0237.3834.256; số tài khoản 3508205012345 tại Agribank chi nhánh Thọ Xuân.

Lê Hà - Trung tâm VHTT&TT huyện
"""

D31 = P("tính đến ngày 31/8/2024", None, "2024-08-31")
D31i = P("tính đến ngày 31/8/2024", None, "2024-08-31", inh=True)
H6 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("trao 350 suất", "350", 350, "count", "suất học bổng", "suất học bổng cho học sinh vượt khó", optional=True),
    F("buổi lễ, 350 học sinh", "350", 350, "count", "học sinh", "học sinh được nhận học bổng"),
    F("mỗi suất 1,5 triệu đồng", "1,5", 1500000, "money", "đồng", "giá trị mỗi suất học bổng"),
    F("210 em", "210", 210, "count", "em", "học sinh bậc tiểu học và trung học cơ sở được nhận học bổng", total=350),
    F("140 em", "140", 140, "count", "em", "học sinh bậc trung học phổ thông được nhận học bổng", total=350),
    F("là 612 triệu đồng", "612", 612000000, "money", "đồng", "tổng giá trị học bổng và quà tặng kèm theo"),
    F("đạt 14,75 tỷ đồng", "14,75", 14750000000, "money", "đồng", "quỹ khuyến học toàn huyện", D31,
      change=chg("increase", 1200000000, "đồng", "cùng kỳ năm 2023")),
    F("gần 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng",
      "các doanh nghiệp, nhà hảo tâm và con em xa quê ủng hộ", H6, approx="nearly", percent=15.6),
    F("Xuân Hòa (820 triệu đồng)", "820", 820000000, "money", "đồng", "quỹ khuyến học", D31i),
    F("Thọ Lập (675 triệu đồng)", "675", 675000000, "money", "đồng", "quỹ khuyến học", D31i),
    F("Xuân Lập (540 triệu đồng)", "540", 540000000, "money", "đồng", "quỹ khuyến học", D31i),
    F("có 1.126 dòng họ", "1.126", 1126, "count", "dòng họ", "dòng họ lập quỹ khuyến học", D31i),
    F("từ 20 đến 150 triệu đồng", "20", 20000000, "money", "đồng", "mức quỹ khuyến học mỗi dòng họ", D31i,
      value_max=150000000),
    F("có 1.874 học sinh", "1.874", 1874, "count", "học sinh giỏi cấp tỉnh", "học sinh giỏi cấp tỉnh"),
    F("11 học sinh giỏi quốc gia", "11", 11, "count", "học sinh giỏi quốc gia", "học sinh giỏi quốc gia"),
    F("đạt 99,6%", "99,6", 99.6, "percent", "%", "tỷ lệ học sinh tốt nghiệp THPT",
      change=chg("increase", 0.8, "%", "năm học trước")),
    F("đạt 18 tỷ đồng", "18", 18000000000, "money", "đồng", "tổng quỹ khuyến học toàn huyện", Y25, status="target"),
    F("100% xã", "100", 100, "percent", "%", "xã, thị trấn có quỹ khuyến học từ 300 triệu đồng trở lên", Y25,
      status="target"),
    F("từ 300 triệu đồng trở lên", "300", 300000000, "money", "đồng", "mức quỹ khuyến học xã, thị trấn", Y25,
      approx="at_least", status="target", optional=True),
]

build(2, [
    "District portal of huyện Thọ Xuân (Thanh Hóa): scholarship ceremony at the start of school year 2024-2025, district fund, donations, targets.",
    "Dateline 'Thứ Hai, 09/09/2024 - 15:20'; byline at the end. Distractors: 'Chiều 8/9', 'năm học 2024-2025', phone 0237.3834.256,",
    "bank account 3508205012345, 'Quỹ Khuyến học Lê Hoàn' (a name). Headline '350 suất' repeats the body figure: optional.",
    "Communes (Xuân Hòa, Thọ Lập, Xuân Lập) are not locations by the spec: their figures keep the district. '210 em', '140 em' after 'trong đó' add up to 350: total 350.",
    "'chiếm khoảng 15,6% tổng quỹ' is the donation's percent (no number for the whole, so no total). 'tăng 1,2 tỷ đồng so với cùng kỳ' is a change in đồng.",
    "'6 tháng đầu năm' takes 2024 from 'tính đến ngày 31/8/2024'. 'Năm học …' has no spec dates: no period. '99,6%, cao hơn 0,8%' is a level with its change.",
    "The threshold 'từ 300 triệu đồng trở lên' inside the target's defining clause is optional.",
], TEXT, FIGS, published="2024-09-09", location="Thọ Xuân")
