from lib import *

TEXT = """BÁO ĐẮK LẮK ĐIỆN TỬ
Xã hội - Giáo dục

Doanh nghiệp, nhà hảo tâm chung tay tiếp sức quỹ khuyến học
Thứ Bảy, 05/10/2024, 08:12

Theo Hội Khuyến học tỉnh Đắk Lắk, 9 tháng năm 2024, các cấp hội đã vận động được 21,36 tỷ đồng, vượt 6,8% kế hoạch năm (20 tỷ đồng) và tăng 18,2% so với cùng kỳ năm 2023. Riêng quý III/2024 vận động được 9,4 tỷ đồng, gấp 1,7 lần quý II.

Trong tổng số tiền vận động, doanh nghiệp đóng góp 12,8 tỷ đồng (chiếm 59,9%), cá nhân, nhà hảo tâm 6,1 tỷ đồng, các dòng họ và chi hội 2,46 tỷ đồng. Tiêu biểu, Công ty CP Cà phê Buôn Ma Thuột ủng hộ 850 triệu đồng; một ngân hàng thương mại trên địa bàn tài trợ 500 suất học bổng, mỗi suất 2 triệu đồng.

Từ đầu năm đến nay, toàn tỉnh đã trao 8.420 suất học bổng, trị giá trên 11,5 tỷ đồng, trong đó 4.650 suất cho học sinh dân tộc thiểu số, chiếm 55,2%. Các huyện trao nhiều học bổng là Krông Pắc 960 suất, Cư M'gar 815 suất, Ea H'leo 740 suất.

Em H'Yim Niê, học sinh lớp 11 Trường THPT Buôn Đôn, chia sẻ: "Nhờ suất học bổng 3 triệu đồng, em có thêm sách vở và xe đạp để đến trường".

Dự kiến trong quý IV, Hội sẽ trao thêm khoảng 3.000 suất học bổng nhân dịp kỷ niệm Ngày Nhà giáo Việt Nam 20/11.

Mọi đóng góp xin liên hệ Văn phòng Hội Khuyến học tỉnh, số 02 Lê Duẩn, TP Buôn Ma Thuột; điện thoại 0262.3852.147.

Hoàng Gia
"""

N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
N9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
TD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05")
TDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-05", inh=True)
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
T = 21360000000

FIGS = [
    F("được 21,36 tỷ đồng", "21,36", T, "money", "đồng", "quỹ khuyến học các cấp hội vận động được", N9,
      change=chg("increase", 6.8, "%", "kế hoạch năm"), target=tgt(20000000000, "đồng", True)),
    F("tăng 18,2% so với", "18,2", 18.2, "percent", "%", "quỹ khuyến học vận động được so với cùng kỳ năm 2023", N9,
      optional=True),
    F("được 9,4 tỷ đồng", "9,4", 9400000000, "money", "đồng", "quỹ khuyến học vận động được", Q3,
      change=chg("increase", 1.7, "lần", "quý II")),
    F("đóng góp 12,8 tỷ đồng", "12,8", 12800000000, "money", "đồng", "doanh nghiệp đóng góp", N9i,
      total=T, percent=59.9),
    F("nhà hảo tâm 6,1 tỷ đồng", "6,1", 6100000000, "money", "đồng", "cá nhân, nhà hảo tâm đóng góp", N9i, total=T),
    F("chi hội 2,46 tỷ đồng", "2,46", 2460000000, "money", "đồng", "các dòng họ và chi hội đóng góp", N9i, total=T),
    F("ủng hộ 850 triệu đồng", "850", 850000000, "money", "đồng", "Công ty CP Cà phê Buôn Ma Thuột ủng hộ"),
    F("tài trợ 500 suất", "500", 500, "count", "suất học bổng", "suất học bổng một ngân hàng thương mại tài trợ"),
    F("mỗi suất 2 triệu đồng", "2", 2000000, "money", "đồng", "giá trị mỗi suất học bổng ngân hàng tài trợ"),
    F("trao 8.420 suất", "8.420", 8420, "count", "suất học bổng", "suất học bổng toàn tỉnh trao", TD),
    F("trên 11,5 tỷ đồng", "11,5", 11500000000, "money", "đồng", "trị giá học bổng", TD, approx="over"),
    F("trong đó 4.650 suất", "4.650", 4650, "count", "suất", "suất học bổng cho học sinh dân tộc thiểu số", TD,
      total=8420, percent=55.2),
    F("Krông Pắc 960 suất", "960", 960, "count", "suất", "học bổng", TDi, location="Krông Pắc"),
    F("Cư M'gar 815 suất", "815", 815, "count", "suất", "học bổng", TDi, location="Cư M'gar"),
    F("Ea H'leo 740 suất", "740", 740, "count", "suất", "học bổng", TDi, location="Ea H'leo"),
    F("học bổng 3 triệu đồng", "3", 3000000, "money", "đồng", "suất học bổng của một học sinh"),
    F("khoảng 3.000 suất", "3.000", 3000, "count", "suất học bổng", "suất học bổng trao thêm", Q4,
      approx="about", status="forecast"),
]

build(7, [
    "Party newspaper (Báo Đắk Lắk): donations to the study-promotion fund, 9 tháng năm 2024 and quý III/2024; scholarships since the start of the year.",
    "Dateline 'Thứ Bảy, 05/10/2024, 08:12'. Distractors: 'lớp 11', 'Trường THPT Buôn Đôn', 'Ngày Nhà giáo Việt Nam 20/11', address 'số 02 Lê Duẩn',",
    "phone 0262.3852.147, 'Buôn Ma Thuột' inside a company name (not the figure's place), a pupil's name.",
    "'21,36 tỷ đồng, vượt 6,8% kế hoạch năm (20 tỷ đồng) và tăng 18,2% so với cùng kỳ': the gap to plan is the first change (baseline kế hoạch năm),",
    "the bracketed plan is the target (met); the second change 18,2% is a percent figure of its own, optional by FIGURES.md ('one of each attribute').",
    "'Trong tổng số tiền vận động, …' parts add up to 21,36 tỷ: total. 'gấp 1,7 lần quý II' is the change of 9,4 tỷ in lần.",
    "'Từ đầu năm đến nay' runs from 2024-01-01 to the dateline (as 'từ năm 2021 đến nay'). 'quý IV' takes 2024; 'Dự kiến' → forecast.",
    "The pupil's 3 triệu đồng scholarship keeps Đắk Lắk: 'Buôn Đôn' stands only in the school's name.",
], TEXT, FIGS, published="2024-10-05", location="Đắk Lắk")
