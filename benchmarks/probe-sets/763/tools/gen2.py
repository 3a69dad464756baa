import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from lib import F, P, I, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ HOÀI NHƠN
Trang chủ » Kinh tế » Nông nghiệp - Thủy sản
Thứ Năm, 18/04/2024 - 09:05

Hoài Nhơn: Quý I, sản lượng cá ngừ đại dương tăng 12,4%

Quý I/2024, toàn thị xã có 986 tàu câu cá ngừ đại dương hoạt động, khai thác được 2.640 tấn cá ngừ, tăng 12,4% so với cùng kỳ năm 2023. Cá ngừ loại 1 (từ 30 kg/con trở lên) chiếm khoảng 35% sản lượng.

Tại các phường Tam Quan Bắc, Hoài Hương và Hoài Hải, nhiều tàu cập bến với sản lượng từ 5 đến 7 tấn/chuyến. Ông Trần Văn Mười, chủ tàu BĐ 96059 TS ở khu phố 2, phường Tam Quan Bắc, cho biết chuyến biển vừa qua kéo dài 18 ngày, tàu ông câu được 126 con cá ngừ, bán được gần 420 triệu đồng.

Giá cá ngừ đại dương hiện ở mức 110.000-125.000 đồng/kg với cá loại 1 và 85.000-95.000 đồng/kg với cá loại 2. Mỗi lao động trên tàu có thu nhập bình quân từ 12 đến 15 triệu đồng/tháng.

Đến nay, thị xã đã giải ngân 214,6 tỷ đồng vốn vay theo Nghị định số 67/2014/NĐ-CP để đóng mới, nâng cấp 47 tàu vỏ thép, vỏ composite; dư nợ còn lại 158,3 tỷ đồng. 100% tàu câu cá ngừ đã được mua bảo hiểm thân tàu và bảo hiểm thuyền viên.

Năm 2024, thị xã phấn đấu sản lượng cá ngừ đại dương đạt 9.000 tấn, chiếm hơn 70% sản lượng cá ngừ toàn tỉnh.

Minh Tâm (Trung tâm Văn hóa - Thông tin và Thể thao thị xã)
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = P("Đến nay", None, "2024-04-18")

FIGS = [
    F("đại dương tăng 12,4%", "12,4", 12.4, "percent", "%", "tăng trưởng sản lượng cá ngừ đại dương",
      P("Quý I", "2024-01-01", "2024-03-31")),
    F("có 986 tàu", "986", 986, "count", "tàu", "tàu câu cá ngừ đại dương hoạt động", Q1),
    F("được 2.640 tấn", "2.640", 2640, "measure", "tấn", "sản lượng cá ngừ khai thác", Q1,
      change=CH("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("từ 30 kg/con", "30", 30, "measure", "kg/con", "trọng lượng cá ngừ loại 1", approx="at_least", optional=True),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ lệ cá ngừ loại 1 trong sản lượng", I(Q1), approx="about"),
    F("từ 5 đến 7 tấn/chuyến", "5", 5, "measure", "tấn/chuyến", "sản lượng mỗi chuyến biển", value_max=7),
    F("kéo dài 18 ngày", "18", 18, "measure", "ngày", "thời gian chuyến biển", optional=True),
    F("được 126 con", "126", 126, "count", "con", "cá ngừ câu được trong chuyến biển"),
    F("gần 420 triệu đồng", "420", 420000000, "money", "đồng", "tiền bán cá ngừ của chuyến biển", approx="nearly"),
    F("mức 110.000-125.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", "giá cá ngừ đại dương loại 1",
      value_max=125000),
    F("và 85.000-95.000 đồng/kg", "85.000", 85000, "money", "đồng/kg", "giá cá ngừ đại dương loại 2",
      value_max=95000),
    F("từ 12 đến 15 triệu đồng/tháng", "12", 12000000, "money", "đồng/tháng", "thu nhập bình quân mỗi lao động trên tàu",
      value_max=15000000),
    F("giải ngân 214,6 tỷ đồng", "214,6", 214600000000, "money", "đồng", "vốn vay giải ngân để đóng mới, nâng cấp tàu", NOW),
    F("nâng cấp 47 tàu", "47", 47, "count", "tàu", "tàu vỏ thép, vỏ composite được đóng mới, nâng cấp", NOW),
    F("còn lại 158,3 tỷ đồng", "158,3", 158300000000, "money", "đồng", "dư nợ còn lại", NOW),
    F("100% tàu câu", "100", 100, "percent", "%", "tàu câu cá ngừ được mua bảo hiểm thân tàu và bảo hiểm thuyền viên"),
    F("đạt 9.000 tấn", "9.000", 9000, "measure", "tấn", "sản lượng cá ngừ đại dương",
      P("Năm 2024", "2024-01-01", "2024-12-31"), percent=70, status="target"),
]

COMMENTS = [
    "Hoài Nhơn town portal (Bình Định): Q1/2024 tuna season, catch, prices, income, credit under Nghị định 67, 2024 target.",
    "Dateline 'Thứ Năm, 18/04/2024 - 09:05', byline at the end. Location = the town (thị xã Hoài Nhơn); wards are below district level.",
    "Headline growth rate '12,4%' is a percent figure; in the lead the same 12,4% is the change of 2.640 tấn.",
    "Optional: threshold 'từ 30 kg/con trở lên', trip duration 'kéo dài 18 ngày' (a duration stated as a fact, cf. '35 phút').",
    "Distractors: 'Trần Văn Mười' (number word in a name), vessel 'BĐ 96059 TS', 'khu phố 2', Nghị định số 67/2014/NĐ-CP, dateline time.",
    "'chiếm hơn 70%' after 9.000 tấn is its percent; 'Đến nay' is as-of the dateline.",
]

emit("p763-2", TEXT, COMMENTS, FIGS, published="2024-04-18", location="Hoài Nhơn")
