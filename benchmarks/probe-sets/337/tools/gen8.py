from lib import F, P, C, T, write

TEXT = """QUẢN LÝ BỆNH KHÔNG LÂY NHIỄM TẠI TRẠM Y TẾ: NGƯỜI BỆNH ĐƯỢC CHĂM SÓC NGAY TẠI XÃ

Trong quý III/2024, 19/19 trạm y tế xã, thị trấn của huyện Chợ Gạo tổ chức khám sàng lọc cho 6.284 người từ 40 tuổi trở lên, tăng 11,3% so với quý II/2024. Qua đó phát hiện 428 người có chỉ số huyết áp cao, chiếm 6,8% số người được khám, và 173 người có đường huyết lúc đói từ 7 mmol/l trở lên.

Tính đến ngày 30/9/2024, huyện đang quản lý 5.940 người bệnh tăng huyết áp (gồm 4.712 người điều trị tại trạm y tế và 1.228 người điều trị tại Trung tâm Y tế huyện). Số người bệnh đái tháo đường được quản lý là 1.806 người, đạt 90,3% kế hoạch năm (2.000 người). Bình quân mỗi trạm y tế quản lý từ 240 đến 320 người bệnh; trên 95% người bệnh được cấp thuốc đúng hẹn.

Kinh phí cấp thuốc BHYT cho người bệnh tại tuyến xã 9 tháng năm 2024 ước đạt 2,14 tỷ đồng, tăng 420 triệu đồng so với cùng kỳ. Các trạm y tế thực hiện quản lý theo Thông tư số 39/2017/TT-BYT và hồ sơ sức khỏe điện tử; riêng Trạm Y tế xã Long Bình Điền (ấp 3, Quốc lộ 50) đã số hóa toàn bộ hồ sơ người bệnh.

Ông Lê Thanh Phong, Giám đốc Trung tâm Y tế huyện Chợ Gạo, cho biết năm 2025 huyện phấn đấu quản lý tối thiểu 6.500 người bệnh tăng huyết áp và 2.200 người bệnh đái tháo đường, giảm tỷ lệ người bệnh bỏ điều trị xuống dưới 5%. Người dân có thể liên hệ số điện thoại 0273.3855.234 để được tư vấn.

Trung tâm Y tế huyện Chợ Gạo
15/10/2024
"""

HEADER = [
    "Trung tâm Y tế huyện Chợ Gạo (Tiền Giang), district health-centre page; no dateline at the top, bare date '15/10/2024' at the end.",
    "Distractors: 'Thông tư số 39/2017/TT-BYT', 'ấp 3', 'Quốc lộ 50', phone 0273.3855.234, the closing date. '40 tuổi trở lên' and the",
    "threshold '7 mmol/l trở lên' are optional. 4.712 + 1.228 = 5.940 (gồm, bracketed breakdown). 'đạt 90,3% kế hoạch năm (2.000 người)':",
    "percent 90,3 and target 2000. 'tăng 420 triệu đồng so với cùng kỳ' is the 2,14 tỷ's change (ước đạt -> estimate).",
    "'từ 240 đến 320 người bệnh' is a range. 2025 plans: 'phấn đấu … tối thiểu 6.500 …, 2.200 …, … dưới 5%' all status target;",
    "'tối thiểu' is the first item's approx only. 'chiếm 6,8% số người được khám' is the 428's share.",
]

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", True)
A30 = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
A30i = P("Tính đến ngày 30/9/2024", None, "2024-09-30", True)
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("19/19 trạm", "19", 19, "count", "trạm y tế xã, thị trấn", "trạm y tế xã, thị trấn tổ chức khám sàng lọc", total=19, period=Q3),
    F("cho 6.284 người", "6.284", 6284, "count", "người", "người từ 40 tuổi trở lên được khám sàng lọc",
      change=C("increase", 11.3, "%", "quý II/2024"), period=Q3),
    F("người từ 40 tuổi trở lên, tăng", "40", 40, "measure", "tuổi", approx="at_least", optional=True),
    F("phát hiện 428 người", "428", 428, "count", "người", "người có chỉ số huyết áp cao", percent=6.8, period=Q3i),
    F("và 173 người", "173", 173, "count", "người", "người có đường huyết lúc đói từ 7 mmol/l trở lên", period=Q3i),
    F("từ 7 mmol/l", "7", 7, "measure", "mmol/l", approx="at_least", optional=True),
    F("quản lý 5.940 người bệnh", "5.940", 5940, "count", "người bệnh", "người bệnh tăng huyết áp đang quản lý", period=A30),
    F("gồm 4.712 người", "4.712", 4712, "count", "người", "người bệnh tăng huyết áp điều trị tại trạm y tế", total=5940, period=A30),
    F("và 1.228 người", "1.228", 1228, "count", "người", "người bệnh tăng huyết áp điều trị tại Trung tâm Y tế huyện",
      total=5940, period=A30),
    F("là 1.806 người", "1.806", 1806, "count", "người", "người bệnh đái tháo đường được quản lý", percent=90.3,
      target=T(2000, "người"), period=A30i),
    F("từ 240 đến 320 người bệnh", "240", 240, "count", "người bệnh", "người bệnh mỗi trạm y tế quản lý bình quân",
      value_max=320, period=A30i),
    F("trên 95% người bệnh", "95", 95, "percent", "%", "người bệnh được cấp thuốc đúng hẹn", approx="over", period=A30i),
    F("ước đạt 2,14 tỷ đồng", "2,14", 2140000000, "money", "đồng", "Kinh phí cấp thuốc BHYT cho người bệnh tại tuyến xã",
      status="estimate", change=C("increase", 420000000, "đồng", "cùng kỳ"),
      period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    F("tối thiểu 6.500 người bệnh", "6.500", 6500, "count", "người bệnh", "người bệnh tăng huyết áp được quản lý",
      approx="at_least", status="target", period=Y25),
    F("và 2.200 người bệnh", "2.200", 2200, "count", "người bệnh", "người bệnh đái tháo đường được quản lý",
      status="target", period=Y25),
    F("xuống dưới 5%", "5", 5, "percent", "%", "tỷ lệ người bệnh bỏ điều trị", approx="under", status="target", period=Y25),
]

write(8, TEXT, HEADER, FIGS, published="2024-10-15", location="Chợ Gạo")
