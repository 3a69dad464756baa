"""p1086-5: Party/provincial newspaper (Báo Nghệ An style), construction noise at night in TP Vinh, 2023."""
from lib import F, P, I, C, T, write_set

TEXT = """Người dân mất ngủ vì công trình thi công xuyên đêm

Nhiều tuần nay, hàng trăm hộ dân ở khối 12, phường Hưng Phúc, TP Vinh phải chịu cảnh tiếng máy khoan cọc, xe bồn chở bê tông hoạt động xuyên đêm từ công trình tòa nhà chung cư cao 25 tầng trên đường Lê Nin.

Theo phản ánh của người dân, từ đầu tháng 10 đến nay đã có 37 lượt đơn thư, phản ánh gửi UBND phường và đường dây nóng của thành phố. Ngày 8/11, Phòng Tài nguyên và Môi trường TP Vinh đã đo tiếng ồn tại 5 vị trí xung quanh công trình vào khoảng 23 giờ 30. Kết quả cho thấy độ ồn dao động từ 68,5 đến 79,2 dBA, trong khi quy chuẩn cho phép đối với khu dân cư trong khung giờ từ 21 giờ đến 6 giờ là 55 dBA. Như vậy, độ ồn tại công trình vượt quy chuẩn từ 13,5 đến 24,2 dBA.

Căn cứ Nghị định số 45/2022/NĐ-CP, UBND TP Vinh đã ra quyết định xử phạt chủ đầu tư 90 triệu đồng về hành vi gây tiếng ồn vượt quy chuẩn kỹ thuật từ 10 dBA đến dưới 15 dBA, đồng thời yêu cầu chỉ thi công các hạng mục gây ồn từ 6 giờ đến 22 giờ.

Theo thống kê của UBND TP Vinh, 10 tháng năm 2023, thành phố tiếp nhận 214 phản ánh về tiếng ồn, trong đó 96 phản ánh liên quan đến công trình xây dựng, chiếm 44,9%, tăng gần 1,5 lần so với cùng kỳ năm 2022. Từ đầu năm đến nay, thành phố đã xử phạt 11 chủ đầu tư, nhà thầu vi phạm về tiếng ồn với tổng số tiền 418 triệu đồng, tăng 2,3 lần so với năm 2022. Hiện trên địa bàn thành phố có 63 công trình được cấp phép thi công ngoài giờ hành chính.

Ông Trần Văn Chín, Phó Chủ tịch UBND phường Hưng Phúc cho biết, phường sẽ phối hợp với các phòng chuyên môn giám sát chặt công trình; nếu tái phạm lần thứ 2, thành phố sẽ đề nghị đình chỉ thi công.

THANH HẢI
18/11/2023
"""

OCT = P("từ đầu tháng 10 đến nay", "2023-10-01", "2023-11-18")
DAY = P("Ngày 8/11", "2023-11-08", "2023-11-08")
YTD = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-18")
M10 = P("10 tháng năm 2023", "2023-01-01", "2023-10-31")

FIGS = [
    F("hàng trăm hộ dân", "trăm", 100, "count", "hộ dân",
      "hộ dân chịu tiếng ồn từ công trình", approx="about", optional=True),
    F("cao 25 tầng", "25", 25, "measure", "tầng", "chiều cao tòa nhà chung cư", optional=True),
    F("có 37 lượt", "37", 37, "count", "lượt đơn thư, phản ánh",
      "đơn thư, phản ánh gửi UBND phường và đường dây nóng", OCT),
    F("tại 5 vị trí", "5", 5, "count", "vị trí", "vị trí đo tiếng ồn xung quanh công trình", DAY),
    F("từ 68,5 đến 79,2 dBA", "68,5", 68.5, "measure", "dBA", "độ ồn xung quanh công trình",
      I(DAY), value_max=79.2),
    F("là 55 dBA", "55", 55, "measure", "dBA",
      "quy chuẩn độ ồn cho phép đối với khu dân cư từ 21 giờ đến 6 giờ", optional=True),
    F("từ 13,5 đến 24,2 dBA", "13,5", 13.5, "measure", "dBA", "mức độ ồn vượt quy chuẩn tại công trình",
      I(DAY), value_max=24.2),
    F("chủ đầu tư 90 triệu đồng", "90", 90e6, "money", "đồng", "số tiền xử phạt chủ đầu tư"),
    F("từ 10 dBA", "10", 10, "measure", "dBA", "mức vượt quy chuẩn kỹ thuật về tiếng ồn",
      value_max=15, optional=True),
    F("tiếp nhận 214 phản ánh", "214", 214, "count", "phản ánh", "phản ánh về tiếng ồn", M10),
    F("trong đó 96 phản ánh", "96", 96, "count", "phản ánh",
      "phản ánh liên quan đến công trình xây dựng", M10, total=214, percent=44.9,
      change=C("increase", 1.5, "lần", "cùng kỳ năm 2022", approx="nearly")),
    F("xử phạt 11 chủ đầu tư", "11", 11, "count", "chủ đầu tư, nhà thầu",
      "chủ đầu tư, nhà thầu vi phạm về tiếng ồn bị xử phạt", YTD),
    F("tiền 418 triệu đồng", "418", 418e6, "money", "đồng", "tổng số tiền xử phạt", YTD,
      change=C("increase", 2.3, "lần", "năm 2022")),
    F("có 63 công trình", "63", 63, "count", "công trình",
      "công trình được cấp phép thi công ngoài giờ hành chính"),
]

NOTES = [
    "Báo Nghệ An style (invented): tiếng ồn công trình thi công ban đêm ở phường Hưng Phúc, TP Vinh; byline + bare date 18/11/2023.",
    "Location Vinh (city; the ward lies in it). 'từ đầu tháng 10 đến nay' ends at the bare date. 'Ngày 8/11' = the measuring day.",
    "Optional: 'hàng trăm hộ dân' (vague), building height '25 tầng' (example's spec), QCVN limit 55 dBA, fine bracket 'từ 10 dBA đến dưới 15 dBA'.",
    "'tăng gần 1,5 lần so với cùng kỳ năm 2022' follows the 96 (and its share): its change. 'Hiện … 63 công trình' has no period.",
    "Distractors: khối 12, đường Lê Nin, 23 giờ 30, 21 giờ, 6 giờ, 22 giờ, Nghị định số 45/2022/NĐ-CP, ông Trần Văn Chín, lần thứ 2.",
]

write_set("p1086-5", TEXT, FIGS, NOTES, published="2023-11-18", location="Vinh")
