from gen import *
HL = P("từ ngày 27/4 đến hết ngày 1/5/2024", "2024-04-27", "2024-05-01")
HLi = P("từ ngày 27/4 đến hết ngày 1/5/2024", "2024-04-27", "2024-05-01", inherited=True)
CK = "cùng kỳ năm 2023"
figs = [
 F("giảm cả 3 tiêu chí", "3", 3, "count", "tiêu chí", "tiêu chí tai nạn giao thông giảm", optional=True),
 F("xảy ra 4 vụ", "4", 4, "count", "vụ", "vụ tai nạn giao thông", change=C("decrease", 3, "vụ", CK), period=HL),
 F("làm chết 3 người", "3", 3, "count", "người", "người chết do tai nạn giao thông", change=C("decrease", 2, "người", CK), period=HL),
 F("bị thương 2 người", "2", 2, "count", "người", "người bị thương do tai nạn giao thông", change=C("decrease", 4, "người", CK), period=HL),
 F("Thủ Dầu Một (1 vụ)", "1", 1, "count", "vụ", "vụ tai nạn giao thông", location="Thủ Dầu Một", period=HLi),
 F("Dĩ An (2 vụ)", "2", 2, "count", "vụ", "vụ tai nạn giao thông", location="Dĩ An", period=HLi),
 F("Bến Cát (1 vụ)", "1", 1, "count", "vụ", "vụ tai nạn giao thông", location="Bến Cát", period=HLi),
 F("xử lý 2.468 trường hợp", "2.468", 2468, "count", "trường hợp", "trường hợp vi phạm bị kiểm tra, xử lý", period=HLi),
 F("hơn 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", "phạt tiền", approx="over", period=HLi),
 F("tạm giữ 35 ô tô", "35", 35, "count", "ô tô", "ô tô bị tạm giữ", period=HLi),
 F("612 mô tô", "612", 612, "count", "mô tô", "mô tô bị tạm giữ", period=HLi),
 F("tước 398 giấy phép", "398", 398, "count", "giấy phép lái xe", "giấy phép lái xe bị tước", period=HLi),
 F("cồn 1.327 trường hợp", "1.327", 1327, "count", "trường hợp", "vi phạm nồng độ cồn", total=2468, percent=53.8, period=HLi),
 F("định 416 trường hợp", "416", 416, "count", "trường hợp", "vi phạm chạy quá tốc độ quy định", total=2468, period=HLi),
 F("tăng khoảng 30%", "30", 30, "percent", "%", "lưu lượng phương tiện qua cầu Phú Cường và vòng xoay An Phú", approx="about", period=P("Ngày 27/4", "2024-04-27", "2024-04-27")),
 F("phục vụ 1.850 chuyến", "1.850", 1850, "count", "chuyến xe", "chuyến xe Bến xe khách Bình Dương phục vụ", period=HLi),
 F("hơn 41.000 lượt khách", "41.000", 41000, "count", "lượt khách", "lượt khách Bến xe khách Bình Dương phục vụ", approx="over", change=C("increase", 12, "%", "dịp lễ năm 2023"), period=HLi),
 F("khoảng 185.000 lượt", "185.000", 185000, "count", "lượt khách", "lượt khách các khu du lịch đón", approx="about", period=HLi),
 F("hơn 95.000 lượt", "95.000", 95000, "count", "lượt", "lượt khách Khu du lịch Đại Nam đón", approx="over", total=185000, period=HLi),
 F("huy động 1.120 lượt", "1.120", 1120, "count", "lượt", "lượt cán bộ, chiến sĩ bảo đảm trật tự an toàn giao thông", change=C("increase", 15, "%", "dịp lễ năm trước"), period=HLi),
 F("bố trí 24 tổ", "24", 24, "count", "tổ", "tổ tuần tra, kiểm soát"),
]
write("p119-5.toml", """Báo Bình Dương (style): tai nạn giao thông và xử lý vi phạm dịp nghỉ lễ 30/4-1/5/2024 (27/4-1/5/2024). Dateline 02/05/2024.
The holiday period is stated in the first sentence; later "Trong dịp lễ" figures inherit it.
"Trong đó, vi phạm nồng độ cồn ..." follows 398 GPLX, but the whole counting the same thing (trường hợp vi phạm) is 2.468; 53,8% = 1.327/2.468.
Distractors: 5 ngày nghỉ lễ, 30/4 - 1/5, Quốc lộ 13, ĐT743, 24/24 giờ, phone. "3 tiêu chí" in the headline is structure (optional).""", "../articles/p119-5.txt", figs, published="2024-05-02", location="Bình Dương")
