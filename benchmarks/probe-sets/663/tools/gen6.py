"""p663-6: national press — inclusive education for children with disabilities (giáo dục hòa nhập)."""
from lib import F, P, I, CH, emit

TEXT = """Giáo dục › Tuyển sinh
Thứ sáu, 20/9/2024, 06:30 (GMT+7)

Gần 60% trẻ khuyết tật được học hòa nhập

Cả nước có khoảng 1,3 triệu trẻ khuyết tật trong độ tuổi đi học, trong đó gần 60% đang học hòa nhập tại các trường phổ thông, theo Bộ Giáo dục và Đào tạo.

Năm học 2023-2024, cả nước có 104 trung tâm hỗ trợ phát triển giáo dục hòa nhập tại 61/63 tỉnh, thành phố, tăng 8 trung tâm so với năm học trước. Tuy vậy, đội ngũ giáo viên dạy trẻ khuyết tật mới có khoảng 12.500 người, trong đó chỉ 4.860 người được bồi dưỡng chuyên sâu về giáo dục đặc biệt, chiếm 38,9%. Giáo viên hỗ trợ bình quân chỉ đạt 0,6 giáo viên/trường hòa nhập.

Tỷ lệ trẻ khuyết tật đi học thấp nhất ở các tỉnh miền núi phía Bắc như Hà Giang (31,2%), Lai Châu (34,5%), Điện Biên (36,8%). Ở chiều ngược lại, Đà Nẵng đạt trên 85%.

Học sinh khuyết tật thuộc hộ nghèo, cận nghèo được hỗ trợ học tập bằng 80% mức lương cơ sở, tương đương 1.872.000 đồng/tháng, tối đa 9 tháng/năm học. Năm 2023, ngân sách nhà nước chi khoảng 410 tỷ đồng cho chính sách này, tăng 15% so với năm 2022.

Theo Kế hoạch giáo dục người khuyết tật, đến năm 2025 phấn đấu 70% trẻ khuyết tật có nhu cầu được tiếp cận giáo dục hòa nhập; đến năm 2030 đạt 80%.

Bà Nguyễn Thị Mai, Phó vụ trưởng Vụ Giáo dục Tiểu học, cho biết Bộ sẽ ban hành bộ tài liệu bồi dưỡng mới trong quý IV và dự kiến tập huấn cho 3.000 giáo viên cốt cán.

Thanh Hằng
"""

FIGS = [
    F("Gần 60% trẻ", "60", 60, "percent", "%",
      "trẻ khuyết tật được học hòa nhập", approx="nearly"),
    F("khoảng 1,3 triệu trẻ", "1,3", 1.3e6, "count", "trẻ khuyết tật",
      "trẻ khuyết tật trong độ tuổi đi học", approx="about"),
    F("gần 60% đang học", "60", 60, "percent", "%",
      "trẻ khuyết tật đang học hòa nhập tại các trường phổ thông", approx="nearly"),
    F("có 104 trung tâm", "104", 104, "count", "trung tâm",
      "trung tâm hỗ trợ phát triển giáo dục hòa nhập",
      change=CH("increase", 8, "trung tâm", "năm học trước")),
    F("tại 61/63 tỉnh", "61", 61, "count", "tỉnh, thành phố",
      "tỉnh, thành phố có trung tâm hỗ trợ phát triển giáo dục hòa nhập", total=63),
    F("khoảng 12.500 người", "12.500", 12500, "count", "người",
      "giáo viên dạy trẻ khuyết tật", approx="about"),
    F("chỉ 4.860 người", "4.860", 4860, "count", "người",
      "giáo viên được bồi dưỡng chuyên sâu về giáo dục đặc biệt", total=12500, percent=38.9),
    F("0,6 giáo viên/trường", "0,6", 0.6, "measure", "giáo viên/trường",
      "giáo viên hỗ trợ bình quân mỗi trường hòa nhập"),
    F("Hà Giang (31,2%)", "31,2", 31.2, "percent", "%", "tỷ lệ trẻ khuyết tật đi học", location="Hà Giang"),
    F("Lai Châu (34,5%)", "34,5", 34.5, "percent", "%", "tỷ lệ trẻ khuyết tật đi học", location="Lai Châu"),
    F("Điện Biên (36,8%)", "36,8", 36.8, "percent", "%", "tỷ lệ trẻ khuyết tật đi học", location="Điện Biên"),
    F("đạt trên 85%", "85", 85, "percent", "%", "tỷ lệ trẻ khuyết tật đi học",
      approx="over", location="Đà Nẵng"),
    F("bằng 80% mức lương", "80", 80, "percent", "%",
      "mức hỗ trợ học tập so với mức lương cơ sở"),
    F("1.872.000 đồng/tháng", "1.872.000", 1872000, "money", "đồng/tháng",
      "mức hỗ trợ học tập cho học sinh khuyết tật thuộc hộ nghèo, cận nghèo"),
    F("tối đa 9 tháng/năm học", "9", 9, "measure", "tháng/năm học",
      approx="at_most", optional=True),
    F("khoảng 410 tỷ đồng", "410", 410e9, "money", "đồng",
      "ngân sách nhà nước chi cho chính sách hỗ trợ học tập học sinh khuyết tật",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about",
      change=CH("increase", 15, "%", "năm 2022")),
    F("phấn đấu 70% trẻ", "70", 70, "percent", "%",
      "trẻ khuyết tật có nhu cầu được tiếp cận giáo dục hòa nhập",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("2030 đạt 80%", "80", 80, "percent", "%",
      "trẻ khuyết tật có nhu cầu được tiếp cận giáo dục hòa nhập",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
    F("cho 3.000 giáo viên", "3.000", 3000, "count", "giáo viên cốt cán",
      "giáo viên cốt cán được tập huấn", status="forecast"),
]

COMMENTS = [
    "National press: inclusive education for children with disabilities. Dateline 'Thứ sáu, 20/9/2024, 06:30 (GMT+7)'; byline at the end.",
    "'Năm học 2023-2024' is a school year, not in the FIGURES.md period table: left without a gold period (unscored), and 'năm học",
    "trước' is only the change baseline. 'tăng 8 trung tâm' is the change of 104 trung tâm (not of 61/63 in between).",
    "'trong đó chỉ 4.860 người' takes the whole 12.500 (approximate whole, still the figure before the cue).",
    "'bằng 80% mức lương cơ sở, tương đương 1.872.000 đồng/tháng': the share stands before the amount, so two figures;",
    "'tối đa 9 tháng/năm học' is a limit on duration: optional. 'trong quý IV' dates the handbook, not the 3.000 trainees (no period).",
    "Not figures: '(GMT+7)', '61/63' gives total 63 only, 'Vụ Giáo dục Tiểu học'.",
]

if __name__ == "__main__":
    emit("p663-6", TEXT, COMMENTS, FIGS, published="2024-09-20", location="Việt Nam")
