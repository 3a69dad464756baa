from lib import F, P, I, C, T, write

TEXT = """
Báo Bắc Giang điện tử
Văn hóa - Thể thao
Thứ Ba, 08/10/2024 10:25

9 tháng, Bắc Giang cấp phép 46 sân bóng đá mini

(BBG) - 9 tháng đầu năm 2024, Sở Văn hóa, Thể thao và Du lịch đã cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao cho 46 sân bóng đá mini, tăng 18 sân so với cùng kỳ năm 2023, đạt 76,7% kế hoạch năm.

Các địa phương có nhiều sân được cấp phép trong 9 tháng là TP Bắc Giang, thị xã Việt Yên và huyện Yên Dũng, lần lượt 14, 9 và 7 sân. Đến nay, toàn tỉnh có 254 sân bóng đá mini, trong đó 171 sân đã được cấp phép, chiếm 67,3%.

Qua kiểm tra, lực lượng chức năng phát hiện 23 cơ sở vi phạm, chủ yếu là không niêm yết nội quy, không có nhân viên cứu hộ, sơ cứu theo quy định tại Nghị định số 36/2019/NĐ-CP, xử phạt hơn 186 triệu đồng. Giá thuê sân tại TP Bắc Giang bình quân 350.000 đồng/giờ, tại các huyện khoảng 200.000-250.000 đồng/giờ. Nhiều sân dọc Quốc lộ 1 và đường Hùng Vương đã lắp camera, hệ thống đèn LED.

Ước cả năm 2024, toàn tỉnh cấp phép cho khoảng 60 sân, hoàn thành kế hoạch. Dự kiến trong quý IV, các nhà đầu tư sẽ khởi công 12 sân mới với tổng vốn khoảng 18 tỷ đồng.

Ông Nguyễn Văn Tám, Phó Giám đốc Sở cho biết, năm 2025 ngành phấn đấu 100% sân bóng đá mini kinh doanh trên địa bàn được cấp phép, đồng thời hỗ trợ 10 xã xây dựng sân thể thao công cộng.

MINH HÀ
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9b = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M9c = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NOW = P("Đến nay", None, "2024-10-08")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIC = "sân bóng đá mini được cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao"

FIGS = [
    F("cấp phép 46 sân", "46", 46, "count", "sân", "sân bóng đá mini được cấp phép", M9),
    F("cho 46 sân", "46", 46, "count", "sân", LIC, M9b, percent=76.7,
      change=C("increase", 18, "sân", "cùng kỳ năm 2023")),
    F("lần lượt 14", "14", 14, "count", "sân", "sân được cấp phép", M9c, location="Bắc Giang"),
    F("14, 9 và", "9", 9, "count", "sân", "sân được cấp phép", M9c, location="Việt Yên"),
    F("9 và 7 sân", "7", 7, "count", "sân", "sân được cấp phép", M9c, location="Yên Dũng"),
    F("có 254 sân", "254", 254, "count", "sân", "sân bóng đá mini", NOW),
    F("171 sân", "171", 171, "count", "sân", "sân bóng đá mini đã được cấp phép", NOW, total=254, percent=67.3),
    F("phát hiện 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở vi phạm"),
    F("hơn 186 triệu đồng", "186", 186e6, "money", "đồng", "số tiền xử phạt", approx="over"),
    F("bình quân 350.000 đồng/giờ", "350.000", 350000, "money", "đồng/giờ", "giá thuê sân bình quân",
      location="Bắc Giang"),
    F("khoảng 200.000-250.000", "200.000", 200000, "money", "đồng/giờ", "giá thuê sân tại các huyện",
      value_max=250000, approx="about"),
    F("khoảng 60 sân", "60", 60, "count", "sân", "sân bóng đá mini được cấp phép",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    F("khởi công 12 sân", "12", 12, "count", "sân", "sân mới khởi công", Q4, status="forecast"),
    F("khoảng 18 tỷ đồng", "18", 18e9, "money", "đồng", "tổng vốn đầu tư sân mới", Q4, approx="about",
      status="forecast"),
    F("phấn đấu 100%", "100", 100, "percent", "%", "sân bóng đá mini kinh doanh được cấp phép", Y25,
      status="target"),
    F("hỗ trợ 10 xã", "10", 10, "count", "xã", "xã được hỗ trợ xây dựng sân thể thao công cộng", Y25,
      status="target"),
]

NOTES = [
    "Provincial newspaper online (Báo Bắc Giang), headline with a figure, dateline 'Thứ Ba, 08/10/2024 10:25', tag '(BBG) -':",
    "licences for mini pitches in 9 months 2024 vs plan, localities (lần lượt), licensed share, violations, prices, Q4 and 2025 plans.",
    "Not figures: 10:25, Nghị định số 36/2019/NĐ-CP, Quốc lộ 1, name Nguyễn Văn Tám, (BBG).",
    "Year-less headline '9 tháng' and 'quý IV' take 2024 (published / the lead). 'đạt 76,7% kế hoạch năm' -> percent of 46 sân.",
    "'lần lượt 14, 9 và 7 sân': each item a figure, the city of Bắc Giang / Việt Yên / Yên Dũng as locations.",
    "'trong đó 171 sân … chiếm 67,3%' -> total 254, percent 67.3. 'Ước cả năm 2024 … khoảng 60 sân' -> estimate.",
    "'Dự kiến trong quý IV … 12 sân … 18 tỷ' -> forecast; 'phấn đấu … đồng thời hỗ trợ 10 xã' -> target (2025).",
    "23 cơ sở, 186 triệu: the sentence gives no period (none in gold).",
]

write("p1001-8", TEXT, FIGS, NOTES, published="2024-10-08", location="Bắc Giang")
