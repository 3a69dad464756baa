"""p876-4: central agency site (TAND tối cao), four years of court mediation nationwide."""
from lib import F, P, I, C, T, write

TEXT = """TÒA ÁN NHÂN DÂN TỐI CAO - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức / Hòa giải, đối thoại

Hơn 60% vụ việc được hòa giải, đối thoại thành sau bốn năm thi hành Luật
Ngày đăng: 10/02/2025 | Lượt xem: 4.871

Sau 4 năm triển khai Luật Hòa giải, đối thoại tại Tòa án số 58/2020/QH14 (từ ngày 01/01/2021 đến ngày 31/12/2024), các Trung tâm hòa giải, đối thoại tại Tòa án trên cả nước đã nhận 812.406 đơn khởi kiện, đơn yêu cầu; trong đó có 553.970 đơn được chuyển sang hòa giải, đối thoại. Kết quả, đã hòa giải, đối thoại thành 338.274 vụ việc, đạt tỷ lệ 61,1%. Các vụ việc hôn nhân và gia đình chiếm khoảng 72% tổng số vụ việc hòa giải thành.

Các địa phương có tỷ lệ hòa giải thành cao là Thái Bình (84,2%), Hưng Yên (80,7%) và Vĩnh Phúc (78,5%). TP Hồ Chí Minh dẫn đầu về số vụ việc hòa giải thành với 41.386 vụ việc; Hà Nội xếp thứ 2 với 35.902 vụ việc.

Riêng năm 2024, số vụ việc hòa giải, đối thoại thành là 97.615 vụ việc, tăng 11,8% so với năm 2023. Bình quân mỗi vụ việc được giải quyết trong khoảng 25 ngày, ngắn hơn nhiều so với thời hạn chuẩn bị xét xử.

Cả nước hiện có 4.912 hòa giải viên, gấp khoảng 1,8 lần so với năm 2021; trong đó 3.260 người là thẩm phán, thư ký, thẩm tra viên đã nghỉ hưu. Kinh phí chi cho hoạt động hòa giải, đối thoại năm 2024 khoảng 105 tỷ đồng; mỗi vụ việc hòa giải thành giúp tiết kiệm bình quân gần 2 triệu đồng chi phí tố tụng.

Năm 2025, Tòa án nhân dân tối cao đặt mục tiêu tỷ lệ hòa giải, đối thoại thành đạt trên 62%; dự kiến số đơn chuyển sang hòa giải tăng khoảng 10% so với năm 2024.

Cổng thông tin điện tử Tòa án nhân dân tối cao
Địa chỉ: 48 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3936.2210
"""

R = P("từ ngày 01/01/2021 đến ngày 31/12/2024", "2021-01-01", "2024-12-31")
RI = I(R)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
RATE = "tỷ lệ hòa giải thành"

FIGS = [
    F("Hơn 60% vụ việc", "60", 60, "percent", "%", "tỷ lệ vụ việc được hòa giải, đối thoại thành", RI, approx="over"),
    F("nhận 812.406 đơn", "812.406", 812406, "count", "đơn", "đơn khởi kiện, đơn yêu cầu Trung tâm hòa giải, đối thoại nhận", R),
    F("có 553.970 đơn", "553.970", 553970, "count", "đơn", "đơn được chuyển sang hòa giải, đối thoại", R,
      total=812406),
    F("thành 338.274 vụ việc", "338.274", 338274, "count", "vụ việc", "vụ việc hòa giải, đối thoại thành", RI,
      percent=61.1),
    F("chiếm khoảng 72%", "72", 72, "percent", "%", "vụ việc hôn nhân và gia đình trong tổng số vụ việc hòa giải thành",
      RI, approx="about"),
    F("Thái Bình (84,2%)", "84,2", 84.2, "percent", "%", RATE, RI, location="Thái Bình"),
    F("Hưng Yên (80,7%)", "80,7", 80.7, "percent", "%", RATE, RI, location="Hưng Yên"),
    F("Vĩnh Phúc (78,5%)", "78,5", 78.5, "percent", "%", RATE, RI, location="Vĩnh Phúc"),
    F("với 41.386 vụ việc", "41.386", 41386, "count", "vụ việc", "vụ việc hòa giải thành", RI,
      location="TP Hồ Chí Minh"),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "số vụ việc hòa giải thành", RI, location="Hà Nội"),
    F("với 35.902 vụ việc", "35.902", 35902, "count", "vụ việc", "vụ việc hòa giải thành", RI, location="Hà Nội"),
    F("là 97.615 vụ việc", "97.615", 97615, "count", "vụ việc", "vụ việc hòa giải, đối thoại thành",
      P("năm 2024", "2024-01-01", "2024-12-31"), change=C("increase", 11.8, baseline="năm 2023")),
    F("khoảng 25 ngày", "25", 25, "measure", "ngày", "thời gian giải quyết bình quân mỗi vụ việc hòa giải",
      I(Y24), approx="about"),
    F("có 4.912 hòa giải viên", "4.912", 4912, "count", "hòa giải viên", "hòa giải viên",
      change=C("increase", 1.8, "lần", baseline="năm 2021", approx="about")),
    F("đó 3.260 người", "3.260", 3260, "count", "người", "hòa giải viên là thẩm phán, thư ký, thẩm tra viên đã nghỉ hưu",
      total=4912),
    F("khoảng 105 tỷ đồng", "105", 105e9, "money", "đồng", "kinh phí chi cho hoạt động hòa giải, đối thoại", Y24,
      approx="about"),
    F("gần 2 triệu đồng", "2", 2e6, "money", "đồng/vụ việc", "chi phí tố tụng tiết kiệm bình quân mỗi vụ việc hòa giải thành",
      approx="nearly"),
    F("đạt trên 62%", "62", 62, "percent", "%", "tỷ lệ hòa giải, đối thoại thành", Y25, approx="over", status="target"),
    F("tăng khoảng 10%", "10", 10, "percent", "%", "số đơn chuyển sang hòa giải tăng", Y25, approx="about",
      status="forecast"),
]

NOTES = [
    "Central agency site (TAND tối cao), 'Ngày đăng: 10/02/2025 | Lượt xem: 4.871'; national figures (Việt Nam).",
    "'4 năm'/'bốn năm' (duration locating the figures), Luật số 58/2020/QH14, address 48 Lý Thường Kiệt, phone are not figures.",
    "'4.912 hòa giải viên, gấp khoảng 1,8 lần so với năm 2021' -> change 1,8 lần (about) of the count, not a multiple of its own.",
    "'dự kiến số đơn ... tăng khoảng 10%' (a rate with no base amount) is a percent figure, status forecast; 'Năm 2025' governs",
    "the whole sentence, so the clause after ';' keeps it. Ranking list items: the province is the location.",
    "Period of 105 tỷ: 'năm 2024' in its clause; the per-case saving (2 triệu) gets none; 25 ngày: inherited from 'Riêng năm 2024'.",
]

if __name__ == "__main__":
    write("p876-4", TEXT, FIGS, NOTES, published="2025-02-10", location="Việt Nam")
