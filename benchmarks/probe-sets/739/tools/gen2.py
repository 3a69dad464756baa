from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BẢO LÂM - TỈNH CAO BẰNG
Trang chủ | Tin tức | Văn hóa - Xã hội

Gần 1.500 học sinh khó khăn được tặng sách vở, đồng phục đầu năm học

Thứ Năm, 12/09/2024 - 15:30

Trước thềm năm học mới, Phòng Giáo dục và Đào tạo huyện phối hợp với Huyện đoàn, Hội Liên hiệp Phụ nữ và các nhà hảo tâm trao quà cho 1.486 học sinh có hoàn cảnh khó khăn tại 24 trường học trên địa bàn. Mỗi suất quà gồm bộ sách giáo khoa theo lớp, 10 quyển vở và 2 bộ đồng phục, trị giá khoảng 650.000 đồng. Tổng kinh phí hơn 966 triệu đồng, trong đó ngân sách huyện 420 triệu đồng, còn lại do doanh nghiệp và các nhà hảo tâm đóng góp.

Tại điểm trường Khuổi Ngọa thuộc Trường PTDT bán trú Tiểu học số 2 Đức Hạnh, cách trung tâm huyện 35 km, cô giáo Triệu Thị Lan cho biết nhiều em trước đây phải dùng chung sách với bạn.

Năm học 2024-2025, toàn huyện có 14.235 học sinh, trong đó học sinh dân tộc thiểu số chiếm 98,6%, học sinh thuộc hộ nghèo, hộ cận nghèo là 6.812 em. Theo Nghị định số 81/2021/NĐ-CP, học sinh ở các xã đặc biệt khó khăn được hỗ trợ chi phí học tập 150.000 đồng/tháng, thời gian hưởng không quá 9 tháng/năm học. Năm học 2023-2024, huyện đã chi trả hỗ trợ cho 5.690 học sinh với tổng số tiền 7,68 tỷ đồng, đạt 100% kế hoạch.

Bên cạnh đó, 100% trường tiểu học và trung học cơ sở của huyện đã xây dựng tủ sách dùng chung với tổng số 9.450 bản sách giáo khoa. Học sinh được mượn sách miễn phí, mỗi năm giúp phụ huynh tiết kiệm khoảng 180 triệu đồng.

Hoàng Thị Mai - Trung tâm Văn hóa, Thể thao và Truyền thông huyện
"""

NH24 = NH("Năm học 2024-2025", 2024)
NH23 = NH("Năm học 2023-2024", 2023)

FIG = [
    F("Gần 1.500 học sinh", "1.500", 1500, "count", "học sinh", "học sinh khó khăn được tặng sách vở, đồng phục", approx="nearly"),
    F("cho 1.486 học sinh", "1.486", 1486, "count", "học sinh", "học sinh có hoàn cảnh khó khăn được trao quà"),
    F("tại 24 trường học", "24", 24, "count", "trường học", "trường học có học sinh được trao quà"),
    F("10 quyển vở", "10", 10, "count", "quyển vở", "vở trong mỗi suất quà"),
    F("2 bộ đồng phục", "2", 2, "count", "bộ đồng phục", "đồng phục trong mỗi suất quà"),
    F("khoảng 650.000 đồng", "650.000", 650000, "money", "đồng", "trị giá mỗi suất quà", approx="about"),
    F("hơn 966 triệu đồng", "966", 966000000, "money", "đồng", "tổng kinh phí trao quà", approx="over"),
    F("huyện 420 triệu đồng", "420", 420000000, "money", "đồng", "kinh phí từ ngân sách huyện", total=966000000),
    F("35 km", "35", 35, "measure", "km", "khoảng cách từ điểm trường Khuổi Ngọa đến trung tâm huyện"),
    F("có 14.235 học sinh", "14.235", 14235, "count", "học sinh", "học sinh toàn huyện", NH24),
    F("chiếm 98,6%", "98,6", 98.6, "percent", "%", "học sinh dân tộc thiểu số", NH24),
    F("là 6.812 em", "6.812", 6812, "count", "em", "học sinh thuộc hộ nghèo, hộ cận nghèo", NH24, total=14235),
    F("150.000 đồng/tháng", "150.000", 150000, "money", "đồng/tháng",
      "hỗ trợ chi phí học tập cho học sinh ở các xã đặc biệt khó khăn"),
    F("không quá 9 tháng/năm học", "9", 9, "measure", "tháng/năm học", "thời gian hưởng hỗ trợ chi phí học tập",
      approx="at_most", optional=True),
    F("cho 5.690 học sinh", "5.690", 5690, "count", "học sinh", "học sinh được chi trả hỗ trợ chi phí học tập", NH23),
    F("7,68 tỷ đồng", "7,68", 7680000000, "money", "đồng", "tổng số tiền chi trả hỗ trợ chi phí học tập", NH23, percent=100),
    F("đó, 100% trường", "100", 100, "percent", "%", "trường tiểu học và trung học cơ sở xây dựng tủ sách dùng chung"),
    F("9.450 bản", "9.450", 9450, "count", "bản", "sách giáo khoa trong tủ sách dùng chung"),
    F("khoảng 180 triệu đồng", "180", 180000000, "money", "đồng", "tiền phụ huynh tiết kiệm mỗi năm nhờ mượn sách", approx="about"),
]

emit("p739-2", TEXT, [
    "District portal of Bảo Lâm (Cao Bằng), dateline 'Thứ Năm, 12/09/2024 - 15:30', byline at the end: gifts of books and uniforms,",
    "learning-cost support (Nghị định 81/2021), shared book cabinets. Figures describe the district, so location 'Bảo Lâm'.",
    "'Tiểu học số 2', '81/2021/NĐ-CP' are names/identifiers. 'không quá 9 tháng/năm học' is a policy duration: optional.",
    "'đạt 100% kế hoạch' is the share of 7,68 tỷ (the amount it follows), not of 5.690 học sinh.",
], FIG, published="2024-09-12", location="Bảo Lâm")
