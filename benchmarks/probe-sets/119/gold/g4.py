from gen import *
D = P("Tính đến ngày 10/5/2024", None, "2024-05-10")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
figs = [
 F("có 1.008,5 km", "1.008,5", 1008.5, "measure", "km", "đê"),
 F("trong đó 314,6 km", "314,6", 314.6, "measure", "km", "đê từ cấp I đến cấp III", total=1008.5),
 F("và 693,9 km", "693,9", 693.9, "measure", "km", "đê cấp IV, cấp V và đê chưa phân cấp", total=1008.5),
 F("có 412 cống", "412", 412, "count", "cống", "cống dưới đê"),
 F("phát hiện 27 trọng điểm", "27", 27, "count", "trọng điểm", "trọng điểm xung yếu", change=C("increase", 3, "trọng điểm", "năm 2023")),
 F("có 9 trọng điểm", "9", 9, "count", "trọng điểm", "trọng điểm do cấp tỉnh quản lý", total=27),
 F("Có 16 vị trí", "16", 16, "count", "vị trí", "vị trí sạt lở bờ sông"),
 F("khoảng 8,7 km", "8,7", 8.7, "measure", "km", "tổng chiều dài sạt lở bờ sông", approx="about"),
 F("có 610 hồ chứa", "610", 610, "count", "hồ chứa", "hồ chứa thủy lợi"),
 F("gồm 6 hồ chứa", "6", 6, "count", "hồ chứa", "hồ chứa lớn", total=610),
 F("134 hồ chứa", "134", 134, "count", "hồ chứa", "hồ chứa vừa", total=610),
 F("470 hồ chứa", "470", 470, "count", "hồ chứa", "hồ chứa nhỏ", total=610),
 F("có 68 hồ", "68", 68, "count", "hồ", "hồ chứa thủy lợi", location="Như Thanh"),
 F("Như Xuân 57 hồ", "57", 57, "count", "hồ", "hồ chứa thủy lợi", location="Như Xuân"),
 F("589/610 hồ", "589", 589, "count", "hồ", "hồ có quy trình vận hành được phê duyệt", total=610, percent=96.6),
 F("là 74 hồ", "74", 74, "count", "hồ", "hồ bị hư hỏng, xuống cấp cần sửa chữa", percent=12.1),
 F("nâng cấp 31 hồ", "31", 31, "count", "hồ", "hồ được sửa chữa, nâng cấp", period=Y23),
 F("kinh phí 212,4 tỷ đồng", "212,4", 212.4e9, "money", "đồng", "tổng kinh phí sửa chữa, nâng cấp hồ", period=Y23),
 F("đạt 48% dung tích", "48", 48, "percent", "%", "dung tích trữ nước bình quân của các hồ chứa", period=D),
 F("đạt 56%", "56", 56, "percent", "%", "dung tích trữ nước hồ Cửa Đạt", period=D),
 F("đạt 41%", "41", 41, "percent", "%", "dung tích trữ nước hồ Yên Mỹ", period=D),
 F("sửa chữa 45 hồ", "45", 45, "count", "hồ chứa", "hồ chứa xung yếu được sửa chữa", status="target", period=Y24),
 F("dự kiến 350 tỷ đồng", "350", 350e9, "money", "đồng", "kinh phí sửa chữa hồ chứa xung yếu", status="forecast", period=Y24),
 F("100% hồ chứa", "100", 100, "percent", "%", "hồ chứa có phương án ứng phó thiên tai được phê duyệt", status="target", period=P("trước ngày 30/6/2024", None, "2024-06-30")),
]
write("p119-4.toml", """Báo cáo UBND tỉnh Thanh Hóa Số: 187/BC-UBND ngày 14/5/2024: kết quả kiểm tra an toàn đê điều, hồ đập trước mùa mưa lũ năm 2024.
Letterhead date is the published date. Breakdowns after "trong đó"/"gồm" add up to their whole (314,6+693,9 = 1.008,5; 6+134+470 = 610).
Distractors: 187/BC-UBND, Chỉ thị số 05/CT-UBND ngày 20/3/2024, headings I/II/1/2, cấp I-V (classes of dyke).""", "../articles/p119-4.txt", figs, published="2024-05-14", location="Thanh Hóa")
