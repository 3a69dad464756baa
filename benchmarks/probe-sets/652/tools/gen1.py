"""p652-1: Bắc Giang province portal — pupils' health checks at the start of school year 2023-2024."""
from lib import F, P, I, CH, TG, SY, emit

TEXT = """Cổng Thông tin điện tử tỉnh Bắc Giang
Trang chủ > Tin tức - Sự kiện > Giáo dục - Y tế

Hơn 97% học sinh Bắc Giang được khám sức khỏe đầu năm học

Cập nhật: 14/11/2023 09:20
Lượt xem: 2.146

Theo báo cáo của Sở Giáo dục và Đào tạo, năm học 2023-2024, toàn tỉnh Bắc Giang có 472.930/486.512 học sinh được khám sức khỏe đầu năm học, đạt 97,2%, tăng 1,8% so với năm học trước. Trong đó, khối tiểu học 201.457 em, khối THCS 168.092 em, khối THPT 103.381 em.

Kết quả khám cho thấy tỷ lệ học sinh mắc tật khúc xạ, chủ yếu là cận thị, là 18,6%; tỷ lệ cận thị ở khối THPT, THCS và tiểu học lần lượt là 31,4%, 22,8% và 9,7%. Các huyện có tỷ lệ cận thị cao là Việt Yên (27,5%), Hiệp Hòa (21,3%), Lạng Giang (19,8%); thấp nhất là Sơn Động (6,2%).

Toàn tỉnh phát hiện 1.854 em có dấu hiệu cong vẹo cột sống, chiếm 0,39% số học sinh được khám. Tỷ lệ thừa cân, béo phì là 8,3%, tăng 0,6 điểm phần trăm so với năm học 2022-2023; tỷ lệ suy dinh dưỡng thể thấp còi còn 4,1%, giảm 0,3 điểm phần trăm.

Kinh phí khám sức khỏe ước khoảng 3,8 tỷ đồng, chủ yếu từ nguồn chăm sóc sức khỏe ban đầu trích lại từ quỹ bảo hiểm y tế học sinh. Việc khám thực hiện theo Thông tư liên tịch số 13/2016/TTLT-BYT-BGDĐT và Kế hoạch số 4216/KH-SGDĐT ngày 25/8/2023.

Năm học 2023-2024, Sở đặt mục tiêu 100% trường học tổ chức khám sức khỏe cho học sinh và giảm tỷ lệ thừa cân, béo phì xuống dưới 8%.

Ý kiến phản ánh xin gửi về Sở GD&ĐT, số 48 đường Nguyễn Văn Cừ, TP Bắc Giang; điện thoại 0204.3854.210.
"""

Y = SY(2023)
FIGS = [
    F("Hơn 97%", "97", 97, "percent", "%", "tỷ lệ học sinh được khám sức khỏe đầu năm học", I(Y), approx="over"),
    F("472.930/486.512", "472.930", 472930, "count", "học sinh", "học sinh được khám sức khỏe đầu năm học", Y,
      total=486512, percent=97.2, change=CH("increase", 1.8, baseline="năm học trước")),
    F("tiểu học 201.457 em", "201.457", 201457, "count", "em", "học sinh khối tiểu học được khám sức khỏe", I(Y), total=472930),
    F("THCS 168.092 em", "168.092", 168092, "count", "em", "học sinh khối THCS được khám sức khỏe", I(Y), total=472930),
    F("THPT 103.381 em", "103.381", 103381, "count", "em", "học sinh khối THPT được khám sức khỏe", I(Y), total=472930),
    F("là 18,6%", "18,6", 18.6, "percent", "%", "tỷ lệ học sinh mắc tật khúc xạ", I(Y)),
    F("lần lượt là 31,4%", "31,4", 31.4, "percent", "%", "tỷ lệ cận thị ở khối THPT", I(Y)),
    F("31,4%, 22,8%", "22,8", 22.8, "percent", "%", "tỷ lệ cận thị ở khối THCS", I(Y)),
    F("và 9,7%", "9,7", 9.7, "percent", "%", "tỷ lệ cận thị ở khối tiểu học", I(Y)),
    F("Việt Yên (27,5%)", "27,5", 27.5, "percent", "%", "tỷ lệ cận thị", I(Y), location="Việt Yên"),
    F("Hiệp Hòa (21,3%)", "21,3", 21.3, "percent", "%", "tỷ lệ cận thị", I(Y), location="Hiệp Hòa"),
    F("Lạng Giang (19,8%)", "19,8", 19.8, "percent", "%", "tỷ lệ cận thị", I(Y), location="Lạng Giang"),
    F("Sơn Động (6,2%)", "6,2", 6.2, "percent", "%", "tỷ lệ cận thị", I(Y), location="Sơn Động"),
    F("phát hiện 1.854 em", "1.854", 1854, "count", "em", "học sinh có dấu hiệu cong vẹo cột sống", I(Y), percent=0.39),
    F("béo phì là 8,3%", "8,3", 8.3, "percent", "%", "tỷ lệ thừa cân, béo phì", I(Y),
      change=CH("increase", 0.6, "điểm phần trăm", "năm học 2022-2023")),
    F("còn 4,1%", "4,1", 4.1, "percent", "%", "tỷ lệ suy dinh dưỡng thể thấp còi", I(Y),
      change=CH("decrease", 0.3, "điểm phần trăm")),
    F("khoảng 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "kinh phí khám sức khỏe", I(Y), approx="about", status="estimate"),
    F("mục tiêu 100%", "100", 100, "percent", "%", "trường học tổ chức khám sức khỏe cho học sinh", Y, status="target"),
    F("xuống dưới 8%", "8", 8, "percent", "%", "tỷ lệ thừa cân, béo phì", Y, approx="under", status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bắc Giang: khám sức khỏe đầu năm học 2023-2024 — khám, cận thị theo khối và huyện, cong vẹo cột sống, thừa cân, thấp còi.",
    "Dateline 'Cập nhật: 14/11/2023 09:20'; 'Lượt xem: 2.146', document numbers, address 'số 48', phone are not figures.",
    "'năm học 2023-2024' taken as 2023-09-01..2024-05-31 (school-year frame). Changes in 'điểm phần trăm' attach to their rate.",
    "The three khối parts follow 'Trong đó' after 472.930 and add up to it: total 472930. Districts in brackets go to location.",
]

if __name__ == "__main__":
    emit("p652-1", TEXT, COMMENTS, FIGS, published="2023-11-14", location="Bắc Giang")
