from lib import F, P, I, CH, emit

TEXT = """Thời sự › Giao thông

Thứ Tư, 1/1/2025, 09:30 (GMT+7)

Khoảng 350.000 người đổ về phố đi bộ hồ Gươm đêm giao thừa

Theo Ban quản lý phố cổ Hà Nội, từ 19h ngày 31/12/2024 đến 2h sáng nay, khu vực phố đi bộ hồ Hoàn Kiếm và phụ cận đón khoảng 350.000 lượt người, tăng khoảng 50.000 lượt so với đêm giao thừa năm trước.

Để phục vụ người dân, quận Hoàn Kiếm bố trí 12 điểm trông giữ xe với sức chứa hơn 28.000 xe máy, dựng 3 sân khấu biểu diễn nghệ thuật tại quảng trường Đông Kinh Nghĩa Thục, phố Lê Thạch và đền Bà Kiệu.

Công an quận Hoàn Kiếm huy động hơn 1.500 cán bộ, chiến sĩ bảo đảm an ninh trật tự; trong đêm, đơn vị tiếp nhận 17 trường hợp báo mất tài sản, trong đó đã tìm lại và trả cho người dân 11 trường hợp, hỗ trợ 23 trẻ em đi lạc trở về với gia đình. Không có vụ việc nghiêm trọng xảy ra.

Theo Hiệp hội Du lịch Hà Nội, doanh thu của hơn 600 cơ sở kinh doanh ăn uống, dịch vụ trong khu phố cổ đêm giao thừa ước đạt 46 tỷ đồng. Chi tiêu bình quân mỗi khách khoảng 250.000 đồng, tăng 10% so với năm 2023.

Tuyến đường sắt đô thị số 2A Cát Linh - Hà Đông và tuyến số 3 Nhổn - ga Hà Nội kéo dài giờ chạy đến 2h, phục vụ tổng cộng 86.000 lượt hành khách, gấp 2,3 lần ngày thường.

Dự kiến trong kỳ nghỉ Tết Dương lịch, Hà Nội đón khoảng 280.000 lượt khách du lịch, trong đó khoảng 95.000 lượt khách quốc tế.

Võ Hải
"""

FIGS = [
    F("Khoảng 350.000 người", "350.000", 350000, "count", "người",
      "người đổ về phố đi bộ hồ Gươm đêm giao thừa", approx="about"),
    F("khoảng 350.000 lượt người", "350.000", 350000, "count", "lượt người",
      "lượt người đến khu vực phố đi bộ hồ Hoàn Kiếm và phụ cận", approx="about",
      change=CH("increase", 50000, unit="lượt", baseline="đêm giao thừa năm trước", approx="about")),
    F("bố trí 12 điểm", "12", 12, "count", "điểm trông giữ xe", "điểm trông giữ xe", location="Hoàn Kiếm"),
    F("hơn 28.000 xe máy", "28.000", 28000, "count", "xe máy", "sức chứa các điểm trông giữ xe", approx="over",
      location="Hoàn Kiếm"),
    F("dựng 3 sân khấu", "3", 3, "count", "sân khấu", "sân khấu biểu diễn nghệ thuật", location="Hoàn Kiếm"),
    F("hơn 1.500 cán bộ", "1.500", 1500, "count", "cán bộ, chiến sĩ", "cán bộ, chiến sĩ bảo đảm an ninh trật tự",
      approx="over", location="Hoàn Kiếm"),
    F("tiếp nhận 17 trường hợp", "17", 17, "count", "trường hợp", "trường hợp báo mất tài sản",
      location="Hoàn Kiếm"),
    F("người dân 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp mất tài sản đã tìm lại và trả cho người dân",
      total=17, location="Hoàn Kiếm"),
    F("hỗ trợ 23 trẻ em", "23", 23, "count", "trẻ em", "trẻ em đi lạc được hỗ trợ trở về với gia đình",
      location="Hoàn Kiếm"),
    F("hơn 600 cơ sở", "600", 600, "count", "cơ sở", "cơ sở kinh doanh ăn uống, dịch vụ trong khu phố cổ",
      approx="over"),
    F("ước đạt 46 tỷ", "46", 46e9, "money", "đồng",
      "doanh thu của các cơ sở kinh doanh ăn uống, dịch vụ trong khu phố cổ đêm giao thừa", status="estimate"),
    F("khoảng 250.000 đồng", "250.000", 250000, "money", "đồng", "chi tiêu bình quân mỗi khách", approx="about",
      change=CH("increase", 10, baseline="năm 2023")),
    F("cộng 86.000 lượt", "86.000", 86000, "count", "lượt hành khách", "lượt hành khách đường sắt đô thị",
      change=CH("increase", 2.3, unit="lần", baseline="ngày thường")),
    F("khoảng 280.000 lượt", "280.000", 280000, "count", "lượt khách du lịch",
      "lượt khách du lịch trong kỳ nghỉ Tết Dương lịch", approx="about", status="forecast"),
    F("khoảng 95.000 lượt", "95.000", 95000, "count", "lượt khách quốc tế", "lượt khách quốc tế", approx="about",
      total=280000, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress-like): đêm giao thừa 2025 ở phố đi bộ hồ Gươm — lượt người, trông giữ xe, ANTT, doanh thu, metro.",
    "Dateline 'Thứ Tư, 1/1/2025, 09:30 (GMT+7)' gives published. Default location Hà Nội; figures of 'quận Hoàn Kiếm' /",
    "'Công an quận Hoàn Kiếm' (and the clauses that continue that sentence) take Hoàn Kiếm. 'hồ Hoàn Kiếm' is a lake's name.",
    "Periods: 'đêm giao thừa', '19h ngày 31/12/2024 đến 2h sáng nay', 'kỳ nghỉ Tết Dương lịch' are not in the spec's table; no gold period.",
    "11 trường hợp follows 'trong đó' after 17 trường hợp (same thing): total 17. 95.000 follows 'trong đó' after 280.000: total.",
    "'tăng khoảng 50.000 lượt', 'gấp 2,3 lần ngày thường' are changes of the figure before them.",
    "Distractors: '(GMT+7)', '19h', '2h', 'tuyến số 2A', 'tuyến số 3', dates, 'năm 2023' baseline.",
]

emit("p592-6", TEXT, COMMENTS, FIGS, published="2025-01-01", location="Hà Nội")
