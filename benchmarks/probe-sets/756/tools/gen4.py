"""p756-4: Bộ Y tế ministry site — Ngày Thalassemia thế giới 8/5/2024, national figures."""
from lib import F, P, I, CH, emit

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Tin tức - Sự kiện / Tin hoạt động của Bộ
Ngày đăng: 08/05/2024 | Lượt xem: 3.412

Việt Nam có khoảng 14 triệu người mang gen bệnh tan máu bẩm sinh

Nhân Ngày Thalassemia thế giới 8/5, Vụ Sức khỏe Bà mẹ - Trẻ em (Bộ Y tế) cho biết, cả nước hiện có khoảng 14 triệu người mang gen bệnh, chiếm hơn 13% dân số; hơn 20.000 người bệnh đang phải điều trị suốt đời. Mỗi năm có thêm khoảng 8.000 trẻ sinh ra bị bệnh, trong đó gần 2.000 trẻ mắc bệnh mức độ nặng.

Tỷ lệ mang gen ở người Kinh khoảng 2-4%, trong khi ở một số dân tộc thiểu số vùng núi phía Bắc và Tây Nguyên lên tới 20-40%, như dân tộc Mường (22%), Thái (23%), Ê Đê (40%).

Chi phí điều trị một người bệnh thể nặng từ khi sinh đến 30 tuổi ước khoảng 3 tỷ đồng. Cả nước cần khoảng 500.000 đơn vị máu mỗi năm để điều trị bệnh này, chiếm khoảng 30% lượng máu tiếp nhận.

Đến hết năm 2023, cả nước đã có 2,8 triệu lượt người được tư vấn, khám sức khỏe trước khi kết hôn, tăng gấp 1,6 lần so với năm 2020; 62/63 tỉnh, thành phố đã triển khai xét nghiệm sàng lọc thalassemia. Thái Nguyên, Hòa Bình, Lào Cai là những địa phương có tỷ lệ thanh niên được sàng lọc cao nhất, lần lượt đạt 38,6%, 35,2% và 31,7%.

Theo Quyết định số 1999/QĐ-TTg ngày 07/12/2020 của Thủ tướng Chính phủ, mục tiêu đến năm 2030 có 90% nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn và 50% phụ nữ mang thai được sàng lọc trước sinh đối với bệnh tan máu bẩm sinh.

Bộ Y tế khuyến cáo các cặp nam, nữ nên xét nghiệm sàng lọc trước khi kết hôn. Đường dây nóng tư vấn: 1900 9095.
"""

E23 = P("Đến hết năm 2023", None, "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")

FIGS = [
    F("Việt Nam có khoảng 14 triệu", "14", 14000000, "count", "người",
      "người mang gen bệnh tan máu bẩm sinh", approx="about"),
    F("hiện có khoảng 14 triệu", "14", 14000000, "count", "người", "người mang gen bệnh tan máu bẩm sinh",
      approx="about", percent=13),
    F("hơn 20.000 người bệnh", "20.000", 20000, "count", "người bệnh", "người bệnh đang phải điều trị suốt đời",
      approx="over"),
    F("khoảng 8.000 trẻ", "8.000", 8000, "count", "trẻ", "trẻ sinh ra bị bệnh mỗi năm", approx="about"),
    F("gần 2.000 trẻ", "2.000", 2000, "count", "trẻ", "trẻ sinh ra mắc bệnh mức độ nặng mỗi năm",
      approx="nearly", total=8000),
    F("khoảng 2-4%", "2", 2, "percent", "%", "tỷ lệ mang gen ở người Kinh", approx="about", value_max=4),
    F("lên tới 20-40%", "20", 20, "percent", "%",
      "tỷ lệ mang gen ở một số dân tộc thiểu số vùng núi phía Bắc và Tây Nguyên", value_max=40),
    F("Mường (22%)", "22", 22, "percent", "%", "tỷ lệ mang gen ở dân tộc Mường"),
    F("Thái (23%)", "23", 23, "percent", "%", "tỷ lệ mang gen ở dân tộc Thái"),
    F("Ê Đê (40%)", "40", 40, "percent", "%", "tỷ lệ mang gen ở dân tộc Ê Đê"),
    F("đến 30 tuổi", "30", 30, "measure", "tuổi", optional=True),
    F("khoảng 3 tỷ đồng", "3", 3000000000, "money", "đồng",
      "chi phí điều trị một người bệnh thể nặng từ khi sinh đến 30 tuổi", approx="about", status="estimate"),
    F("khoảng 500.000 đơn vị máu", "500.000", 500000, "count", "đơn vị máu",
      "đơn vị máu cần mỗi năm để điều trị bệnh tan máu bẩm sinh", approx="about", percent=30),
    F("có 2,8 triệu lượt", "2,8", 2800000, "count", "lượt người",
      "lượt người được tư vấn, khám sức khỏe trước khi kết hôn", E23,
      change=CH("increase", 1.6, "lần", "năm 2020")),
    F("62/63 tỉnh", "62", 62, "count", "tỉnh, thành phố",
      "tỉnh, thành phố đã triển khai xét nghiệm sàng lọc thalassemia", E23, total=63),
    F("lần lượt đạt 38,6%", "38,6", 38.6, "percent", "%", "tỷ lệ thanh niên được sàng lọc", I(E23),
      location="Thái Nguyên"),
    F("38,6%, 35,2%", "35,2", 35.2, "percent", "%", "tỷ lệ thanh niên được sàng lọc", I(E23), location="Hòa Bình"),
    F("và 31,7%", "31,7", 31.7, "percent", "%", "tỷ lệ thanh niên được sàng lọc", I(E23), location="Lào Cai"),
    F("có 90% nam", "90", 90, "percent", "%", "nam, nữ thanh niên được tư vấn, khám sức khỏe trước khi kết hôn",
      T30, status="target"),
    F("và 50% phụ nữ", "50", 50, "percent", "%",
      "phụ nữ mang thai được sàng lọc trước sinh đối với bệnh tan máu bẩm sinh", T30, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Bộ Y tế (ministry site): Ngày Thalassemia thế giới — national carrier, patient and screening figures; 2030 targets.",
    "Dateline 'Ngày đăng: 08/05/2024'; 'Lượt xem: 3.412', '8/5' (a day name), 'Quyết định số 1999/QĐ-TTg ngày 07/12/2020', hotline '1900 9095': not figures.",
    "Ethnic groups (Kinh, Mường, Thái, Ê Đê) are not places: they stay in the subject and location stays Việt Nam; Thái Nguyên, Hòa Bình, Lào Cai",
    "in the 'lần lượt' list are provinces and go to location. 'đến 30 tuổi' optional (age bound inside a subject).",
    "'ước khoảng 3 tỷ đồng': approx about and status estimate. 'tăng gấp 1,6 lần so với năm 2020' after 2,8 triệu lượt is its change (lần).",
    "'hiện có' / 'Mỗi năm' give no dated period: left empty (unscored). 'chiếm hơn 13% dân số' is the percent of 14 triệu.",
]

if __name__ == "__main__":
    emit("p756-4", TEXT, COMMENTS, FIGS, published="2024-05-08", location="Việt Nam")
