from lib import F, P, build

TEXT = """Công nhân Hải Phòng chật vật tìm chỗ gửi con
Thứ ba, 14/5/2024, 10:05 (GMT+7)

Khảo sát năm 2023 của Viện Công nhân và Công đoàn với 1.520 công nhân có con nhỏ tại 6 khu công nghiệp ở Hải Phòng cho thấy 42,7% gửi con tại nhóm trẻ tư thục gần nơi trọ, chỉ 18,6% gửi được con vào trường mầm non công lập, số còn lại gửi con về quê.

Học phí tại các nhóm trẻ này dao động từ 1,5 đến 2,5 triệu đồng/tháng, tương đương 22% thu nhập bình quân của công nhân (khoảng 8,2 triệu đồng/tháng). Nhu cầu gửi trẻ dưới 3 tuổi của công nhân cao gấp 2,5 lần khả năng tiếp nhận của các trường công lập.

Theo Sở Giáo dục và Đào tạo Hải Phòng, toàn thành phố hiện có 532 nhóm trẻ, lớp mẫu giáo độc lập, tập trung ở huyện An Dương (118 nhóm), huyện Thủy Nguyên (96 nhóm) và quận Hải An (71 nhóm). Trong số đó, 47 nhóm chưa được cấp phép, trông giữ khoảng 1.100 trẻ.

Năm 2023, thành phố ghi nhận 2 vụ ngộ độc thực phẩm tại nhóm trẻ độc lập khiến 17 trẻ phải nhập viện, cùng 1 vụ bảo mẫu bạo hành trẻ tại quận Hải An. Chị Nguyễn Thị Lan, công nhân một doanh nghiệp điện tử, thuê trọ tại số 14 ngõ 52 đường Trung Hành, cho biết phải gửi con ở nhóm trẻ cách nhà 3 km vì không xin được vào trường công.

Thành phố dự kiến đến năm 2025 xây mới 12 trường mầm non công lập tại các khu công nghiệp, tiếp nhận thêm khoảng 4.500 trẻ; đồng thời hỗ trợ 50% kinh phí mua camera cho nhóm trẻ độc lập được cấp phép.

Lê Tân
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("Năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
LIST = "nhóm trẻ, lớp mẫu giáo độc lập"

FIGS = [
    F("với 1.520 công nhân", "1.520", 1520, "count", "công nhân", "công nhân có con nhỏ được khảo sát", period=Y23),
    F("tại 6 khu công nghiệp", "6", 6, "count", "khu công nghiệp", "khu công nghiệp được khảo sát", period=Y23),
    F("42,7%", "42,7", 42.7, "percent", "%", "công nhân gửi con tại nhóm trẻ tư thục gần nơi trọ", period=Y23),
    F("18,6%", "18,6", 18.6, "percent", "%", "công nhân gửi được con vào trường mầm non công lập", period=Y23),
    F("từ 1,5 đến 2,5 triệu", "1,5", 1500000, "money", "đồng/tháng", "học phí tại các nhóm trẻ",
      value_max=2500000, percent=22),
    F("khoảng 8,2 triệu", "8,2", 8200000, "money", "đồng/tháng", "thu nhập bình quân của công nhân", approx="about"),
    F("dưới 3 tuổi", "3", 3, "measure", "tuổi", "độ tuổi trẻ", approx="under", optional=True),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần",
      "nhu cầu gửi trẻ dưới 3 tuổi của công nhân so với khả năng tiếp nhận của các trường công lập"),
    F("có 532 nhóm", "532", 532, "count", "nhóm trẻ, lớp mẫu giáo", LIST),
    F("(118 nhóm)", "118", 118, "count", "nhóm", LIST, location="An Dương"),
    F("(96 nhóm)", "96", 96, "count", "nhóm", LIST, location="Thủy Nguyên"),
    F("(71 nhóm)", "71", 71, "count", "nhóm", LIST, location="Hải An"),
    F("Trong số đó, 47 nhóm", "47", 47, "count", "nhóm", "nhóm chưa được cấp phép", total=532),
    F("khoảng 1.100 trẻ", "1.100", 1100, "count", "trẻ", "trẻ trông giữ tại nhóm chưa được cấp phép", approx="about"),
    F("ghi nhận 2 vụ", "2", 2, "count", "vụ", "vụ ngộ độc thực phẩm tại nhóm trẻ độc lập", period=Y23b),
    F("khiến 17 trẻ", "17", 17, "count", "trẻ", "trẻ phải nhập viện do ngộ độc thực phẩm", period=Y23b),
    F("cùng 1 vụ", "1", 1, "count", "vụ", "vụ bảo mẫu bạo hành trẻ", period=Y23b, location="Hải An"),
    F("cách nhà 3 km", "3", 3, "measure", "km", "khoảng cách từ nhà đến nhóm trẻ", optional=True),
    F("xây mới 12 trường", "12", 12, "count", "trường mầm non công lập",
      "trường mầm non công lập xây mới tại các khu công nghiệp", status="forecast", period=T25),
    F("khoảng 4.500 trẻ", "4.500", 4500, "count", "trẻ", "trẻ được tiếp nhận thêm", approx="about",
      status="forecast", period=T25),
    F("hỗ trợ 50%", "50", 50, "percent", "%", "hỗ trợ kinh phí mua camera cho nhóm trẻ độc lập được cấp phép",
      status="forecast", period=T25),
]

COMMENTS = [
    "National press (news site style): Hải Phòng workers' childcare; dateline 'Thứ ba, 14/5/2024, 10:05 (GMT+7)'; byline at the end.",
    "Distractors: '(GMT+7)', 'số 14 ngõ 52 đường Trung Hành' (address), 'Viện Công nhân và Công đoàn'. A person's anecdote '3 km' is optional.",
    "'từ 1,5 đến 2,5 triệu đồng/tháng, tương đương 22% …': money range with the share 22% as its percent attribute; '(khoảng 8,2 triệu …)' a figure of its own.",
    "'cao gấp 2,5 lần khả năng tiếp nhận' stands alone as the claim: kind multiple. 'dưới 3 tuổi' (age bound) optional.",
    "'Trong số đó, 47 nhóm' after the district list: the whole is 532 (not a sibling part). District items: location, no total.",
    "'hiện có' figures and the fee paragraph carry no period (null). 'dự kiến đến năm 2025' governs the clauses that continue it: status forecast.",
]

if __name__ == "__main__":
    build(7, TEXT, COMMENTS, FIGS, published="2024-05-14", location="Hải Phòng")
