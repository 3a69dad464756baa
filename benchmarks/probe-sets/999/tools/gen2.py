"""p999-2: huyện Hải Hậu (Nam Định) district portal, Tết gifts January 2025 and results of 2024."""
from lib import P, I, C, T, F, write

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ / Tin tức - Sự kiện / Lao động - Xã hội
Thứ Hai, 20/01/2025 - 14:05

Trao 1.250 suất quà Tết cho nạn nhân chất độc da cam

Chiều 19/1, tại Hội trường UBND huyện, Hội Nạn nhân chất độc da cam/dioxin (NNCĐDC) huyện Hải Hậu tổ chức trao quà Tết Nguyên đán Ất Tỵ cho nạn nhân có hoàn cảnh khó khăn. Dịp này, Hội đã trao tổng cộng 1.250 suất quà, mỗi suất trị giá 500.000 đồng, tổng trị giá 625 triệu đồng. Trong đó, Quỹ Bảo trợ nạn nhân huyện trao 820 suất, số còn lại do các doanh nghiệp, nhà hảo tâm ủng hộ.

Ông Trần Văn Tư, Chủ tịch Hội NNCĐDC huyện cho biết, toàn huyện hiện có 3.146 người bị nhiễm chất độc da cam, trong đó 1.872 nạn nhân đang hưởng trợ cấp ưu đãi hằng tháng; 214 gia đình có từ 2 nạn nhân trở lên. Năm 2024, Hội vận động được 2,35 tỷ đồng, tăng 310 triệu đồng so với năm 2023; hỗ trợ xây mới 9 nhà tình nghĩa, sửa chữa 6 nhà; tặng 45 xe lăn, xe lắc và tổ chức khám bệnh, cấp thuốc miễn phí cho 620 lượt nạn nhân. Hiện 35/35 xã, thị trấn đều có chi hội với 2.480 hội viên.

Bà Vũ Thị Năm (xóm 7, xã Hải Đông), có chồng là nạn nhân, xúc động: "Món quà tuy nhỏ nhưng là nguồn động viên lớn với gia đình tôi".

Năm 2025, Hội đặt mục tiêu vận động ít nhất 2,5 tỷ đồng, hỗ trợ xây mới 10 nhà và trao 150 suất học bổng cho con, cháu nạn nhân.

Phương Thảo - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
"""

NOTES = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): trao quà Tết Ất Tỵ (1/2025) và kết quả năm 2024 của Hội NNCĐDC huyện.",
    "Dateline 'Thứ Hai, 20/01/2025 - 14:05' gives published. Location is the district (Hải Hậu); xã Hải Đông lies in it.",
    "Distractors: names 'Trần Văn Tư', 'Vũ Thị Năm', 'xóm 7', 'Khu 4', 'Chiều 19/1', 'Tết Nguyên đán Ất Tỵ'.",
    "The gift figures take the event date 'Chiều 19/1' from the previous sentence (inherited, a single day).",
    "'820 suất' is part of the 1.250 suất quà (Trong đó after a sentence break). 'từ 2 nạn nhân trở lên' is a threshold: optional.",
]

DAY = P("Chiều 19/1", "2025-01-19", "2025-01-19", inherited=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Trao 1.250 suất quà Tết", "1.250", 1250, "count", "suất quà", "suất quà Tết trao cho nạn nhân chất độc da cam",
      DAY),
    F("tổng cộng 1.250 suất quà", "1.250", 1250, "count", "suất quà", "suất quà Tết trao cho nạn nhân", DAY),
    F("trị giá 500.000 đồng", "500.000", 500000, "money", "đồng/suất", "trị giá mỗi suất quà", DAY),
    F("tổng trị giá 625 triệu đồng", "625", 625e6, "money", "đồng", "tổng trị giá quà", DAY),
    F("huyện trao 820 suất", "820", 820, "count", "suất", "suất quà Quỹ Bảo trợ nạn nhân huyện trao", DAY,
      total=1250),
    F("hiện có 3.146 người", "3.146", 3146, "count", "người", "người bị nhiễm chất độc da cam"),
    F("trong đó 1.872 nạn nhân", "1.872", 1872, "count", "nạn nhân", "nạn nhân đang hưởng trợ cấp ưu đãi hằng tháng",
      total=3146),
    F("214 gia đình", "214", 214, "count", "gia đình", "gia đình có từ 2 nạn nhân trở lên"),
    F("có từ 2 nạn nhân trở lên", "2", 2, "count", "nạn nhân", approx="at_least", optional=True),
    F("được 2,35 tỷ đồng", "2,35", 2.35e9, "money", "đồng", "kinh phí Hội vận động", Y24,
      change=C("increase", 310e6, "đồng", "năm 2023")),
    F("xây mới 9 nhà tình nghĩa", "9", 9, "count", "nhà tình nghĩa", "nhà tình nghĩa xây mới", Y24),
    F("sửa chữa 6 nhà", "6", 6, "count", "nhà", "nhà sửa chữa", Y24),
    F("tặng 45 xe lăn", "45", 45, "count", "xe lăn, xe lắc", "xe lăn, xe lắc tặng nạn nhân", Y24),
    F("cho 620 lượt nạn nhân", "620", 620, "count", "lượt nạn nhân", "lượt nạn nhân được khám bệnh, cấp thuốc miễn phí",
      Y24),
    F("Hiện 35/35 xã", "35", 35, "count", "xã, thị trấn", "xã, thị trấn có chi hội", total=35),
    F("với 2.480 hội viên", "2.480", 2480, "count", "hội viên", "hội viên"),
    F("ít nhất 2,5 tỷ đồng", "2,5", 2.5e9, "money", "đồng", "kinh phí vận động", Y25, approx="at_least",
      status="target"),
    F("xây mới 10 nhà", "10", 10, "count", "nhà", "nhà xây mới", Y25, status="target"),
    F("trao 150 suất học bổng", "150", 150, "count", "suất học bổng", "suất học bổng cho con, cháu nạn nhân", Y25,
      status="target"),
]

if __name__ == "__main__":
    write("p999-2", TEXT, NOTES, FIGS, published="2025-01-20", location="Hải Hậu")
