from lib import F, P, emit

TEXT = """TRANG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ > Tin tức > Y tế - Giáo dục
Krông Pắc: Nâng cao chất lượng chăm sóc sức khỏe sinh sản quý III/2024

Trong quý III/2024, Trung tâm Y tế huyện Krông Pắc đã quản lý 1.146 phụ nữ mang thai, tăng 5,7% so với quý II; số phụ nữ được khám thai từ 3 lần trở lên là 1.034 người, đạt 90,2%. Trong quý có 612 trẻ được sinh ra, tất cả đều sinh tại cơ sở y tế; 598 trẻ được tiêm vắc xin viêm gan B trong vòng 24 giờ đầu sau sinh, đạt 97,7%.

Lũy kế 9 tháng đầu năm, toàn huyện có 1.795 trẻ sinh ra, bằng 74,8% kế hoạch năm (2.400 trẻ); số trẻ sơ sinh được sàng lọc 5 bệnh là 1.216 trẻ. Không có trường hợp tử vong mẹ; có 4 trường hợp tử vong sơ sinh (cùng kỳ năm 2023 là 7 trường hợp).

Về nhân lực, hiện 16/16 trạm y tế xã, thị trấn có nữ hộ sinh hoặc y sĩ sản nhi; Khoa Sản Trung tâm Y tế huyện có 45 giường bệnh, công suất sử dụng giường quý III đạt 112%.

Về kinh phí, trong 9 tháng huyện đã chi khoảng 865 triệu đồng cho công tác chăm sóc sức khỏe sinh sản, bằng 72% dự toán được giao.

Nhiệm vụ quý IV/2024: phấn đấu tỷ lệ phụ nữ có thai được khám thai đủ 4 lần đạt từ 85% đến 88%; tổ chức 12 buổi truyền thông tại 16 xã, thị trấn với khoảng 1.500 lượt người tham dự; duy trì đường dây tư vấn sức khỏe sinh sản 0262.3521.115 hoạt động 24/7.

Người dân có nhu cầu tư vấn có thể đến Phòng khám Sản - Nhi, Trung tâm Y tế huyện, số 02 đường Giải Phóng, thị trấn Phước An (giờ làm việc: sáng từ 7 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ).

Ý Nhi - TTYT huyện
08/10/2024
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3b = P("Trong quý", "2024-07-01", "2024-09-30")
N9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
N9i = P("9 tháng đầu năm", "2024-01-01", "2024-09-30", inh=True)
NOW = P("hiện", None, "2024-10-08", inh=True)
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("quản lý 1.146 phụ nữ", "1.146", 1146, "count", "phụ nữ mang thai", "phụ nữ mang thai được quản lý", Q3,
      change=dict(direction="increase", value=5.7, unit="%", baseline="quý II")),
    F("từ 3 lần trở lên", "3", 3, "count", "lần", approx="at_least", optional=True),
    F("là 1.034 người", "1.034", 1034, "count", "người", "phụ nữ được khám thai từ 3 lần trở lên", Q3,
      percent=90.2),
    F("có 612 trẻ", "612", 612, "count", "trẻ", "trẻ được sinh ra", Q3b),
    F("598 trẻ được tiêm", "598", 598, "count", "trẻ", "trẻ được tiêm vắc xin viêm gan B trong vòng 24 giờ đầu sau sinh",
      Q3b, percent=97.7),
    F("trong vòng 24 giờ", "24", 24, "measure", "giờ", optional=True),
    F("có 1.795 trẻ", "1.795", 1795, "count", "trẻ", "trẻ sinh ra", N9, percent=74.8,
      target=dict(value=2400, unit="trẻ")),
    F("sàng lọc 5 bệnh", "5", 5, "count", "bệnh", optional=True),
    F("là 1.216 trẻ", "1.216", 1216, "count", "trẻ", "trẻ sơ sinh được sàng lọc 5 bệnh", N9),
    F("có 4 trường hợp", "4", 4, "count", "trường hợp", "trường hợp tử vong sơ sinh", N9i),
    F("là 7 trường hợp", "7", 7, "count", "trường hợp", "trường hợp tử vong sơ sinh",
      P("cùng kỳ năm 2023", "2023-01-01", "2023-09-30", inh=True)),
    F("hiện 16/16 trạm", "16", 16, "count", "trạm y tế", "trạm y tế xã, thị trấn có nữ hộ sinh hoặc y sĩ sản nhi",
      NOW, total=16),
    F("có 45 giường bệnh", "45", 45, "count", "giường bệnh", "giường bệnh Khoa Sản Trung tâm Y tế huyện", NOW),
    F("đạt 112%", "112", 112, "percent", "%", "công suất sử dụng giường",
      P("quý III", "2024-07-01", "2024-09-30")),
    F("khoảng 865 triệu đồng", "865", 865000000, "money", "đồng", "chi cho công tác chăm sóc sức khỏe sinh sản",
      P("trong 9 tháng", "2024-01-01", "2024-09-30"), approx="about", percent=72),
    F("từ 85% đến 88%", "85", 85, "percent", "%", "tỷ lệ phụ nữ có thai được khám thai đủ 4 lần", Q4,
      value_max=88, status="target"),
    F("đủ 4 lần", "4", 4, "count", "lần", optional=True),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi truyền thông", "buổi truyền thông", Q4, status="target"),
    F("tại 16 xã, thị trấn", "16", 16, "count", "xã, thị trấn", status="target", optional=True),
    F("khoảng 1.500 lượt người", "1.500", 1500, "count", "lượt người", "lượt người tham dự truyền thông", Q4,
      approx="about", status="target"),
]

COMMENTS = [
    "Trang TTĐT huyện Krông Pắc (district portal, Đắk Lắk): chăm sóc sức khỏe sinh sản quý III/2024. No dateline at the top; byline and bare date '08/10/2024' at the end = published.",
    "'Trong quý' in a quarterly report = quý III/2024; 'quý III' without year takes 2024; 'Lũy kế 9 tháng đầu năm' = Jan-Sep 2024.",
    "'bằng 74,8% kế hoạch năm (2.400 trẻ)': percent 74,8 and target 2.400 of 1.795. '(cùng kỳ năm 2023 là 7 trường hợp)' is a figure of its own (period inherited).",
    "'16/16 trạm' total 16. 'bằng 72% dự toán' percent of 865 triệu. 'Nhiệm vụ quý IV/2024: phấn đấu …' governs the following clauses: status target.",
    "Criteria optional: 'từ 3 lần trở lên', '24 giờ đầu', '5 bệnh', 'đủ 4 lần'; '16 xã, thị trấn' (the district's structure) optional.",
    "Distractors: phone 0262.3521.115, '24/7', 'số 02 đường Giải Phóng', office hours, 'quý II' as baseline.",
]
emit(6, TEXT, COMMENTS, FIGS, published="2024-10-08", location="Krông Pắc")
