from lib import F, P, C, T, inh, emit

TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM
Tin hoạt động ngành

Hơn 3,34 triệu người đang hưởng lương hưu, trợ cấp BHXH hằng tháng

Theo số liệu của Bảo hiểm xã hội Việt Nam, tính đến ngày 30/9/2024, cả nước có 3.342.610 người đang hưởng lương hưu, trợ cấp BHXH hằng tháng, tăng 2,1% so với cùng thời điểm năm 2023. Trong đó, số người hưởng từ nguồn quỹ BHXH là 2.571.884 người (chiếm 76,9%), từ nguồn ngân sách nhà nước là 770.726 người.

9 tháng năm 2024, toàn ngành đã chi trả các chế độ BHXH, BHYT, BHTN khoảng 343,2 nghìn tỷ đồng; trong đó chi lương hưu, trợ cấp BHXH hằng tháng ước 198,6 nghìn tỷ đồng. Mức lương hưu bình quân của người hưởng từ quỹ BHXH sau điều chỉnh từ ngày 1/7/2024 là khoảng 6,95 triệu đồng/tháng.

Về phương thức chi trả, cả nước có 1,52 triệu người nhận lương hưu, trợ cấp qua tài khoản cá nhân, chiếm 45,5% tổng số người hưởng; tại khu vực đô thị, tỷ lệ này là 70,3%, vượt chỉ tiêu 65% được giao tại Quyết định số 06/QĐ-TTg. Một số địa phương đạt tỷ lệ cao là TP Hồ Chí Minh (92,1%), Hà Nội (88,4%), Bình Dương (86,7%) và Đà Nẵng (84,9%). Ngược lại, vẫn còn 9 tỉnh có tỷ lệ dưới 10%.

Những người hưởng nhận bằng tiền mặt được chi trả qua hệ thống hơn 11.000 điểm chi trả của Bưu điện Việt Nam (VNPost). Trong quý IV/2024, BHXH Việt Nam đặt mục tiêu tăng thêm 150.000 người hưởng nhận qua tài khoản; đến năm 2025, tỷ lệ tại khu vực đô thị đạt 80%.

Thông tin liên hệ: Trung tâm Truyền thông BHXH Việt Nam, số 7 Tràng Thi, Hoàn Kiếm, Hà Nội. Tổng đài hỗ trợ: 1900 9068.

15/10/2024
"""

D30 = P("tính đến ngày 30/9/2024", None, "2024-09-30")
N9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
SUBJ = "tỷ lệ nhận lương hưu, trợ cấp qua tài khoản cá nhân"

FIGS = [
    F("Hơn 3,34 triệu người", "3,34", 3340000, "count", "người",
      "người đang hưởng lương hưu, trợ cấp BHXH hằng tháng", approx="over"),
    F("có 3.342.610 người", "3.342.610", 3342610, "count", "người",
      "người đang hưởng lương hưu, trợ cấp BHXH hằng tháng", D30,
      change=C("increase", 2.1, baseline="cùng thời điểm năm 2023")),
    F("là 2.571.884 người", "2.571.884", 2571884, "count", "người", "người hưởng từ nguồn quỹ BHXH", inh(D30),
      total=3342610, percent=76.9),
    F("là 770.726 người", "770.726", 770726, "count", "người", "người hưởng từ nguồn ngân sách nhà nước",
      inh(D30), total=3342610),
    F("khoảng 343,2 nghìn tỷ đồng", "343,2", 343.2e12, "money", "đồng", "chi trả các chế độ BHXH, BHYT, BHTN",
      N9, approx="about"),
    F("ước 198,6 nghìn tỷ đồng", "198,6", 198.6e12, "money", "đồng", "chi lương hưu, trợ cấp BHXH hằng tháng",
      N9, total=343.2e12, status="estimate"),
    F("khoảng 6,95 triệu đồng/tháng", "6,95", 6950000, "money", "đồng/tháng",
      "mức lương hưu bình quân của người hưởng từ quỹ BHXH sau điều chỉnh", approx="about"),
    F("có 1,52 triệu người", "1,52", 1520000, "count", "người",
      "người nhận lương hưu, trợ cấp qua tài khoản cá nhân", inh(D30), percent=45.5),
    F("là 70,3%", "70,3", 70.3, "percent", "%", "tỷ lệ nhận qua tài khoản tại khu vực đô thị", inh(D30),
      target=T(65, met=True)),
    F("Minh (92,1%)", "92,1", 92.1, "percent", "%", SUBJ, inh(D30), location="TP Hồ Chí Minh"),
    F("Hà Nội (88,4%)", "88,4", 88.4, "percent", "%", SUBJ, inh(D30), location="Hà Nội"),
    F("Bình Dương (86,7%)", "86,7", 86.7, "percent", "%", SUBJ, inh(D30), location="Bình Dương"),
    F("Đà Nẵng (84,9%)", "84,9", 84.9, "percent", "%", SUBJ, inh(D30), location="Đà Nẵng"),
    F("còn 9 tỉnh", "9", 9, "count", "tỉnh", "tỉnh có tỷ lệ nhận qua tài khoản dưới 10%", inh(D30)),
    F("dưới 10%", "10", 10, "percent", "%", approx="under", optional=True),
    F("hơn 11.000 điểm", "11.000", 11000, "count", "điểm chi trả", "điểm chi trả của Bưu điện Việt Nam",
      approx="over"),
    F("thêm 150.000 người", "150.000", 150000, "count", "người", "người hưởng nhận qua tài khoản tăng thêm",
      P("Trong quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("đạt 80%", "80", 80, "percent", "%", "tỷ lệ tại khu vực đô thị", P("đến năm 2025", None, "2025-12-31"),
      status="target"),
]

emit("p410-5", TEXT, [
    "Ministry-level site (BHXH Việt Nam, 'Tin hoạt động ngành'): national pension recipients at 30/9/2024; bare date '15/10/2024' at the end.",
    "Distractors: 'Quyết định số 06/QĐ-TTg', 'từ ngày 1/7/2024', address 'số 7 Tràng Thi', '1900 9068', 'VNPost'.",
    "2.571.884 + 770.726 = 3.342.610 after 'Trong đó': totals; 198,6 nghìn tỷ after 'trong đó' is part of 343,2 nghìn tỷ (estimate: 'ước').",
    "'là 70,3%, vượt chỉ tiêu 65%' → target 65, met. Province list: items are places, subject the rate. 'dưới 10%' is a threshold (optional).",
    "The average pension 'sau điều chỉnh từ ngày 1/7/2024' has no period (effective date, unscored). 'tăng thêm 150.000 người' is a target count.",
], FIGS, published="2024-10-15", location="Việt Nam")
