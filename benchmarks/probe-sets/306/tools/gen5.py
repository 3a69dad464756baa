from lib import Doc, P, C, T

TEXT = """BÁO QUẢNG NGÃI ĐIỆN TỬ
Kinh tế | Nông nghiệp

Quảng Ngãi chi trả hơn 7,8 tỷ đồng hỗ trợ người nuôi lợn bị thiệt hại do dịch

NGỌC TÚ 14:35, 22/11/2023

(Báo Quảng Ngãi)- Theo Sở NN&PTNT, trong 10 tháng năm 2023, tỉnh đã chi trả 7,85 tỷ đồng, tăng gấp 2,4 lần so với cùng kỳ năm 2022, để hỗ trợ cho 1.126 hộ chăn nuôi có lợn buộc phải tiêu hủy do bệnh Dịch tả lợn châu Phi.

Số lợn được hỗ trợ là 5.980 con, với tổng trọng lượng khoảng 261 tấn; mức hỗ trợ từ 35.000 đến 38.000 đồng/kg lợn hơi tùy loại, theo Quyết định số 13/2023/QĐ-UBND của UBND tỉnh. Trong tổng kinh phí trên, ngân sách tỉnh bảo đảm 5,5 tỷ đồng (chiếm 70%), ngân sách cấp huyện 2,35 tỷ đồng.

Các địa phương nhận kinh phí hỗ trợ nhiều là huyện Tư Nghĩa 1,92 tỷ đồng, huyện Mộ Đức 1,47 tỷ đồng, thị xã Đức Phổ 1,05 tỷ đồng và huyện Sơn Tịnh 860 triệu đồng. Riêng huyện miền núi Ba Tơ, toàn bộ 214 hộ có lợn tiêu hủy đã nhận tiền hỗ trợ trong vòng 15 ngày kể từ khi có quyết định.

Từ năm 2019 đến nay, tổng kinh phí hỗ trợ thiệt hại do Dịch tả lợn châu Phi trên địa bàn tỉnh là trên 46 tỷ đồng, riêng năm 2019 chiếm gần 75%. Hiện tổng đàn lợn toàn tỉnh đạt khoảng 485.000 con, mới bằng 82% so với trước thời điểm xảy ra dịch năm 2019.

Theo ông Đặng Ngọc Dũng, Giám đốc Sở NN&PTNT, tỉnh phấn đấu đến năm 2025 tổng đàn lợn đạt 600.000 con; từ nay đến cuối năm dự kiến tiêm khoảng 15.000 liều vắc xin phòng bệnh cho đàn lợn tại các vùng có nguy cơ cao.

Người chăn nuôi phát hiện lợn bệnh có thể gọi đường dây nóng 0255.3822.145 của Chi cục Chăn nuôi và Thú y tỉnh (số 142 đường Hùng Vương, TP Quảng Ngãi).
"""

d = Doc("p306-5", TEXT, [
    "Party newspaper (Báo Quảng Ngãi): compensation paid for DTLCP culling, 10 months of 2023. Byline + time + date 'NGỌC TÚ 14:35, 22/11/2023'.",
    "Distractors: 'Quyết định số 13/2023/QĐ-UBND', phone 0255.3822.145, address 'số 142 đường Hùng Vương', 'trong vòng 15 ngày' (a deadline, optional), 'năm 2019' as a date.",
    "'tăng gấp 2,4 lần so với cùng kỳ năm 2022' right after 7,85 tỷ is its change (lần). '1.126 hộ' keeps the period of the same sentence.",
    "'Trong tổng kinh phí trên, ngân sách tỉnh … 5,5 tỷ đồng (chiếm 70%), … 2,35 tỷ đồng': parts of 7,85 tỷ after a sentence break (total 7850000000).",
    "District list: location = district, subject = the list's indicator (kinh phí hỗ trợ); no cue, no total. 'từ 35.000 đến 38.000 đồng/kg' range.",
    "'Từ năm 2019 đến nay' ends at the dateline; 'riêng năm 2019 chiếm gần 75%' is a percent figure of its own (the part has no amount).",
    "'mới bằng 82% so với trước …' is the percent of 485.000 con. 'phấn đấu đến năm 2025 … 600.000 con' target; 'dự kiến … khoảng 15.000 liều' forecast.",
], published="2023-11-22", location="Quảng Ngãi")

M10 = P("trong 10 tháng năm 2023", "2023-01-01", "2023-10-31")
M10i = dict(M10, inherited=True)

d.f("hơn 7,8 tỷ đồng", "7,8", 7800000000, "money", "đồng", "kinh phí hỗ trợ người nuôi lợn bị thiệt hại do dịch", approx="over")
d.f("chi trả 7,85 tỷ đồng", "7,85", 7850000000, "money", "đồng", "kinh phí chi trả hỗ trợ hộ chăn nuôi có lợn buộc phải tiêu hủy",
    change=C("increase", 2.4, "lần", "cùng kỳ năm 2022"), period=M10)
d.f("cho 1.126 hộ", "1.126", 1126, "count", "hộ chăn nuôi", "hộ chăn nuôi có lợn buộc phải tiêu hủy được hỗ trợ", period=M10)
d.f("là 5.980 con", "5.980", 5980, "count", "con", "số lợn được hỗ trợ", period=M10i)
d.f("khoảng 261 tấn", "261", 261, "measure", "tấn", "tổng trọng lượng lợn được hỗ trợ", approx="about", period=M10i)
d.f("từ 35.000 đến", "35.000", 35000, "money", "đồng/kg", "mức hỗ trợ lợn hơi", value_max=38000)
d.f("bảo đảm 5,5 tỷ đồng", "5,5", 5500000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách tỉnh", total=7850000000, percent=70, period=M10i)
d.f("huyện 2,35 tỷ đồng", "2,35", 2350000000, "money", "đồng", "kinh phí hỗ trợ từ ngân sách cấp huyện", total=7850000000, period=M10i)
d.f("Tư Nghĩa 1,92 tỷ đồng", "1,92", 1920000000, "money", "đồng", "kinh phí hỗ trợ", period=M10i, location="Tư Nghĩa")
d.f("Mộ Đức 1,47 tỷ đồng", "1,47", 1470000000, "money", "đồng", "kinh phí hỗ trợ", period=M10i, location="Mộ Đức")
d.f("Đức Phổ 1,05 tỷ đồng", "1,05", 1050000000, "money", "đồng", "kinh phí hỗ trợ", period=M10i, location="Đức Phổ")
d.f("Sơn Tịnh 860 triệu đồng", "860", 860000000, "money", "đồng", "kinh phí hỗ trợ", period=M10i, location="Sơn Tịnh")
d.f("toàn bộ 214 hộ", "214", 214, "count", "hộ", "hộ có lợn tiêu hủy đã nhận tiền hỗ trợ", period=M10i, location="Ba Tơ")
d.f("trong vòng 15 ngày", "15", 15, "measure", "ngày", "thời gian nhận tiền hỗ trợ", approx="at_most", location="Ba Tơ", optional=True)
d.f("trên 46 tỷ đồng", "46", 46000000000, "money", "đồng", "tổng kinh phí hỗ trợ thiệt hại do Dịch tả lợn châu Phi", approx="over",
    period=P("Từ năm 2019 đến nay", "2019-01-01", "2023-11-22"))
d.f("chiếm gần 75%", "75", 75, "percent", "%", "kinh phí hỗ trợ năm 2019 trong tổng kinh phí", approx="nearly",
    period=P("năm 2019", "2019-01-01", "2019-12-31"))
d.f("khoảng 485.000 con", "485.000", 485000, "count", "con", "tổng đàn lợn toàn tỉnh", approx="about", percent=82)
d.f("đạt 600.000 con", "600.000", 600000, "count", "con", "tổng đàn lợn", status="target", period=P("đến năm 2025", None, "2025-12-31"))
d.f("khoảng 15.000 liều", "15.000", 15000, "count", "liều", "vắc xin phòng bệnh cho đàn lợn", approx="about", status="forecast")
d.write()
