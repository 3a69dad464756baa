from lib import F, P, I, C, T, emit

TEXT = """UBND HUYỆN BẮC HÀ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ | Tin địa phương | Giáo dục

Bắc Hà: Chi trả kịp thời chế độ cho học sinh bán trú

Tính đến 30/9/2024, huyện Bắc Hà đã chi trả 28,64 tỷ đồng tiền hỗ trợ ăn, ở cho 5.912 học sinh bán trú, đạt 77,6% dự toán giao (36,9 tỷ đồng). Số học sinh được hỗ trợ gồm 3.487 em tiểu học và 2.425 em THCS, đang học tại 21 trường PTDTBT và 14 trường phổ thông có học sinh bán trú. Ước cả năm 2024, tổng kinh phí chi trả đạt khoảng 37,4 tỷ đồng, vượt 1,4% so với dự toán.

Về gạo hỗ trợ, quý III/2024 huyện tiếp nhận 182,5 tấn; lũy kế 9 tháng đạt 412,8 tấn, tăng 5,6% so với cùng kỳ năm 2023. Dự kiến quý IV/2024, huyện tiếp nhận thêm khoảng 165 tấn để cấp cho học sinh đến hết học kỳ I.

Nhờ chế độ ăn, ở được bảo đảm, tỷ lệ học sinh đi học chuyên cần đạt 98,6%; toàn huyện chỉ còn 17 học sinh bỏ học, giảm 23 em so với cùng kỳ. Các trường đã tổ chức nấu ăn tập trung cho hơn 4,1 nghìn học sinh, mỗi bữa bảo đảm từ 1 đến 2 món mặn.

Đội ngũ giáo viên các trường PTDTBT hiện có 1.046 người, trong đó người dân tộc thiểu số chiếm 47,3%, chủ yếu là người Mông, Tày, Nùng.

Năm học 2024-2025, huyện đặt chỉ tiêu huy động trên 99% học sinh trong độ tuổi ra lớp và phấn đấu có thêm 3 trường PTDTBT đạt chuẩn quốc gia, nâng tổng số lên 15 trường.

Văn phòng HĐND và UBND huyện - 07/10/2024

Địa chỉ: Tổ dân phố Na Cồ, thị trấn Bắc Hà, tỉnh Lào Cai. Điện thoại: 0214.3880.226
Số lượt truy cập: 215.487
"""

T30 = P("Tính đến 30/9/2024", None, "2024-09-30")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
L9 = P("lũy kế 9 tháng", "2024-01-01", "2024-09-30")
NH = P("Năm học 2024-2025", "2024-09-01", "2025-05-31")

FIGS = [
    F("chi trả 28,64 tỷ đồng", "28,64", 28.64e9, "money", "đồng", "tiền hỗ trợ ăn, ở cho học sinh bán trú", T30,
      percent=77.6, target=T(36.9e9, "đồng")),
    F("cho 5.912 học sinh", "5.912", 5912, "count", "học sinh", "học sinh bán trú được hỗ trợ ăn, ở", T30),
    F("gồm 3.487 em", "3.487", 3487, "count", "em", "học sinh tiểu học được hỗ trợ", I(T30), total=5912),
    F("và 2.425 em", "2.425", 2425, "count", "em", "học sinh THCS được hỗ trợ", I(T30), total=5912),
    F("tại 21 trường", "21", 21, "count", "trường", "trường PTDTBT", I(T30)),
    F("và 14 trường", "14", 14, "count", "trường", "trường phổ thông có học sinh bán trú", I(T30)),
    F("khoảng 37,4 tỷ đồng", "37,4", 37.4e9, "money", "đồng", "tổng kinh phí chi trả chế độ học sinh bán trú",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate",
      change=C("increase", 1.4, "%", "dự toán")),
    F("tiếp nhận 182,5 tấn", "182,5", 182.5, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận", Q3),
    F("đạt 412,8 tấn", "412,8", 412.8, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận lũy kế", L9,
      change=C("increase", 5.6, "%", "cùng kỳ năm 2023")),
    F("khoảng 165 tấn", "165", 165, "measure", "tấn", "gạo hỗ trợ học sinh tiếp nhận thêm",
      P("quý IV/2024", "2024-10-01", "2024-12-31"), approx="about", status="forecast"),
    F("đạt 98,6%", "98,6", 98.6, "percent", "%", "tỷ lệ học sinh đi học chuyên cần", I(T30)),
    F("còn 17 học sinh", "17", 17, "count", "học sinh", "học sinh bỏ học", I(T30),
      change=C("decrease", 23, "em", "cùng kỳ")),
    F("hơn 4,1 nghìn học sinh", "4,1", 4100, "count", "học sinh", "học sinh được nấu ăn tập trung", I(T30), approx="over"),
    F("từ 1 đến 2 món", "1", 1, "count", "món mặn", "món mặn mỗi bữa", value_max=2, optional=True),
    F("có 1.046 người", "1.046", 1046, "count", "người", "giáo viên các trường PTDTBT", I(T30)),
    F("chiếm 47,3%", "47,3", 47.3, "percent", "%", "giáo viên người dân tộc thiểu số trong đội ngũ các trường PTDTBT", I(T30)),
    F("trên 99%", "99", 99, "percent", "%", "học sinh trong độ tuổi ra lớp", NH, approx="over", status="target"),
    F("thêm 3 trường", "3", 3, "count", "trường", "trường PTDTBT đạt chuẩn quốc gia thêm", NH, status="target"),
    F("lên 15 trường", "15", 15, "count", "trường", "tổng số trường PTDTBT đạt chuẩn quốc gia", NH, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Bắc Hà (district portal, Lào Cai): pay-outs for semi-boarding pupils to 30/9/2024. No dateline at the top; bare date at the end (07/10/2024).",
    "Distractors: 'Tổ dân phố Na Cồ' address, phone 0214.3880.226, visitor counter 'Số lượt truy cập: 215.487', 'học kỳ I', the end date.",
    "'đạt 77,6% dự toán giao (36,9 tỷ đồng)': share 77,6 and the plan 36,9 tỷ as the target attribute of 28,64 tỷ (not a figure of its own).",
    "'gồm 3.487 em … và 2.425 em' (next sentence, 'Số học sinh được hỗ trợ gồm') are parts of 5.912. 'vượt 1,4% so với dự toán' is a change against plan.",
    "'chỉ còn 17 học sinh bỏ học, giảm 23 em so với cùng kỳ': change of 17. 'chiếm 47,3%' after trong đó with no count: a percent figure, no total.",
    "'hơn 4,1 nghìn' = 4.100. 'từ 1 đến 2 món mặn' is a menu norm (optional). 'có thêm 3 trường …, nâng tổng số lên 15 trường': two target figures.",
    "Figures without a period phrase in their sentence inherit the as-of date 30/9/2024 from the lead.",
]

emit("p390-8", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Bắc Hà")
