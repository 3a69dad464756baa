"""p539-2: district portal (Yên Thành, Nghệ An), extension training classes and demonstration models, quý I/2024."""
from lib import F, P, Y, I, CH, emit

TEXT = """Cổng thông tin điện tử huyện Yên Thành
Tin tức > Kinh tế - Nông nghiệp

Yên Thành: Mở 46 lớp tập huấn kỹ thuật cho nông dân trong quý I
Thứ Năm, 14/03/2024 - 09:20

Trong quý I/2024, Trạm Khuyến nông huyện phối hợp với UBND các xã tổ chức 46 lớp tập huấn chuyển giao khoa học kỹ thuật cho 2.870 lượt nông dân, tăng 8 lớp so với cùng kỳ năm 2023. Trong đó có 31 lớp về kỹ thuật thâm canh lúa, 9 lớp về phòng trừ dịch hại tổng hợp (IPM) trên cây lạc và 6 lớp về chăn nuôi an toàn sinh học.

Học viên là phụ nữ chiếm khoảng 58%; gần 400 lượt học viên thuộc hộ nghèo, hộ cận nghèo. Kinh phí tổ chức các lớp là 322,5 triệu đồng, trong đó ngân sách huyện 210 triệu đồng, còn lại do các hợp tác xã đóng góp.

Song song với tập huấn, huyện triển khai 5 mô hình trình diễn: lúa chất lượng Hương Cốm 4 tại các xã Hoa Thành (12 ha), Đô Thành (10 ha) và Phúc Thành (8 ha); lạc giống L14 phủ nilon tại xã Bảo Thành quy mô 15 ha; ngô sinh khối tại xã Hồng Thành 6 ha. Tổng số hộ tham gia mô hình là 318 hộ, được hỗ trợ 50% giá giống và 30% giá phân bón.

Hiện toàn huyện có 39 cán bộ khuyến nông cơ sở, bình quân 1,03 cán bộ/xã. Năm 2024, huyện đặt mục tiêu tổ chức 150 lớp tập huấn, đến nay đã thực hiện được 30,7% kế hoạch.

Trạm Khuyến nông huyện (khối 3, thị trấn Yên Thành; ĐT: 0238.3863.118) tiếp nhận đăng ký tham gia các lớp học quý II đến hết ngày 25/3.

Minh Tâm - Trạm Khuyến nông Yên Thành
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")

FIGS = [
    F("Mở 46 lớp", "46", 46, "count", "lớp", "lớp tập huấn kỹ thuật cho nông dân",
      P("trong quý I", "2024-01-01", "2024-03-31")),
    F("tổ chức 46 lớp", "46", 46, "count", "lớp", "lớp tập huấn chuyển giao khoa học kỹ thuật", Q1,
      change=CH("increase", 8, "lớp", "cùng kỳ năm 2023")),
    F("2.870 lượt nông dân", "2.870", 2870, "count", "lượt nông dân", "lượt nông dân được tập huấn", Q1),
    F("có 31 lớp", "31", 31, "count", "lớp", "lớp về kỹ thuật thâm canh lúa", I(Q1), total=46),
    F("9 lớp về", "9", 9, "count", "lớp", "lớp về phòng trừ dịch hại tổng hợp (IPM) trên cây lạc", I(Q1), total=46),
    F("và 6 lớp", "6", 6, "count", "lớp", "lớp về chăn nuôi an toàn sinh học", I(Q1), total=46),
    F("khoảng 58%", "58", 58, "percent", "%", "tỷ lệ học viên là phụ nữ", I(Q1), approx="about"),
    F("gần 400 lượt", "400", 400, "count", "lượt học viên", "lượt học viên thuộc hộ nghèo, hộ cận nghèo", I(Q1),
      approx="nearly"),
    F("là 322,5 triệu", "322,5", 322500000, "money", "đồng", "kinh phí tổ chức các lớp tập huấn", I(Q1)),
    F("huyện 210 triệu", "210", 210000000, "money", "đồng", "kinh phí từ ngân sách huyện", I(Q1), total=322500000),
    F("triển khai 5 mô hình", "5", 5, "count", "mô hình", "mô hình trình diễn", I(Q1)),
    F("Hoa Thành (12 ha)", "12", 12, "measure", "ha", "quy mô mô hình lúa chất lượng Hương Cốm 4 tại xã Hoa Thành", I(Q1)),
    F("Đô Thành (10 ha)", "10", 10, "measure", "ha", "quy mô mô hình lúa chất lượng Hương Cốm 4 tại xã Đô Thành", I(Q1)),
    F("Phúc Thành (8 ha)", "8", 8, "measure", "ha", "quy mô mô hình lúa chất lượng Hương Cốm 4 tại xã Phúc Thành", I(Q1)),
    F("quy mô 15 ha", "15", 15, "measure", "ha", "quy mô mô hình lạc giống L14 phủ nilon", I(Q1)),
    F("Hồng Thành 6 ha", "6", 6, "measure", "ha", "quy mô mô hình ngô sinh khối", I(Q1)),
    F("là 318 hộ", "318", 318, "count", "hộ", "hộ tham gia mô hình", I(Q1)),
    F("hỗ trợ 50% giá giống", "50", 50, "percent", "%", "mức hỗ trợ giá giống", I(Q1)),
    F("và 30% giá phân bón", "30", 30, "percent", "%", "mức hỗ trợ giá phân bón", I(Q1)),
    F("có 39 cán bộ", "39", 39, "count", "cán bộ", "cán bộ khuyến nông cơ sở"),
    F("1,03 cán bộ/xã", "1,03", 1.03, "measure", "cán bộ/xã", "cán bộ khuyến nông cơ sở bình quân mỗi xã"),
    F("tổ chức 150 lớp", "150", 150, "count", "lớp", "lớp tập huấn", Y("Năm 2024", 2024), status="target"),
    F("được 30,7% kế hoạch", "30,7", 30.7, "percent", "%", "tỷ lệ thực hiện kế hoạch tổ chức lớp tập huấn năm 2024",
      P("đến nay", None, "2024-03-14")),
]

COMMENTS = [
    "Cổng TTĐT huyện Yên Thành (district portal, Nghệ An): training classes (lớp tập huấn), demonstration models, extension staff, quý I/2024.",
    "Location is the district: communes (Hoa Thành, Đô Thành, ...) are below the spec's province/city/district level and stay 'Yên Thành'.",
    "'tăng 8 lớp so với cùng kỳ' is the change of 46 lớp (unit lớp), across the clause with 2.870 lượt nông dân.",
    "Headline 'trong quý I' has no year: takes 2024 from the dateline (published). '30,7% kế hoạch' after a target (150 lớp) is its own percent",
    "figure, actual, as of 'đến nay' (= dateline). Distractors: 'Hương Cốm 4', 'L14', 'khối 3', phone, 'quý II', 'ngày 25/3', 'UBND'.",
]

emit("p539-2", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Yên Thành")
