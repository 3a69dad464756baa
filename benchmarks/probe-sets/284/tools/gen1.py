from lib import F, P, ch, tg, write

text = """
Công ty Xổ số kiến thiết Bình Dương nộp ngân sách hơn 1.600 tỷ đồng
Cập nhật: 12/01/2024 08:45 | Lượt xem: 2.317

Ngày 11/1, Công ty TNHH MTV Xổ số kiến thiết Bình Dương tổ chức hội nghị tổng kết hoạt động kinh doanh năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Lộc Hà.

Theo báo cáo, năm 2023 công ty phát hành 572 triệu vé xổ số truyền thống, tiêu thụ được 548,6 triệu vé, tỷ lệ tiêu thụ đạt 95,9%. Tổng doanh thu đạt 5.486 tỷ đồng, đạt 104,5% kế hoạch, tăng 7,3% so với năm 2022. Lợi nhuận trước thuế ước đạt 1.182 tỷ đồng. Tổng số nộp ngân sách nhà nước là 1.623 tỷ đồng, vượt 8,2% kế hoạch; trong đó thuế tiêu thụ đặc biệt 808 tỷ đồng, thuế giá trị gia tăng 449 tỷ đồng.

Công ty đã trả thưởng cho khách hàng trên 2.740 tỷ đồng, chiếm khoảng 50% doanh thu; có 14 vé trúng giải đặc biệt (mỗi vé trị giá 2 tỷ đồng) được chi trả đúng quy định tại Nghị định số 30/2007/NĐ-CP. Tiền thưởng hết thời hạn lĩnh được nộp vào ngân sách gần 37 tỷ đồng.

Mạng lưới phân phối tiếp tục được củng cố với 182 đại lý cấp 1 tại 17 tỉnh, thành phố khu vực miền Nam, trong đó 41 đại lý tại Bình Dương. Thu nhập bình quân của người lao động đạt 28,5 triệu đồng/người/tháng.

Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Nguyễn Lộc Hà ghi nhận nguồn thu từ xổ số đã góp phần quan trọng cho đầu tư phát triển giáo dục, y tế, phúc lợi xã hội của tỉnh. Năm 2024, công ty phấn đấu doanh thu đạt 5.700 tỷ đồng, nộp ngân sách 1.650 tỷ đồng trở lên, tỷ lệ tiêu thụ vé từ 95% đến 97%.

Trụ sở công ty: số 333 đại lộ Bình Dương, phường Phú Thọ, TP Thủ Dầu Một; điện thoại: 0274.3822.146.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y23i = P("năm 2023", "2023-01-01", "2023-12-31", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

figs = [
    F("hơn 1.600 tỷ đồng", "1.600", 1600e9, "money", "đồng", "nộp ngân sách", approx="over"),
    F("phát hành 572 triệu vé", "572", 572e6, "count", "vé", "vé xổ số truyền thống phát hành", Y23),
    F("tiêu thụ được 548,6 triệu vé", "548,6", 548.6e6, "count", "vé", "vé tiêu thụ được", Y23),
    F("tỷ lệ tiêu thụ đạt 95,9%", "95,9", 95.9, "percent", "%", "tỷ lệ tiêu thụ", Y23),
    F("doanh thu đạt 5.486 tỷ đồng", "5.486", 5486e9, "money", "đồng", "tổng doanh thu", Y23i,
      percent=104.5, change=ch("increase", 7.3, "năm 2022")),
    F("ước đạt 1.182 tỷ đồng", "1.182", 1182e9, "money", "đồng", "lợi nhuận trước thuế", Y23i, status="estimate"),
    F("là 1.623 tỷ đồng", "1.623", 1623e9, "money", "đồng", "tổng số nộp ngân sách nhà nước", Y23i,
      change=ch("increase", 8.2, "kế hoạch")),
    F("đặc biệt 808 tỷ đồng", "808", 808e9, "money", "đồng", "thuế tiêu thụ đặc biệt", Y23i, total=1623e9),
    F("gia tăng 449 tỷ đồng", "449", 449e9, "money", "đồng", "thuế giá trị gia tăng", Y23i, total=1623e9),
    F("trên 2.740 tỷ đồng", "2.740", 2740e9, "money", "đồng", "trả thưởng cho khách hàng", Y23i,
      approx="over", percent=50),
    F("có 14 vé trúng", "14", 14, "count", "vé", "vé trúng giải đặc biệt được chi trả", Y23i),
    F("trị giá 2 tỷ đồng", "2", 2e9, "money", "đồng", "trị giá mỗi vé trúng giải đặc biệt"),
    F("gần 37 tỷ đồng", "37", 37e9, "money", "đồng", "tiền thưởng hết thời hạn lĩnh nộp vào ngân sách", Y23i,
      approx="nearly"),
    F("với 182 đại lý", "182", 182, "count", "đại lý", "đại lý cấp 1"),
    F("tại 17 tỉnh, thành phố", "17", 17, "count", "tỉnh, thành phố", "tỉnh, thành phố khu vực miền Nam có đại lý cấp 1",
      location="Việt Nam", optional=True),
    F("trong đó 41 đại lý", "41", 41, "count", "đại lý", "đại lý cấp 1", total=182),
    F("đạt 28,5 triệu đồng", "28,5", 28.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động", Y23i),
    F("doanh thu đạt 5.700 tỷ đồng", "5.700", 5700e9, "money", "đồng", "doanh thu", Y24, status="target"),
    F("nộp ngân sách 1.650 tỷ đồng", "1.650", 1650e9, "money", "đồng", "nộp ngân sách", Y24,
      approx="at_least", status="target"),
    F("từ 95% đến 97%", "95", 95, "percent", "%", "tỷ lệ tiêu thụ vé", Y24, value_max=97, status="target"),
]

header = [
    "Province portal: Công ty TNHH MTV Xổ số kiến thiết Bình Dương, tổng kết năm 2023 (vé phát hành/tiêu thụ, doanh thu, nộp ngân sách, trả thưởng, đại lý) and 2024 targets.",
    "'Cập nhật: 12/01/2024 08:45 | Lượt xem: 2.317' is the dateline + view counter. Distractors: 'Ngày 11/1', Nghị định số 30/2007/NĐ-CP, address 'số 333', phone.",
    "'tỷ lệ tiêu thụ đạt 95,9%' names its own indicator, so it is a percent figure and 548,6 triệu vé carries no percent (as h01's 83,48%).",
    "'vượt 8,2% kế hoạch' is a change with baseline 'kế hoạch'; 'chiếm khoảng 50% doanh thu' is the share of 2.740 tỷ; the two taxes after 'trong đó' have total 1.623 tỷ.",
    "'17 tỉnh, thành phố' (a count of provinces of the network) optional; '1.650 tỷ đồng trở lên' approx at_least; 2024 targets status target.",
    "Headline 'hơn 1.600 tỷ đồng' is a figure (no period in the headline). '41 đại lý tại Bình Dương': the place is the location, not part of the subject.",
    "Period 'năm 2023' stated in the sentence with the ticket figures; later sentences inherit it.",
]
write(1, text, figs, header, published="2024-01-12", location="Bình Dương")
