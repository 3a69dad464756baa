from lib import F, P, build

TEXT = """SỞ Y TẾ TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > Y tế cơ sở

Kết quả chăm sóc sức khỏe người cao tuổi 6 tháng đầu năm 2024
Ngày đăng: 12/07/2024 | Lượt xem: 864

Sáu tháng đầu năm 2024, các cơ sở y tế trên địa bàn tỉnh Đồng Nai đã khám sức khỏe định kỳ cho 186.450 lượt người cao tuổi, đạt 62,3% kế hoạch năm, tăng 9,8% so với cùng kỳ năm 2023.

Toàn tỉnh hiện có 241.800 người cao tuổi được lập hồ sơ theo dõi sức khỏe, chiếm 78,6% tổng số người cao tuổi (chỉ tiêu năm 2024 là 85%).

Qua khám sàng lọc, ngành y tế phát hiện 52.816 người mắc bệnh mạn tính, trong đó tăng huyết áp 34.512 người, đái tháo đường 12.087 người, bệnh phổi tắc nghẽn mạn tính 6.217 người. Số người cao tuổi được chuyển tuyến điều trị là 3.405 người, chiếm 1,8% số lượt khám.

Các địa phương có tỷ lệ người cao tuổi được khám định kỳ cao là huyện Xuân Lộc (71,2%), huyện Định Quán (68,5%) và TP Long Khánh (66,9%); thấp nhất là TP Biên Hòa với 48,3%. Mỗi đợt khám lưu động tại xã thu hút từ 200 đến 350 người cao tuổi.

Hiện 100% bệnh viện tuyến tỉnh và 9/11 trung tâm y tế huyện, thành phố đã bố trí khoa hoặc buồng khám lão khoa, với tổng số 415 giường bệnh điều trị người cao tuổi.

Phấn đấu cả năm 2024, toàn ngành khám sức khỏe định kỳ cho ít nhất 300.000 lượt người cao tuổi. Người dân cần tư vấn xin liên hệ đường dây nóng Sở Y tế: 1900 9095 hoặc trụ sở số 2 Phan Đình Phùng, phường Quang Vinh, TP Biên Hòa.

Phòng Nghiệp vụ Y
"""

H1 = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)

FIGS = [
    F("cho 186.450 lượt", "186.450", 186450, "count", "lượt người cao tuổi", "người cao tuổi được khám sức khỏe định kỳ",
      percent=62.3, change={"direction": "increase", "value": 9.8, "unit": "%", "baseline": "cùng kỳ năm 2023"}, period=H1),
    F("có 241.800 người", "241.800", 241800, "count", "người cao tuổi", "người cao tuổi được lập hồ sơ theo dõi sức khỏe",
      percent=78.6, target={"value": 85, "unit": "%", "met": False}),
    F("phát hiện 52.816 người", "52.816", 52816, "count", "người", "người mắc bệnh mạn tính", period=H1i),
    F("huyết áp 34.512 người", "34.512", 34512, "count", "người", "người mắc tăng huyết áp", total=52816, period=H1i),
    F("đường 12.087 người", "12.087", 12087, "count", "người", "người mắc đái tháo đường", total=52816, period=H1i),
    F("tính 6.217 người", "6.217", 6217, "count", "người", "người mắc bệnh phổi tắc nghẽn mạn tính", total=52816, period=H1i),
    F("là 3.405 người", "3.405", 3405, "count", "người", "người cao tuổi được chuyển tuyến điều trị", percent=1.8,
      period=H1i),
    F("Xuân Lộc (71,2%)", "71,2", 71.2, "percent", "%", "tỷ lệ người cao tuổi được khám định kỳ", period=H1i,
      location="Xuân Lộc"),
    F("Định Quán (68,5%)", "68,5", 68.5, "percent", "%", "tỷ lệ người cao tuổi được khám định kỳ", period=H1i,
      location="Định Quán"),
    F("Long Khánh (66,9%)", "66,9", 66.9, "percent", "%", "tỷ lệ người cao tuổi được khám định kỳ", period=H1i,
      location="Long Khánh"),
    F("với 48,3%", "48,3", 48.3, "percent", "%", "tỷ lệ người cao tuổi được khám định kỳ", period=H1i,
      location="Biên Hòa"),
    F("từ 200 đến 350", "200", 200, "count", "người cao tuổi", "người cao tuổi mỗi đợt khám lưu động tại xã",
      value_max=350),
    F("Hiện 100% bệnh viện", "100", 100, "percent", "%", "bệnh viện tuyến tỉnh bố trí khoa hoặc buồng khám lão khoa"),
    F("9/11 trung tâm", "9", 9, "count", "trung tâm y tế", "trung tâm y tế huyện, thành phố bố trí khoa hoặc buồng khám lão khoa",
      total=11),
    F("số 415 giường", "415", 415, "count", "giường bệnh", "giường bệnh điều trị người cao tuổi"),
    F("ít nhất 300.000 lượt", "300.000", 300000, "count", "lượt người cao tuổi", "người cao tuổi được khám sức khỏe định kỳ",
      approx="at_least", status="target", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
]

COMMENTS = [
    "Sở Y tế Đồng Nai (department site): khám sức khỏe định kỳ, hồ sơ sức khỏe, bệnh mạn tính của người cao tuổi, 6 tháng đầu năm 2024.",
    "Dateline 'Ngày đăng: 12/07/2024 | Lượt xem: 864' (counter is furniture). Distractors: hotline 1900 9095, address 'số 2 Phan Đình Phùng … TP Biên Hòa' (a place in an address), breadcrumb.",
    "186.450 carries its share of the plan ('đạt 62,3% kế hoạch năm', percent) and the change vs 'cùng kỳ năm 2023'.",
    "241.800: 'chiếm 78,6%' is its percent, '(chỉ tiêu năm 2024 là 85%)' its target (met false); 'hiện có' gives no period, the plan year is the target's.",
    "Disease 'trong đó' parts add up to 52.816 (total). 3.405 'chiếm 1,8% số lượt khám' is its percent. District list: location from the item, period inherited.",
    "'từ 200 đến 350' is a range (value_max). 'Hiện 100%…', '9/11' (total 11) and '415 giường' are state figures with no period.",
]

if __name__ == "__main__":
    build("p375-3", TEXT, FIGS, COMMENTS, published="2024-07-12", location="Đồng Nai")
