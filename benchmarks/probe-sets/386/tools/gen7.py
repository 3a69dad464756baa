from lib import F, P, CH, TG, emit

TEXT = """Giáo dục › Tin tức
Thứ ba, 8/10/2024, 06:00 (GMT+7)

TP HCM thiếu chỗ học mầm non cho con công nhân

Hàng chục nghìn trẻ là con công nhân tại TP Hồ Chí Minh đang phải gửi ở các nhóm trẻ tư thục nhỏ lẻ, nhiều nơi chưa đảm bảo điều kiện.

Tính đến 30/9, TP HCM có 2.418 nhóm trẻ, lớp mẫu giáo độc lập tư thục, nhận giữ khoảng 63.500 trẻ, phần lớn là con công nhân các khu chế xuất, khu công nghiệp. Trong quý III/2024, Sở Giáo dục và Đào tạo cấp phép mới cho 57 nhóm, lớp nhưng cũng đình chỉ 11 cơ sở không đủ điều kiện.

Các quận, huyện có đông công nhân chiếm gần 45% số nhóm, lớp độc lập của thành phố. Riêng TP Thủ Đức có 386 nhóm, lớp, quận Bình Tân 352, huyện Bình Chánh 298.

Khảo sát của Liên đoàn Lao động thành phố với hơn 3.000 công nhân cho thấy 41,7% có con dưới 6 tuổi phải gửi trẻ ở nhóm tự phát hoặc nhờ người thân; chi phí gửi trẻ bình quân từ 1,5 đến 2,5 triệu đồng/tháng, chiếm khoảng 20% thu nhập.

Thành phố đang hỗ trợ mỗi nhóm, lớp độc lập ở khu công nghiệp 50 triệu đồng một lần để mua sắm thiết bị và 160.000 đồng/trẻ/tháng tiền học phí cho con công nhân. Từ năm 2022 đến nay, đã có 1.126 nhóm, lớp và gần 28.000 lượt trẻ được hỗ trợ với tổng kinh phí trên 96 tỷ đồng.

Theo kế hoạch, đến năm 2025 TP HCM phấn đấu 100% khu công nghiệp, khu chế xuất có trường mầm non đạt chuẩn; dự kiến xây mới 12 trường mầm non với khoảng 3.600 chỗ học tại các khu công nghiệp Tân Bình, Hiệp Phước, Lê Minh Xuân.

Lê Nguyễn
"""

A = P("Tính đến 30/9", None, "2024-09-30")
Ai = P("Tính đến 30/9", None, "2024-09-30", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
S = P("Từ năm 2022 đến nay", "2022-01-01", "2024-10-08")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("Hàng chục nghìn trẻ", "Hàng chục nghìn", 10000, "count", "trẻ", "trẻ là con công nhân gửi ở các nhóm trẻ tư thục nhỏ lẻ",
      approx="about", optional=True),
    F("có 2.418 nhóm", "2.418", 2418, "count", "nhóm trẻ, lớp mẫu giáo", "nhóm trẻ, lớp mẫu giáo độc lập tư thục", A),
    F("khoảng 63.500 trẻ", "63.500", 63500, "count", "trẻ", "trẻ được nhận giữ", A, approx="about"),
    F("cho 57 nhóm", "57", 57, "count", "nhóm, lớp", "nhóm, lớp được cấp phép mới", Q3),
    F("đình chỉ 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở không đủ điều kiện bị đình chỉ", Q3),
    F("gần 45%", "45", 45, "percent", "%", "tỷ trọng số nhóm, lớp độc lập của các quận, huyện có đông công nhân", Ai,
      approx="nearly"),
    F("có 386 nhóm", "386", 386, "count", "nhóm, lớp", "nhóm, lớp độc lập", Ai, location="Thủ Đức"),
    F("Bình Tân 352", "352", 352, "count", "nhóm, lớp", "nhóm, lớp độc lập", Ai, location="Bình Tân"),
    F("Bình Chánh 298", "298", 298, "count", "nhóm, lớp", "nhóm, lớp độc lập", Ai, location="Bình Chánh"),
    F("hơn 3.000 công nhân", "3.000", 3000, "count", "công nhân", "công nhân được khảo sát", approx="over"),
    F("41,7%", "41,7", 41.7, "percent", "%", "công nhân có con dưới 6 tuổi phải gửi trẻ ở nhóm tự phát hoặc nhờ người thân"),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", approx="under", optional=True),
    F("từ 1,5 đến 2,5 triệu", "1,5", 1500000, "money", "đồng/tháng", "chi phí gửi trẻ bình quân", value_max=2500000,
      percent=20),
    F("nghiệp 50 triệu đồng", "50", 50000000, "money", "đồng", "hỗ trợ mỗi nhóm, lớp độc lập ở khu công nghiệp"),
    F("và 160.000 đồng", "160.000", 160000, "money", "đồng/trẻ/tháng", "hỗ trợ tiền học phí cho con công nhân"),
    F("có 1.126 nhóm", "1.126", 1126, "count", "nhóm, lớp", "nhóm, lớp được hỗ trợ", S),
    F("gần 28.000 lượt trẻ", "28.000", 28000, "count", "lượt trẻ", "lượt trẻ được hỗ trợ", S, approx="nearly"),
    F("trên 96 tỷ đồng", "96", 96000000000, "money", "đồng", "tổng kinh phí hỗ trợ", S, approx="over"),
    F("phấn đấu 100% khu", "100", 100, "percent", "%", "khu công nghiệp, khu chế xuất có trường mầm non đạt chuẩn", T25,
      status="target"),
    F("xây mới 12 trường", "12", 12, "count", "trường", "trường mầm non xây mới", T25, status="forecast"),
    F("khoảng 3.600 chỗ học", "3.600", 3600, "count", "chỗ học", "chỗ học tại các khu công nghiệp", T25, approx="about", status="forecast"),
]

COMMENTS = [
    "National press style (VnExpress-like): nhóm trẻ độc lập tư thục for workers' children in TP HCM. Dateline 'Thứ ba, 8/10/2024, 06:00 (GMT+7)'.",
    "'Tính đến 30/9' has no year: 2024 from the dateline (null … 2024-09-30). 'Từ năm 2022 đến nay' ends at the dateline.",
    "Districts in a list (TP Thủ Đức, Bình Tân, Bình Chánh) → location; 'khu công nghiệp Tân Bình' is a name (distractor, no figure).",
    "Policy rates (50 triệu đồng một lần, 160.000 đồng/trẻ/tháng) and the survey have no period. 'chiếm khoảng 20% thu nhập' is the percent",
    "attribute of the cost range. 'Hàng chục nghìn trẻ' (vague, lead) optional. 'dưới 6 tuổi' optional. '(GMT+7)' and '30/9' are not figures.",
    "'phấn đấu 100% …' → target; 'dự kiến xây mới 12 trường … khoảng 3.600 chỗ học' → forecast; both đến năm 2025 (same sentence).",
]

if __name__ == "__main__":
    emit("p386-7", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hồ Chí Minh")
