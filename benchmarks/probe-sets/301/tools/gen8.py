from lib import F, P, C, T, emit

TEXT = """ỦY BAN AN TOÀN GIAO THÔNG QUỐC GIA
Trang chủ / Tin tức - Sự kiện / Tin hoạt động

Tổng kết năm 2023: Tai nạn giao thông giảm sâu cả 3 tiêu chí

1. Kết quả thực hiện năm 2023

Năm 2023, cả nước xảy ra 22.067 vụ tai nạn giao thông (giảm 16,3% so với năm 2022), làm chết 10.944 người (giảm 5,7%), bị thương 15.919 người (giảm 20,4%). Trong đó, tai nạn giao thông đường bộ chiếm 98,6% số vụ; đường sắt xảy ra 246 vụ, làm chết 162 người; đường thủy nội địa xảy ra 67 vụ, làm chết 58 người.

Lực lượng Cảnh sát giao thông trong năm đã phát hiện, xử lý hơn 5,2 triệu trường hợp vi phạm, phạt tiền gần 6,9 nghìn tỷ đồng, tước trên 453.000 giấy phép lái xe. Thực hiện Chỉ thị số 23-CT/TW của Ban Bí thư, việc xử lý nghiêm vi phạm nồng độ cồn đã tạo chuyển biến rõ rệt: số vụ tai nạn liên quan đến rượu, bia giảm 25-30% so với trước khi triển khai cao điểm.

Về kết cấu hạ tầng, các cơ quan chức năng đã xử lý 86 điểm đen và 254 điểm tiềm ẩn tai nạn giao thông trên hệ thống quốc lộ, với tổng kinh phí khoảng 1.240 tỷ đồng. Hiện cả nước còn 37 điểm đen chưa được xử lý, tập trung tại Quảng Ninh, Lạng Sơn, Nghệ An và Đắk Lắk. Thiệt hại kinh tế do tai nạn giao thông ước khoảng 2,5-3% GDP mỗi năm.

2. Nhiệm vụ năm 2024

Năm 2024, Ủy ban đề ra mục tiêu kéo giảm từ 5% đến 10% số người chết do tai nạn giao thông; tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm đạt trên 98%. Theo dự báo, năm 2024 sẽ có thêm khoảng 1,1 triệu phương tiện đường bộ đăng ký mới, trong đó ô tô chiếm gần 40%.

Văn phòng Ủy ban: số 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội; điện thoại 024.3942.4106.
"""

Y = P("Năm 2023", "2023-01-01", "2023-12-31")
Yi = P("Năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y4 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("cả 3 tiêu chí", "3", 3, "count", "tiêu chí", optional=True),
    F("xảy ra 22.067 vụ", "22.067", 22067, "count", "vụ", "vụ tai nạn giao thông", Y,
      change=C("decrease", 16.3, "%", "năm 2022")),
    F("làm chết 10.944 người", "10.944", 10944, "count", "người", "người chết do tai nạn giao thông", Y,
      change=C("decrease", 5.7, "%")),
    F("bị thương 15.919 người", "15.919", 15919, "count", "người", "người bị thương do tai nạn giao thông", Y,
      change=C("decrease", 20.4, "%")),
    F("chiếm 98,6%", "98,6", 98.6, "percent", "%", "tai nạn giao thông đường bộ trong số vụ", Yi),
    F("xảy ra 246 vụ", "246", 246, "count", "vụ", "vụ tai nạn giao thông đường sắt", Yi, total=22067),
    F("làm chết 162 người", "162", 162, "count", "người", "người chết do tai nạn giao thông đường sắt", Yi, total=10944),
    F("xảy ra 67 vụ", "67", 67, "count", "vụ", "vụ tai nạn giao thông đường thủy nội địa", Yi, total=22067),
    F("làm chết 58 người", "58", 58, "count", "người", "người chết do tai nạn giao thông đường thủy nội địa", Yi, total=10944),
    F("hơn 5,2 triệu", "5,2", 5.2e6, "count", "trường hợp", "trường hợp vi phạm phát hiện, xử lý",
      P("trong năm", "2023-01-01", "2023-12-31"), approx="over"),
    F("gần 6,9 nghìn tỷ", "6,9", 6.9e12, "money", "đồng", "tiền phạt",
      P("trong năm", "2023-01-01", "2023-12-31"), approx="nearly"),
    F("trên 453.000", "453.000", 453000, "count", "giấy phép lái xe", "giấy phép lái xe bị tước",
      P("trong năm", "2023-01-01", "2023-12-31"), approx="over"),
    F("giảm 25-30%", "25", 25, "percent", "%", "số vụ tai nạn liên quan đến rượu, bia", Yi, value_max=30),
    F("xử lý 86 điểm đen", "86", 86, "count", "điểm đen", "điểm đen đã xử lý trên hệ thống quốc lộ", Yi),
    F("254 điểm tiềm ẩn", "254", 254, "count", "điểm", "điểm tiềm ẩn tai nạn giao thông đã xử lý", Yi),
    F("khoảng 1.240 tỷ", "1.240", 1.24e12, "money", "đồng", "tổng kinh phí xử lý điểm đen, điểm tiềm ẩn", Yi, approx="about"),
    F("còn 37 điểm đen", "37", 37, "count", "điểm đen", "điểm đen chưa được xử lý"),
    F("khoảng 2,5-3%", "2,5", 2.5, "percent", "%", "thiệt hại kinh tế do tai nạn giao thông so với GDP",
      value_max=3, approx="about", status="estimate"),
    F("từ 5% đến 10%", "5", 5, "percent", "%", "mức kéo giảm số người chết do tai nạn giao thông", Y4,
      value_max=10, status="target"),
    F("trên 98%", "98", 98, "percent", "%", "tỷ lệ người đi mô tô, xe máy đội mũ bảo hiểm",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("khoảng 1,1 triệu", "1,1", 1.1e6, "count", "phương tiện", "phương tiện đường bộ đăng ký mới", Y4,
      approx="about", status="forecast"),
    F("gần 40%", "40", 40, "percent", "%", "ô tô trong số phương tiện đăng ký mới", Y4,
      approx="nearly", status="forecast"),
]

HEADER = """Ministry-level site (Ủy ban An toàn giao thông Quốc gia): review of 2023 and tasks for 2024. No dateline anywhere (published not given).
Bracketed changes '(giảm 16,3% so với năm 2022)', '(giảm 5,7%)', '(giảm 20,4%)' belong to the figure before each bracket.
'Trong đó' after a sentence break: rail / inland-water parts take totals 22.067 vụ / 10.944 người; 'đường bộ chiếm 98,6% số vụ' is a percent figure.
'trong năm' is the year 2023 of the heading/previous sentence. 'giảm 25-30% so với trước khi ...' a growth-rate claim (percent range).
'ước khoảng 2,5-3% GDP mỗi năm': estimate, approx about, no period. '37 điểm đen ... tập trung tại Quảng Ninh, ...' is national (list after a national count).
2024: '5% đến 10%' and 'trên 98%' targets; '1,1 triệu' and 'trong đó ô tô chiếm gần 40%' forecast (the cue 'Theo dự báo' governs the continuing clause).
Distractors: section numbers '1.' '2.', Chỉ thị số 23-CT/TW, address 'số 80 Trần Hưng Đạo', phone 024.3942.4106, 'Hà Nội' in the address (not the location)."""

emit("p301-8", TEXT, figs, HEADER, location="Việt Nam")
