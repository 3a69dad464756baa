from lib import F, P, build

TEXT = """BÁO NAM ĐỊNH ĐIỆN TỬ
Xã hội | Y tế
21/01/2025 08:45

Chi khám, chữa bệnh bảo hiểm y tế năm 2024 tăng gần 12%

(BNĐ) - Năm 2024, tổng số thu bảo hiểm y tế (BHYT) trên địa bàn tỉnh đạt 2.315,6 tỷ đồng, bằng 101,4% dự toán BHXH Việt Nam giao, tăng 7,9% so với năm 2023. Tỷ lệ bao phủ BHYT đạt 94,12% dân số (chỉ tiêu 94%), với 1.763.280 người tham gia.

Trong năm, các cơ sở khám, chữa bệnh (KCB) đã tiếp nhận 3.947.120 lượt người KCB BHYT, trong đó ngoại trú 3.512.400 lượt, nội trú 434.720 lượt. Tổng chi phí KCB BHYT đề nghị thanh toán là 2.486 tỷ đồng, tăng gần 12% so với năm trước, vượt 4,2% dự toán chi được giao. Chi phí bình quân một lượt khám ngoại trú là 412.000 đồng, một lượt điều trị nội trú là 6,8 triệu đồng.

Bệnh viện Đa khoa tỉnh là đơn vị có chi phí lớn nhất với 612,5 tỷ đồng, tiếp đến là Bệnh viện Nhi 148,3 tỷ đồng, Bệnh viện Phụ sản 97,6 tỷ đồng. Số ngày điều trị nội trú bình quân là 6,2 ngày/đợt, giảm 0,3 ngày.

Theo ông Trần Văn Hòa, Phó Giám đốc BHXH tỉnh, tỷ lệ sử dụng quỹ KCB BHYT năm 2024 ước đạt 95,3%. Qua giám định, cơ quan BHXH đã từ chối thanh toán hơn 18 tỷ đồng chi phí không hợp lý, chiếm 0,7% tổng chi phí đề nghị.

Năm 2025, BHXH tỉnh đặt mục tiêu tỷ lệ bao phủ BHYT đạt 94,5% và giữ tỷ lệ nợ dưới 1,2% số phải thu. Ngành cũng tiếp tục triển khai Công văn số 45/BHXH-GĐBHYT về giám định chi phí, phấn đấu 100% cơ sở KCB liên thông dữ liệu qua ứng dụng VssID.

Thanh Hương
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y24I = dict(Y24, inherited=True)
TRONG = P("Trong năm", "2024-01-01", "2024-12-31")
TRONG_I = dict(TRONG, inherited=True)
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
COST = "chi phí khám, chữa bệnh BHYT"

FIGS = [
    F("năm 2024 tăng gần 12%", "12", 12, "percent", "%", "chi khám, chữa bệnh bảo hiểm y tế", approx="nearly",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 2.315,6 tỷ đồng", "2.315,6", 2315.6e9, "money", "đồng", "tổng số thu bảo hiểm y tế", percent=101.4,
      change={"direction": "increase", "value": 7.9, "unit": "%", "baseline": "năm 2023"}, period=Y24),
    F("đạt 94,12% dân số", "94,12", 94.12, "percent", "%", "tỷ lệ bao phủ BHYT",
      target={"value": 94, "unit": "%", "met": True}, period=Y24I),
    F("với 1.763.280 người", "1.763.280", 1763280, "count", "người", "người tham gia BHYT", period=Y24I),
    F("tiếp nhận 3.947.120 lượt", "3.947.120", 3947120, "count", "lượt người", "lượt người KCB BHYT", period=TRONG),
    F("ngoại trú 3.512.400 lượt", "3.512.400", 3512400, "count", "lượt", "lượt KCB BHYT ngoại trú", total=3947120,
      period=TRONG),
    F("nội trú 434.720 lượt", "434.720", 434720, "count", "lượt", "lượt KCB BHYT nội trú", total=3947120, period=TRONG),
    F("là 2.486 tỷ đồng", "2.486", 2486e9, "money", "đồng", "tổng chi phí KCB BHYT đề nghị thanh toán",
      change={"direction": "increase", "value": 12, "unit": "%", "approx": "nearly", "baseline": "năm trước"},
      period=TRONG_I),
    F("vượt 4,2% dự toán", "4,2", 4.2, "percent", "%", "chi phí KCB BHYT vượt dự toán chi được giao", optional=True),
    F("là 412.000 đồng", "412.000", 412000, "money", "đồng", "chi phí bình quân một lượt khám ngoại trú", period=TRONG_I),
    F("là 6,8 triệu đồng", "6,8", 6.8e6, "money", "đồng", "chi phí bình quân một lượt điều trị nội trú", period=TRONG_I),
    F("với 612,5 tỷ đồng", "612,5", 612.5e9, "money", "đồng", COST + " Bệnh viện Đa khoa tỉnh", period=TRONG_I),
    F("Nhi 148,3 tỷ đồng", "148,3", 148.3e9, "money", "đồng", COST + " Bệnh viện Nhi", period=TRONG_I),
    F("Phụ sản 97,6 tỷ đồng", "97,6", 97.6e9, "money", "đồng", COST + " Bệnh viện Phụ sản", period=TRONG_I),
    F("là 6,2 ngày/đợt", "6,2", 6.2, "measure", "ngày/đợt", "số ngày điều trị nội trú bình quân",
      change={"direction": "decrease", "value": 0.3, "unit": "ngày"}, period=TRONG_I),
    F("ước đạt 95,3%", "95,3", 95.3, "percent", "%", "tỷ lệ sử dụng quỹ KCB BHYT", status="estimate", period=Y24),
    F("hơn 18 tỷ đồng", "18", 18e9, "money", "đồng", "chi phí không hợp lý bị từ chối thanh toán", approx="over",
      percent=0.7, period=Y24I),
    F("đạt 94,5%", "94,5", 94.5, "percent", "%", "tỷ lệ bao phủ BHYT", status="target", period=Y25),
    F("nợ dưới 1,2%", "1,2", 1.2, "percent", "%", "tỷ lệ nợ BHYT", approx="under", status="target", period=Y25),
    F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở KCB liên thông dữ liệu", status="target",
      period=dict(Y25, inherited=True)),
]

COMMENTS = [
    "Party newspaper (Báo Nam Định): BHYT fund revenue, claims, visits, average costs, hospitals, fund use and giám định in 2024; 2025 targets.",
    "Bare dateline '21/01/2025 08:45'; byline 'Thanh Hương'; '(BNĐ)', 'Công văn số 45/BHXH-GĐBHYT', app name, officer's name are not figures.",
    "Title 'tăng gần 12%' is a growth rate standing as the claim (percent, no change), period from 'năm 2024' in the title.",
    "'bằng 101,4% dự toán' is the percent of the revenue; 'tăng 7,9%' its change. 'vượt 4,2% dự toán' is a second change of 2.486 tỷ: optional percent.",
    "'(chỉ tiêu 94%)' target met true. 'với 1.763.280 người' follows the rate: a count without a percent (as shared h01).",
    "'Trong năm' = 2024 (year of the earlier 'Năm 2024'); parts of 3.947.120 lượt take it as total.",
    "Hospitals are units, not places: subject carries the hospital, location stays Nam Định. 'giảm 0,3 ngày' is the change of 6,2 ngày/đợt.",
    "'hơn 18 tỷ đồng ..., chiếm 0,7%' percent attribute. 2025 targets ('đặt mục tiêu', 'phấn đấu') are status target; the third is in the next sentence (inherited).",
]

if __name__ == "__main__":
    build("p291-3", TEXT, FIGS, COMMENTS, location="Nam Định", published="2025-01-21")
