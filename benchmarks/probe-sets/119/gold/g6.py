from gen import *
H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
figs = [
 F("CNCH xuất 387", "387", 387, "count", "lượt xe", "lượt xe lực lượng PCCC và CNCH xuất", period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30")),
 F("xảy ra 58 vụ cháy", "58", 58, "count", "vụ cháy", "vụ cháy", change=C("decrease", 11, "vụ", "cùng kỳ năm 2023"), period=H1),
 F("làm chết 2 người", "2", 2, "count", "người", "người chết do cháy", period=H1),
 F("bị thương 6 người", "6", 6, "count", "người", "người bị thương do cháy", period=H1),
 F("khoảng 9,7 tỷ đồng", "9,7", 9.7e9, "money", "đồng", "thiệt hại về tài sản", approx="about", status="estimate", period=H1),
 F("doanh 21 vụ", "21", 21, "count", "vụ", "cháy nhà ở riêng lẻ, nhà ở kết hợp kinh doanh", total=58, percent=36.2, period=H1i),
 F("kho xưởng 14 vụ", "14", 14, "count", "vụ", "cháy cơ sở sản xuất, kho xưởng", total=58, period=H1i),
 F("giao thông 9 vụ", "9", 9, "count", "vụ", "cháy phương tiện giao thông", total=58, period=H1i),
 F("nhất với 9 vụ", "9", 9, "count", "vụ", "vụ cháy", location="Lê Chân", period=H1i),
 F("Thủy Nguyên 8 vụ", "8", 8, "count", "vụ", "vụ cháy", location="Thủy Nguyên", period=H1i),
 F("Hồng Bàng 6 vụ", "6", 6, "count", "vụ", "vụ cháy", location="Hồng Bàng", period=H1i),
 F("đã xuất 387 lượt", "387", 387, "count", "lượt xe", "lượt xe chữa cháy, cứu nạn, cứu hộ", period=H1i),
 F("với 4.215 lượt", "4.215", 4215, "count", "lượt", "lượt cán bộ, chiến sĩ tham gia", period=H1i),
 F("cứu được 43 người", "43", 43, "count", "người", "người được cứu", period=H1i),
 F("có 12 trẻ em", "12", 12, "count", "trẻ em", "trẻ em được cứu", total=43, period=H1i),
 F("trục vớt 27 thi thể", "27", 27, "count", "thi thể", "thi thể nạn nhân đuối nước được tìm kiếm, trục vớt", period=H1i),
 F("tiếp nhận 1.962 cuộc gọi", "1.962", 1962, "count", "cuộc gọi", "cuộc gọi Tổng đài 114 tiếp nhận", period=H1i),
 F("chỉ có 312 cuộc gọi", "312", 312, "count", "cuộc gọi", "cuộc gọi báo cháy, cứu nạn, cứu hộ", total=1962, period=H1i),
 F("gần 84%", "84", 84, "percent", "%", "cuộc gọi quấy rối, gọi nhầm số", approx="nearly", period=H1i),
 F("kiểm tra 5.630 lượt", "5.630", 5630, "count", "lượt cơ sở", "lượt cơ sở được kiểm tra an toàn PCCC", period=H1i),
 F("phát hiện 1.278 vi phạm", "1.278", 1278, "count", "vi phạm", "vi phạm phát hiện", period=H1i),
 F("hành chính 173 trường hợp", "173", 173, "count", "trường hợp", "trường hợp bị xử phạt hành chính", period=H1i),
 F("tiền 2,86 tỷ đồng", "2,86", 2.86e9, "money", "đồng", "số tiền xử phạt hành chính", change=C("increase", 18.5, "%", "cùng kỳ"), period=H1i),
 F("động 24 cơ sở", "24", 24, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", period=H1i),
 F("hơn 16.000 lượt", "16.000", 16000, "count", "lượt người", "lượt người dân được tuyên truyền", approx="over", location="Hải Phòng", period=H1i),
 F("phấn đấu 100% cơ sở", "100", 100, "percent", "%", "cơ sở thuộc diện quản lý về PCCC được kiểm tra định kỳ", status="target", period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
 F("ít nhất 1 lần", "1", 1, "count", "lần", "thực tập phương án chữa cháy tại mỗi chung cư cao tầng", approx="at_least", status="target", period=P("6 tháng cuối năm", "2024-07-01", "2024-12-31")),
]
write("p119-6.toml", """Báo Hải Phòng (BHP): cháy, nổ và cứu nạn cứu hộ 6 tháng đầu năm 2024. Dateline 10/07/2024.
Later paragraphs inherit "6 tháng đầu năm 2024". 21 + 14 + 9 are parts after "Trong đó" of 58 (they need not add up).
"12 trẻ em" after "trong đó" is a part of the 43 people rescued. District list: Lê Chân, Thủy Nguyên, Hồng Bàng as locations.
Distractors: PC07, Tổng đài 114, Nghị định số 144/2021/NĐ-CP, khu vực số 3, số 25 đường Lạch Tray.""", "../articles/p119-6.toml".replace(".toml", ".txt"), figs, published="2024-07-10", location="Hải Phòng")
