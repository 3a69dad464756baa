from lib import F, per, write

A = """Công bố Chỉ số cải cách hành chính năm 2023 cấp huyện: Đông Hưng dẫn đầu
Cập nhật: 14:20, 12/03/2024
MINH HƯƠNG

(BTB) - Ngày 11/3, UBND tỉnh Thái Bình ban hành Quyết định số 512/QĐ-UBND phê duyệt và công bố Chỉ số cải cách hành chính (PAR Index) năm 2023 của các sở, ban, ngành và UBND các huyện, thành phố.

Ở khối huyện, thành phố, giá trị trung bình Chỉ số cải cách hành chính đạt 86,74%, tăng 1,95% so với năm 2022. Huyện Đông Hưng dẫn đầu với 91,28%, tiếp theo là thành phố Thái Bình (90,06%) và huyện Vũ Thư (88,41%). Các huyện Kiến Xương, Tiền Hải, Quỳnh Phụ, Hưng Hà đạt từ 85% đến 87,9%; huyện Thái Thụy xếp cuối với 82,35%.

Trong 7 lĩnh vực được đánh giá, chỉ số thành phần Cải cách thủ tục hành chính có giá trị trung bình cao nhất với 93,2%; thấp nhất là chỉ số Cải cách tài chính công, chỉ đạt 71,6%, giảm 3,4% so với năm trước. Ở khối sở, ngành, có 14/19 đơn vị đạt trên 85%.

Năm nay, lần đầu tiên kết quả đo lường sự hài lòng của người dân (SIPAS) được tính vào Chỉ số cải cách hành chính cấp huyện. Với 2.400 phiếu phát ra và 2.312 phiếu hợp lệ thu về, mức độ hài lòng chung đối với các huyện, thành phố đạt 88,6%.

Phát biểu tại hội nghị sơ kết công tác cải cách hành chính quý I, Phó Chủ tịch UBND tỉnh Nguyễn Quang Hưng đề nghị các huyện có chỉ số thấp khẩn trương khắc phục tồn tại; phấn đấu năm 2024 giá trị trung bình Chỉ số cải cách hành chính khối huyện đạt trên 88%, không có đơn vị nào dưới 80%. Các địa phương cũng được yêu cầu duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị (0227.3831.222) trong giờ hành chính.
"""

Y23i = per("năm 2023", "2023-01-01", "2023-12-31", True)
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
S = "Chỉ số cải cách hành chính"

figs = [
    F("hành chính đạt 86,74%", "86,74", 86.74, "percent", "%", "giá trị trung bình Chỉ số cải cách hành chính khối huyện, thành phố", Y23i,
      change={"direction": "increase", "value": 1.95, "unit": "%", "baseline": "năm 2022"}),
    F("dẫn đầu với 91,28%", "91,28", 91.28, "percent", "%", S, Y23i, location="Đông Hưng"),
    F("Thái Bình (90,06%)", "90,06", 90.06, "percent", "%", S, Y23i, location="Thái Bình"),
    F("Vũ Thư (88,41%)", "88,41", 88.41, "percent", "%", S, Y23i, location="Vũ Thư"),
    F("từ 85% đến 87,9%", "85", 85, "percent", "%", S, Y23i, value_max=87.9),
    F("cuối với 82,35%", "82,35", 82.35, "percent", "%", S, Y23i, location="Thái Thụy"),
    F("Trong 7 lĩnh vực", "7", 7, "count", "lĩnh vực", "lĩnh vực được đánh giá", optional=True),
    F("cao nhất với 93,2%", "93,2", 93.2, "percent", "%", "giá trị trung bình chỉ số thành phần Cải cách thủ tục hành chính", Y23i),
    F("chỉ đạt 71,6%", "71,6", 71.6, "percent", "%", "chỉ số Cải cách tài chính công", Y23i,
      change={"direction": "decrease", "value": 3.4, "unit": "%", "baseline": "năm trước"}),
    F("có 14/19 đơn vị", "14", 14, "count", "đơn vị", "sở, ngành đạt trên 85%", Y23i, total=19),
    F("đạt trên 85%.", "85", 85, "percent", "%", "Chỉ số cải cách hành chính", approx="over", optional=True),
    F("Với 2.400 phiếu", "2.400", 2400, "count", "phiếu", "phiếu phát ra", Y23i),
    F("2.312 phiếu hợp lệ", "2.312", 2312, "count", "phiếu", "phiếu hợp lệ thu về", Y23i),
    F("thành phố đạt 88,6%", "88,6", 88.6, "percent", "%", "mức độ hài lòng chung đối với các huyện, thành phố", Y23i),
    F("đạt trên 88%", "88", 88, "percent", "%", "giá trị trung bình Chỉ số cải cách hành chính khối huyện", Y24,
      approx="over", status="target"),
    F("dưới 80%", "80", 80, "percent", "%", "Chỉ số cải cách hành chính", approx="under", status="target", optional=True),
]

write(2, A, figs, [
    "Party newspaper (Báo Thái Bình): PAR Index 2023 of districts. Dateline 'Cập nhật: 14:20, 12/03/2024' with byline after it.",
    "Distractors: 'Ngày 11/3', 'Quyết định số 512/QĐ-UBND', 'quý I' (meeting name), hotline 0227.3831.222, '(BTB)' tag.",
    "All 2023 results take 'năm 2023' from the first paragraph (inherited). 'Năm nay' = the edition year 2023 (the sentence has no figure period of its own).",
    "District list: places go to location, subject is the index. The range for four districts has no single place: province default (Thái Bình).",
    "'thành phố Thái Bình (90,06%)': the city, whose name equals the province's after the prefix. '14/19 đơn vị' total 19; thresholds 'trên 85%', 'dưới 80%' optional.",
    "'2.312 phiếu hợp lệ thu về' after '2.400 phiếu phát ra': no part-of cue, no total. 'Trong 7 lĩnh vực' structure: optional.",
], published="2024-03-12", location="Thái Bình")
