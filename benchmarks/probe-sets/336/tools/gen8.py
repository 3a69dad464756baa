from lib import F, P, emit
text = """Sóc Trăng nâng cao tỷ lệ biết chữ trong đồng bào Khmer
Cập nhật: 03/10/2024

(STO) - Từ đầu năm đến nay, ngành giáo dục tỉnh đã mở 57 lớp xóa mù chữ và sau xóa mù chữ, thu hút 1.364 học viên, trong đó học viên là người dân tộc Khmer có 1.092 người, chiếm 80,1%. Riêng quý III/2024 mở 19 lớp với 447 học viên.

Tính đến ngày 30/9/2024, tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 của tỉnh đạt 94,87%, tăng 0,92% so với cùng thời điểm năm 2023; riêng đồng bào Khmer đạt 91,3%. Các địa phương có tỷ lệ cao là thành phố Sóc Trăng (98,6%), huyện Châu Thành (96,2%); thấp nhất là thị xã Vĩnh Châu (89,4%) và huyện Trần Đề (90,7%).

9 tháng năm 2024, toàn tỉnh có 108/108 xã, phường, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 1 và 97 xã đạt mức độ 2, chiếm 89,8%. Kinh phí dạy xóa mù chữ ước thực hiện khoảng 2,37 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,5 tỷ đồng.

Một điểm mới là 100% lớp học ở vùng đồng bào Khmer được bố trí giáo viên song ngữ Khmer - Việt, phối hợp với các chùa Khmer tổ chức lớp học vào buổi tối. Toàn tỉnh hiện có 92 chùa Khmer tham gia, với hơn 260 sư sãi hỗ trợ vận động người dân đi học.

Bà Trần Thị Thúy, Phó Giám đốc Sở GD&ĐT, cho biết: "Năm 2024, tỉnh phấn đấu mở từ 70 đến 75 lớp, tỷ lệ biết chữ mức độ 2 độ tuổi 15-60 đạt 95%. Đến năm 2025, 100% xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2".

Đường dây nóng: 0299.3822.547 - Email: toasoan@baosoctrang.org.vn

Lượt xem: 864
"""
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-03", inh=True)
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("Đến năm 2025", None, "2025-12-31")
LIT2 = "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2"
figs = [
    F("mở 57 lớp", "57", 57, "count", "lớp", "lớp xóa mù chữ và sau xóa mù chữ", period=YTD),
    F("thu hút 1.364 học viên", "1.364", 1364, "count", "học viên", "học viên lớp xóa mù chữ và sau xóa mù chữ", period=YTD),
    F("có 1.092 người", "1.092", 1092, "count", "người", "học viên là người dân tộc Khmer", total=1364, percent=80.1, period=YTD),
    F("mở 19 lớp", "19", 19, "count", "lớp", "lớp xóa mù chữ", period=Q3),
    F("với 447 học viên", "447", 447, "count", "học viên", "học viên lớp xóa mù chữ", period=Q3),
    F("từ 15 đến 60 tuổi", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt 94,87%", "94,87", 94.87, "percent", "%", LIT2, period=AS,
      change={"direction": "increase", "value": 0.92, "unit": "%", "baseline": "cùng thời điểm năm 2023"}),
    F("Khmer đạt 91,3%", "91,3", 91.3, "percent", "%", "tỷ lệ người từ 15 đến 60 tuổi biết chữ mức độ 2 của đồng bào Khmer", period=AS),
    F("Sóc Trăng (98,6%)", "98,6", 98.6, "percent", "%", LIT2, location="TP Sóc Trăng", period=ASi),
    F("Châu Thành (96,2%)", "96,2", 96.2, "percent", "%", LIT2, location="Châu Thành", period=ASi),
    F("Vĩnh Châu (89,4%)", "89,4", 89.4, "percent", "%", LIT2, location="Vĩnh Châu", period=ASi),
    F("Trần Đề (90,7%)", "90,7", 90.7, "percent", "%", LIT2, location="Trần Đề", period=ASi),
    F("có 108/108", "108", 108, "count", "xã, phường, thị trấn", "xã, phường, thị trấn duy trì đạt chuẩn xóa mù chữ mức độ 1", total=108, period=M9),
    F("và 97 xã", "97", 97, "count", "xã", "xã đạt chuẩn xóa mù chữ mức độ 2", percent=89.8, period=M9),
    F("khoảng 2,37 tỷ đồng", "2,37", 2.37e9, "money", "đồng", "kinh phí dạy xóa mù chữ", approx="about", status="estimate", period=M9i),
    F("hỗ trợ 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "ngân sách tỉnh hỗ trợ kinh phí dạy xóa mù chữ", total=2.37e9, status="estimate", period=M9i),
    F("100% lớp học", "100", 100, "percent", "%", "lớp học vùng đồng bào Khmer được bố trí giáo viên song ngữ Khmer - Việt", period=M9i),
    F("có 92 chùa", "92", 92, "count", "chùa Khmer", "chùa Khmer tham gia tổ chức lớp học", period=M9i),
    F("hơn 260 sư sãi", "260", 260, "count", "sư sãi", "sư sãi hỗ trợ vận động người dân đi học", approx="over", period=M9i),
    F("từ 70 đến 75 lớp", "70", 70, "count", "lớp", "lớp xóa mù chữ", value_max=75, status="target", period=Y24),
    F("độ tuổi 15-60", "15", 15, "measure", "tuổi", value_max=60, optional=True),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ biết chữ mức độ 2 độ tuổi 15-60", status="target", period=Y24),
    F("2025, 100% xã", "100", 100, "percent", "%", "xã, phường, thị trấn đạt chuẩn xóa mù chữ mức độ 2", status="target", period=T25),
]
emit("p336-8", text, [
    "Báo Sóc Trăng (Party newspaper, tag '(STO) -'): xóa mù chữ in the Khmer community, 9 months 2024. 'Cập nhật: 03/10/2024' (no time); 'Lượt xem: 864' is furniture.",
    "'Từ đầu năm đến nay' = 2024-01-01 .. published. 'trong đó … Khmer có 1.092 người, chiếm 80,1%' after 1.364 học viên (same learners): total 1364, percent 80.1.",
    "'Tính đến ngày 30/9/2024' is as-of (end only). District list: 'thành phố Sóc Trăng' is the provincial city (location TP Sóc Trăng), others districts/town.",
    "'97 xã …, chiếm 89,8%': percent of 97 (no total: the 108 are a different set, mức độ 1). Kinh phí 'ước thực hiện khoảng 2,37 tỷ': estimate, about;",
    "'trong đó ngân sách tỉnh hỗ trợ 1,5 tỷ' is its part (total 2,37 tỷ) and shares the estimate. Quote 'Năm 2024, tỉnh phấn đấu …' and 'Đến năm 2025, 100% …': targets.",
    "Optional: age bounds. Distractors: hotline 0299.3822.547, e-mail, dateline, view counter, 'mức độ 1/2'.",
], figs, published="2024-10-03", location="Sóc Trăng")
