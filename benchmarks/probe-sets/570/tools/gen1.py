"""p570-1: province portal, Hà Giang — vitamin A campaign round 1/2024, deworming, growth monitoring."""
from lib import F, P, I, CH, AGE, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Y tế - Xã hội
Hà Giang: Hơn 98% trẻ em được uống vitamin A trong đợt 1
Cập nhật: 14/06/2024 09:42
Lượt xem: 1.276

Thực hiện Kế hoạch số 112/KH-SYT ngày 10/5/2024 của Sở Y tế, chiến dịch bổ sung vitamin A đợt 1 năm 2024 đã được tổ chức trong hai ngày 1 và 2/6 tại tất cả các trạm y tế và điểm uống trên địa bàn tỉnh Hà Giang.

Kết quả, toàn tỉnh có 52.618 trẻ từ 6 đến 36 tháng tuổi được uống vitamin A, đạt 98,4% số trẻ trong diện; trong đó có 4.105 trẻ từ 6 đến 11 tháng tuổi được uống liều 100.000 đơn vị. Số bà mẹ sau sinh được bổ sung vitamin A là 1.932 người, tăng 6,5% so với cùng kỳ năm 2023.

Các huyện có tỷ lệ uống đạt cao là Quản Bạ (99,6%), Yên Minh (99,2%), Mèo Vạc (99,1%); thấp nhất là huyện Xín Mần với 95,7%.

Cùng với uống vitamin A, các đơn vị đã tẩy giun cho 38.450 trẻ từ 24 đến 60 tháng tuổi và cân, đo theo dõi tăng trưởng cho 71.260 trẻ em dưới 5 tuổi. Qua cân đo, tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ dưới 5 tuổi của tỉnh là 15,8%, thể thấp còi là 28,9%, cao nhất khu vực miền núi phía Bắc.

Tổng kinh phí triển khai chiến dịch khoảng 1,2 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 850 triệu đồng. Tỉnh phấn đấu đến năm 2025 giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi xuống dưới 26%, bình quân mỗi năm giảm từ 1 đến 1,5%.

Cổng Thông tin điện tử tỉnh Hà Giang
Địa chỉ: Số 1 đường Nguyễn Trãi, phường Nguyễn Trãi, TP. Hà Giang
Điện thoại: 0219.3866.050
"""

CAMP = I(P("đợt 1 năm 2024 (ngày 1 và 2/6)", "2024-06-01", "2024-06-02"))
T2025 = P("đến năm 2025", None, "2025-12-31")
VA = "tỷ lệ trẻ được uống vitamin A"

FIGS = [
    F("Hơn 98%", "98", 98, "percent", "%", "trẻ em được uống vitamin A trong đợt 1", CAMP, approx="over"),
    F("có 52.618 trẻ", "52.618", 52618, "count", "trẻ", "trẻ từ 6 đến 36 tháng tuổi được uống vitamin A", CAMP, percent=98.4),
    AGE("từ 6 đến 36 tháng", "6", 6, "tháng tuổi", value_max=36),
    F("có 4.105 trẻ", "4.105", 4105, "count", "trẻ", "trẻ từ 6 đến 11 tháng tuổi được uống liều 100.000 đơn vị", CAMP, total=52618),
    AGE("từ 6 đến 11 tháng", "6", 6, "tháng tuổi", value_max=11),
    F("liều 100.000 đơn vị", "100.000", 100000, "measure", "đơn vị", optional=True),
    F("là 1.932 người", "1.932", 1932, "count", "người", "bà mẹ sau sinh được bổ sung vitamin A", CAMP,
      change=CH("increase", 6.5, baseline="cùng kỳ năm 2023")),
    F("Quản Bạ (99,6%)", "99,6", 99.6, "percent", "%", VA, CAMP, location="Quản Bạ"),
    F("Yên Minh (99,2%)", "99,2", 99.2, "percent", "%", VA, CAMP, location="Yên Minh"),
    F("Mèo Vạc (99,1%)", "99,1", 99.1, "percent", "%", VA, CAMP, location="Mèo Vạc"),
    F("Xín Mần với 95,7%", "95,7", 95.7, "percent", "%", VA, CAMP, location="Xín Mần"),
    F("cho 38.450 trẻ", "38.450", 38450, "count", "trẻ", "trẻ từ 24 đến 60 tháng tuổi được tẩy giun", CAMP),
    AGE("từ 24 đến 60 tháng", "24", 24, "tháng tuổi", value_max=60),
    F("cho 71.260 trẻ em", "71.260", 71260, "count", "trẻ em", "trẻ em dưới 5 tuổi được cân, đo theo dõi tăng trưởng", CAMP),
    AGE("trẻ em dưới 5 tuổi.", "5", 5, approx="under"),
    F("của tỉnh là 15,8%", "15,8", 15.8, "percent", "%", "tỷ lệ suy dinh dưỡng thể nhẹ cân ở trẻ dưới 5 tuổi", CAMP),
    AGE("trẻ dưới 5 tuổi của tỉnh", "5", 5, approx="under"),
    F("thể thấp còi là 28,9%", "28,9", 28.9, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", CAMP),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tổng kinh phí triển khai chiến dịch", CAMP, approx="about"),
    F("hỗ trợ 850 triệu đồng", "850", 850e6, "money", "đồng", "ngân sách Trung ương hỗ trợ", CAMP, total=1.2e9),
    AGE("trẻ dưới 5 tuổi xuống", "5", 5, approx="under"),
    F("dưới 26%", "26", 26, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ dưới 5 tuổi", T2025,
      approx="under", status="target"),
    F("từ 1 đến 1,5%", "1", 1, "percent", "%", "mức giảm tỷ lệ suy dinh dưỡng thể thấp còi bình quân mỗi năm", T2025,
      value_max=1.5, status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang: chiến dịch bổ sung vitamin A đợt 1 năm 2024 (ngày 1-2/6), tẩy giun, cân đo trẻ dưới 5 tuổi.",
    "Dateline 'Cập nhật: 14/06/2024 09:42'; 'Lượt xem: 1.276', 'Kế hoạch số 112/KH-SYT', 'đợt 1', 'ngày 1 và 2/6', 'Số 1 đường Nguyễn Trãi',",
    "the phone number are not figures. Age brackets ('từ 6 đến 36 tháng tuổi', 'dưới 5 tuổi') and the dose 'liều 100.000 đơn vị' only qualify",
    "a subject: optional (shared h24 convention). Campaign figures take the campaign period from the lead sentence (inherited, unscored).",
    "District list items: place in location, indicator as subject. 4.105 trẻ is a 'trong đó' part of 52.618 trẻ; 850 triệu of 1,2 tỷ.",
]

if __name__ == "__main__":
    emit("p570-1", TEXT, COMMENTS, FIGS, published="2024-06-14", location="Hà Giang")
