"""p553-2: Phù Mỹ district portal — NCD screening for the elderly, commune health stations."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ MỸ
Tin tức » Văn hóa - Xã hội

Hơn 8.600 người cao tuổi được khám sàng lọc bệnh không lây nhiễm

Thứ Năm, 12/09/2024 - 14:20

Hưởng ứng Tháng hành động vì người cao tuổi Việt Nam, từ ngày 5/8 đến ngày 5/9/2024, Trung tâm Y tế huyện phối hợp với các trạm y tế xã, thị trấn tổ chức khám sàng lọc tăng huyết áp, đái tháo đường cho người từ 60 tuổi trở lên.

Kết quả, đã có 8.612 người được khám, đạt 86,1% kế hoạch, trong đó có 5.021 người là nữ. Qua khám, phát hiện 1.947 người mắc tăng huyết áp (chiếm 22,6%), 684 người mắc đái tháo đường (chiếm 7,9%) và 312 người mắc cả hai bệnh. Các trường hợp mắc bệnh đều được lập hồ sơ quản lý tại trạm y tế; 236 trường hợp nghi biến chứng được chuyển lên Trung tâm Y tế huyện (số 85 Quang Trung, thị trấn Phù Mỹ).

Tổng kinh phí đợt khám gần 415 triệu đồng, trong đó ngân sách huyện 250 triệu đồng, còn lại vận động xã hội hóa.

Đến nay, 17/19 xã, thị trấn của huyện có trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã; 100% trạm y tế có bác sĩ làm việc, bình quân 8,2 bác sĩ/vạn dân. Năm 2025, huyện phấn đấu 19/19 xã, thị trấn đạt Bộ tiêu chí và quản lý khoảng 4.500 người mắc bệnh không lây nhiễm tại tuyến xã.

Văn Hùng - Trung tâm VH-TT-TT huyện
"""

CAMP = P("từ ngày 5/8 đến ngày 5/9/2024", "2024-08-05", "2024-09-05")
NOW = P("Đến nay", None, "2024-09-12")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 8.600 người", "8.600", 8600, "count", "người",
      "người cao tuổi được khám sàng lọc bệnh không lây nhiễm", I(CAMP), approx="over"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", approx="at_least", optional=True),
    F("có 8.612 người", "8.612", 8612, "count", "người", "người được khám", I(CAMP), percent=86.1),
    F("có 5.021 người", "5.021", 5021, "count", "người", "người được khám là nữ", I(CAMP), total=8612),
    F("phát hiện 1.947 người", "1.947", 1947, "count", "người", "người mắc tăng huyết áp", I(CAMP),
      percent=22.6),
    F("684 người", "684", 684, "count", "người", "người mắc đái tháo đường", I(CAMP), percent=7.9),
    F("312 người", "312", 312, "count", "người", "người mắc cả hai bệnh", I(CAMP)),
    F("236 trường hợp", "236", 236, "count", "trường hợp",
      "trường hợp nghi biến chứng được chuyển lên Trung tâm Y tế huyện", I(CAMP)),
    F("gần 415 triệu đồng", "415", 415000000, "money", "đồng", "tổng kinh phí đợt khám", I(CAMP),
      approx="nearly"),
    F("huyện 250 triệu đồng", "250", 250000000, "money", "đồng", "ngân sách huyện", I(CAMP),
      total=415000000),
    F("17/19 xã", "17", 17, "count", "xã, thị trấn",
      "xã, thị trấn có trạm y tế đạt Bộ tiêu chí quốc gia về y tế xã", NOW, total=19),
    F("100% trạm y tế", "100", 100, "percent", "%", "trạm y tế có bác sĩ làm việc", NOW),
    F("8,2 bác sĩ/vạn dân", "8,2", 8.2, "measure", "bác sĩ/vạn dân", "bác sĩ bình quân trên vạn dân", NOW),
    F("19/19 xã", "19", 19, "count", "xã, thị trấn", "xã, thị trấn đạt Bộ tiêu chí", Y25,
      total=19, status="target"),
    F("khoảng 4.500 người", "4.500", 4500, "count", "người",
      "người mắc bệnh không lây nhiễm được quản lý tại tuyến xã", Y25, approx="about", status="target"),
]

COMMENTS = [
    "Phù Mỹ district portal (Bình Định): khám sàng lọc bệnh không lây nhiễm cho người cao tuổi, 5/8-5/9/2024; trạm y tế xã.",
    "Location is the district, Phù Mỹ (a district portal implies its district).",
    "Distractors: '(số 85 Quang Trung ...)' address, dates of the campaign, 'Tháng hành động', 'từ 60 tuổi' (optional threshold).",
    "'trong đó có 5.021 người là nữ' is a part of 8.612; 1.947/684/312 are findings with no part-of cue, so no total.",
    "'Đến nay' is as-of the dateline 2024-09-12 and continues through the ';' clauses of its sentence.",
]

if __name__ == "__main__":
    emit("p553-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Phù Mỹ")
