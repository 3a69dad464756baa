"""p1208-2: district portal (huyện Hải Hậu, Nam Định): 12 gratitude houses handed over, July 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Hỏi đáp

Hải Hậu bàn giao 12 nhà tình nghĩa dịp kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ

Thứ Sáu, 26/07/2024 - 09:35

Sáng 25/7, UBND huyện tổ chức lễ bàn giao 12 nhà tình nghĩa cho các gia đình chính sách có hoàn cảnh khó khăn tại 9 xã, thị trấn. Tổng kinh phí xây dựng trên 1,1 tỷ đồng, trong đó Quỹ Đền ơn đáp nghĩa huyện hỗ trợ 720 triệu đồng (60 triệu đồng/nhà), số còn lại do gia đình, dòng họ đối ứng.

Ông Vũ Văn Thành (74 tuổi, thương binh hạng 2/4, ở xóm 5, xã Hải Quang) xúc động nhận chìa khóa ngôi nhà mới rộng 54 m2. Ông có hai người anh trai là liệt sĩ; căn nhà cũ xây từ thời bao cấp đã xuống cấp nặng, mùa mưa bão nào cũng dột. Ngôi nhà mới khởi công đầu tháng 5, tổng chi phí khoảng 165 triệu đồng, trong đó con cháu góp gần 100 triệu đồng.

6 tháng đầu năm, Quỹ Đền ơn đáp nghĩa huyện vận động được 1,85 tỷ đồng, bằng 92,5% kế hoạch năm, tăng 14% so với cùng kỳ. Từ nguồn quỹ, huyện đã hỗ trợ xây mới 21 nhà, sửa chữa 34 nhà tình nghĩa; tặng 150 sổ tiết kiệm, mỗi sổ trị giá từ 2 đến 5 triệu đồng.

Hiện toàn huyện có 3.472 người có công với cách mạng đang hưởng trợ cấp ưu đãi hằng tháng; 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của người dân nơi cư trú. Năm 2024, huyện phấn đấu xây mới, sửa chữa ít nhất 60 nhà tình nghĩa; dự kiến trong quý IV khởi công thêm 8 nhà.

Thu Hà (Trung tâm VH-TT&TT huyện)

Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.215
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("trong quý IV", "2024-10-01", "2024-12-31")

FIGS = [
    F("Hải Hậu bàn giao 12 nhà", "12", 12, "count", "nhà tình nghĩa", subject="nhà tình nghĩa bàn giao"),
    F("lễ bàn giao 12 nhà", "12", 12, "count", "nhà tình nghĩa",
      subject="nhà tình nghĩa bàn giao cho các gia đình chính sách có hoàn cảnh khó khăn"),
    F("tại 9 xã", "9", 9, "count", "xã, thị trấn", subject="xã, thị trấn có nhà tình nghĩa được bàn giao"),
    F("trên 1,1 tỷ", "1,1", 1100000000, "money", "đồng", approx="over", subject="tổng kinh phí xây dựng"),
    F("hỗ trợ 720 triệu", "720", 720000000, "money", "đồng", total=1100000000,
      subject="Quỹ Đền ơn đáp nghĩa huyện hỗ trợ"),
    F("(60 triệu đồng/nhà)", "60", 60000000, "money", "đồng/nhà",
      subject="mức hỗ trợ của Quỹ Đền ơn đáp nghĩa huyện"),
    F("74 tuổi", "74", 74, "measure", "tuổi", optional=True, subject="tuổi ông Vũ Văn Thành"),
    F("rộng 54 m2", "54", 54, "measure", "m2", subject="diện tích ngôi nhà mới"),
    F("có hai người anh trai", "hai", 2, "count", "người anh trai", subject="người anh trai là liệt sĩ"),
    F("khoảng 165 triệu", "165", 165000000, "money", "đồng", approx="about",
      subject="tổng chi phí ngôi nhà mới"),
    F("gần 100 triệu", "100", 100000000, "money", "đồng", approx="nearly", total=165000000,
      subject="con cháu góp"),
    F("được 1,85 tỷ", "1,85", 1850000000, "money", "đồng", percent=92.5,
      change=C("increase", 14, "%", "cùng kỳ"),
      subject="Quỹ Đền ơn đáp nghĩa huyện vận động được", period=H1),
    F("xây mới 21 nhà", "21", 21, "count", "nhà", subject="nhà tình nghĩa xây mới từ nguồn quỹ", period=I(H1)),
    F("sửa chữa 34 nhà", "34", 34, "count", "nhà", subject="nhà tình nghĩa sửa chữa từ nguồn quỹ", period=I(H1)),
    F("tặng 150 sổ", "150", 150, "count", "sổ tiết kiệm", subject="sổ tiết kiệm tặng", period=I(H1)),
    F("từ 2 đến 5 triệu", "2", 2000000, "money", "đồng/sổ", value_max=5000000,
      subject="trị giá mỗi sổ tiết kiệm", period=I(H1)),
    F("có 3.472 người", "3.472", 3472, "count", "người có công",
      subject="người có công với cách mạng đang hưởng trợ cấp ưu đãi hằng tháng"),
    F("100% gia đình", "100", 100, "percent", "%",
      subject="gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình"),
    F("ít nhất 60 nhà", "60", 60, "count", "nhà tình nghĩa", approx="at_least", status="target",
      subject="nhà tình nghĩa xây mới, sửa chữa", period=Y24),
    F("thêm 8 nhà", "8", 8, "count", "nhà", status="forecast", subject="nhà khởi công thêm", period=Q4),
]

NOTES = [
    "District portal (huyện Hải Hậu, Nam Định): handover of 12 gratitude houses; dateline 'Thứ Sáu, 26/07/2024 - 09:35'.",
    "Distractors: '77 năm Ngày Thương binh - Liệt sĩ' (anniversary name), 'Sáng 25/7', 'thương binh hạng 2/4' (a grade, not 2 of 4),",
    "'xóm 5', 'đầu tháng 5', 'Khu 4', phone 0228.3877.215, time 09:35.",
    "'Sáng 25/7' is a day, not a spec period: the handover figures carry no period (unscored). '74 tuổi' optional.",
    "'6 tháng đầu năm' takes 2024 from the dateline. 'quý IV' too. 'mỗi sổ trị giá từ 2 đến 5 triệu đồng' is a per-book range: đồng/sổ.",
    "'trong đó con cháu góp gần 100 triệu' → total 165 triệu; '720 triệu' after 'trong đó' → total 1,1 tỷ.",
    "Default location Hải Hậu (district portal); xã Hải Quang lies in it.",
]

if __name__ == "__main__":
    write("p1208-2", TEXT, NOTES, FIGS, published="2024-07-26", location="Hải Hậu")
