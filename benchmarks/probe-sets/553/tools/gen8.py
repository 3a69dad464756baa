"""p553-8: Cần Thơ city portal — electronic health records, screening campaigns, 2023."""
from lib import F, P, I, CH, T, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Tin tức - Sự kiện » Y tế
Ngày cập nhật 22/11/2023

Hơn 1,02 triệu người dân Cần Thơ đã có hồ sơ sức khỏe điện tử

Tính đến ngày 15/11/2023, toàn thành phố đã lập hồ sơ sức khỏe điện tử cho 1.024.376 người, đạt 82,7% dân số, vượt 2,7% so với chỉ tiêu năm 2023 (80%). Trong đó, quận Ninh Kiều đạt tỷ lệ cao nhất với 91,4%, tiếp đến là quận Bình Thủy (88,6%) và quận Cái Răng (86,9%); huyện Vĩnh Thạnh thấp nhất (71,2%).

Trong quý III/2023, các trạm y tế phường, xã đã khám sàng lọc ung thư cổ tử cung cho 12.540 phụ nữ từ 30 đến 54 tuổi, phát hiện 186 trường hợp bất thường, chuyển tuyến 47 trường hợp. Tính chung 9 tháng năm 2023, số lượt khám sàng lọc ung thư vú, cổ tử cung đạt 35.812 lượt, tăng 18,3% so với cùng kỳ.

Ngành y tế còn khám sức khỏe định kỳ cho 42.650 người cao tuổi, đạt 94,8% kế hoạch; khám sức khỏe đầu năm học 2023-2024 cho 218.400 học sinh, chiếm 98,1% tổng số học sinh.

Tổng kinh phí thực hiện Kế hoạch số 243/KH-UBND về lập hồ sơ sức khỏe điện tử giai đoạn 2021-2025 là 38,6 tỷ đồng, đến nay đã giải ngân 24,15 tỷ đồng. Thành phố phấn đấu đến cuối năm 2024 có trên 90% người dân được lập hồ sơ sức khỏe điện tử.

Mọi thông tin xin liên hệ đường dây nóng Sở Y tế: 0292.3820.195 hoặc Trung tâm Kiểm soát bệnh tật thành phố, số 400 Nguyễn Văn Cừ, quận Ninh Kiều.
"""

ASOF = P("Tính đến ngày 15/11/2023", None, "2023-11-15")
Q3 = P("Trong quý III/2023", "2023-07-01", "2023-09-30")
M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
HS = "tỷ lệ người dân được lập hồ sơ sức khỏe điện tử"

FIGS = [
    F("Hơn 1,02 triệu", "1,02", 1020000, "count", "người dân", "người dân có hồ sơ sức khỏe điện tử",
      I(ASOF), approx="over"),
    F("cho 1.024.376 người", "1.024.376", 1024376, "count", "người", "người được lập hồ sơ sức khỏe điện tử",
      ASOF, percent=82.7, change=CH("increase", 2.7, "%", "chỉ tiêu năm 2023"), target=T(80, "%", True)),
    F("với 91,4%", "91,4", 91.4, "percent", "%", HS, I(ASOF), location="Ninh Kiều"),
    F("Bình Thủy (88,6%)", "88,6", 88.6, "percent", "%", HS, I(ASOF), location="Bình Thủy"),
    F("Cái Răng (86,9%)", "86,9", 86.9, "percent", "%", HS, I(ASOF), location="Cái Răng"),
    F("thấp nhất (71,2%)", "71,2", 71.2, "percent", "%", HS, I(ASOF), location="Vĩnh Thạnh"),
    F("cho 12.540 phụ nữ", "12.540", 12540, "count", "phụ nữ", "phụ nữ được khám sàng lọc ung thư cổ tử cung", Q3),
    F("từ 30 đến 54 tuổi", "30", 30, "measure", "tuổi", value_max=54, optional=True),
    F("phát hiện 186 trường hợp", "186", 186, "count", "trường hợp", "trường hợp bất thường phát hiện", Q3),
    F("chuyển tuyến 47 trường hợp", "47", 47, "count", "trường hợp", "trường hợp chuyển tuyến", Q3),
    F("đạt 35.812 lượt", "35.812", 35812, "count", "lượt", "lượt khám sàng lọc ung thư vú, cổ tử cung", M9,
      change=CH("increase", 18.3, "%", "cùng kỳ")),
    F("cho 42.650 người cao tuổi", "42.650", 42650, "count", "người cao tuổi",
      "người cao tuổi được khám sức khỏe định kỳ", percent=94.8),
    # 'đầu năm học 2023-2024' is a school year: no spec rule, period left out (unscored)
    F("cho 218.400 học sinh", "218.400", 218400, "count", "học sinh", "học sinh được khám sức khỏe đầu năm học",
      percent=98.1),
    F("là 38,6 tỷ đồng", "38,6", 38600000000, "money", "đồng",
      "tổng kinh phí thực hiện Kế hoạch lập hồ sơ sức khỏe điện tử", P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")),
    F("giải ngân 24,15 tỷ đồng", "24,15", 24150000000, "money", "đồng", "kinh phí đã giải ngân",
      P("đến nay", None, "2023-11-22")),
    F("trên 90% người dân", "90", 90, "percent", "%", HS, P("đến cuối năm 2024", None, "2024-12-31"),
      approx="over", status="target"),
]

COMMENTS = [
    "Cần Thơ city portal ('Ngày cập nhật 22/11/2023'): electronic health records, cervical/breast cancer screening, check-ups.",
    "1.024.376 người carries its share (đạt 82,7% dân số), the gap to the plan (vượt 2,7% so với chỉ tiêu, as change)",
    "and the plan itself in brackets (target 80, met), as in shared h09.",
    "District list after 'Trong đó' holds percents (no total); each district is the location.",
    "Distractors: Kế hoạch số 243/KH-UBND, năm học 2023-2024, 0292.3820.195, số 400 Nguyễn Văn Cừ, ages 30-54 (optional).",
    "'đến nay' ends at the dateline; 'giai đoạn 2021-2025' spans the plan period.",
]

if __name__ == "__main__":
    emit("p553-8", TEXT, COMMENTS, FIGS, published="2023-11-22", location="Cần Thơ")
