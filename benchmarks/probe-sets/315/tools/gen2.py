from lib import F, P, C, T, write

TEXT = """Chợ Mới chủ động ứng phó sạt lở bờ sông mùa mưa lũ
Ngày đăng: 05/08/2024 | Lượt xem: 874

Từ đầu năm đến nay, trên địa bàn huyện Chợ Mới đã xảy ra 27 vụ sạt lở bờ sông, tổng chiều dài 1.146 m, làm 41 căn nhà bị ảnh hưởng; trong đó 12 căn nhà bị sụp hoàn toàn xuống sông. Các vụ sạt lở tập trung trên tuyến sông Tiền và sông Hậu, nhiều nhất tại xã Kiến An (8 vụ), Mỹ Hội Đông (6 vụ) và Nhơn Mỹ (5 vụ).

Ước tính tổng thiệt hại do sạt lở khoảng 9,8 tỷ đồng, tăng gần 2,3 tỷ đồng so với cùng kỳ năm trước.

Huyện đã di dời khẩn cấp 146 hộ dân ra khỏi vùng nguy hiểm, trong đó 58 hộ được bố trí vào cụm dân cư Mỹ Hội Đông 2, số còn lại tự di dời hoặc ở nhờ nhà người thân. Mỗi hộ bị sụp nhà được hỗ trợ khẩn cấp 40 triệu đồng; mỗi hộ phải di dời được hỗ trợ 20 triệu đồng.

Trong 6 tháng đầu năm, UBND huyện đã chi hơn 3,5 tỷ đồng từ nguồn dự phòng ngân sách huyện để khắc phục hậu quả, đồng thời đề nghị UBND tỉnh hỗ trợ 25 tỷ đồng xây dựng kè tạm tại 3 điểm xung yếu có tổng chiều dài khoảng 700 m.

Theo dự báo của Đài Khí tượng Thủy văn tỉnh, mực nước đầu nguồn sông Tiền tại Tân Châu có thể đạt mức 3,2 - 3,5 m vào cuối tháng 9, cao hơn trung bình nhiều năm khoảng 0,3 m; nguy cơ sạt lở còn diễn biến phức tạp. Người dân phát hiện vết nứt, sụt lún cần báo ngay cho chính quyền địa phương hoặc gọi đường dây nóng 0296.3883.248.

Văn phòng HĐND và UBND huyện Chợ Mới
Địa chỉ: số 12 đường Trần Hưng Đạo, thị trấn Chợ Mới
"""

PN = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-05")
PI = P("Từ đầu năm đến nay", "2024-01-01", "2024-08-05", inh=True)
FIGS = [
    F("xảy ra 27 vụ", "27", 27, "count", "vụ sạt lở", "vụ sạt lở bờ sông", period=PN),
    F("dài 1.146 m", "1.146", 1146, "measure", "m", "tổng chiều dài sạt lở", period=PN),
    F("làm 41 căn nhà", "41", 41, "count", "căn nhà", "căn nhà bị ảnh hưởng", period=PN),
    F("đó 12 căn nhà", "12", 12, "count", "căn nhà", "căn nhà bị sụp hoàn toàn xuống sông", total=41, period=PN),
    F("Kiến An (8 vụ)", "8", 8, "count", "vụ", "vụ sạt lở", period=PI),
    F("Mỹ Hội Đông (6 vụ)", "6", 6, "count", "vụ", "vụ sạt lở", period=PI),
    F("Nhơn Mỹ (5 vụ)", "5", 5, "count", "vụ", "vụ sạt lở", period=PI),
    F("khoảng 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "tổng thiệt hại do sạt lở", approx="about",
      status="estimate", change=C("increase", 2.3e9, "đồng", "cùng kỳ năm trước", approx="nearly"), period=PI),
    F("khẩn cấp 146 hộ", "146", 146, "count", "hộ", "hộ dân di dời khẩn cấp ra khỏi vùng nguy hiểm", period=PI),
    F("đó 58 hộ", "58", 58, "count", "hộ", "hộ được bố trí vào cụm dân cư", total=146, period=PI),
    F("khẩn cấp 40 triệu đồng", "40", 40e6, "money", "đồng", "hỗ trợ khẩn cấp mỗi hộ bị sụp nhà"),
    F("hỗ trợ 20 triệu đồng", "20", 20e6, "money", "đồng", "hỗ trợ mỗi hộ phải di dời"),
    F("hơn 3,5 tỷ đồng", "3,5", 3.5e9, "money", "đồng", "chi từ nguồn dự phòng ngân sách huyện để khắc phục hậu quả",
      approx="over", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
    F("hỗ trợ 25 tỷ đồng", "25", 25e9, "money", "đồng", "đề nghị tỉnh hỗ trợ xây dựng kè tạm"),
    F("tại 3 điểm", "3", 3, "count", "điểm", "điểm xung yếu"),
    F("khoảng 700 m", "700", 700, "measure", "m", "tổng chiều dài điểm xung yếu", approx="about"),
    F("mức 3,2 - 3,5 m", "3,2", 3.2, "measure", "m", "mực nước đầu nguồn sông Tiền", value_max=3.5,
      status="forecast", change=C("increase", 0.3, "m", "trung bình nhiều năm", approx="about"), location="Tân Châu"),
]
HEADER = [
    "Cổng TTĐT huyện Chợ Mới, An Giang (district portal): riverbank erosion from the start of 2024, households moved, emergency support.",
    "Dateline 'Ngày đăng: 05/08/2024 | Lượt xem: 874'. 'Từ đầu năm đến nay' = 2024-01-01 to the dateline; later paragraphs inherit it.",
    "Distractors: counter, 'cụm dân cư Mỹ Hội Đông 2' (name), phone 0296.3883.248, address 'số 12 đường Trần Hưng Đạo', 'cuối tháng 9'.",
    "Commune items (xã Kiến An …) keep the district as location (FIGURES.md: province, city or district); no total (no cue).",
    "'tăng gần 2,3 tỷ đồng so với cùng kỳ' is the change of 9,8 tỷ (money change in đồng). The range 3,2 - 3,5 m is a forecast at Tân Châu",
    "(a town: its location) with change 'cao hơn … khoảng 0,3 m'. 25 tỷ is a requested amount: actual, no period.",
]
write("p315-2", TEXT, HEADER, FIGS, published="2024-08-05", location="Chợ Mới")
