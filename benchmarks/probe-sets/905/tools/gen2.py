"""p905-2: huyện Hải Hậu portal (Nam Định), thị trấn Thịnh Long yards, 8 months of 2023."""
from lib import F, P, I, CH, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội
Thịnh Long: 8 tháng sửa chữa gần 400 lượt tàu cá
Ngày đăng: 14/09/2023 | Tác giả: Phòng Văn hóa và Thông tin

Thị trấn Thịnh Long hiện có 9 xưởng đóng mới, sửa chữa tàu cá, trong đó 2 xưởng đủ năng lực đóng tàu vỏ thép có công suất từ 400 CV trở lên. Từ đầu năm đến nay, các xưởng đã sửa chữa, bảo dưỡng 386 lượt tàu cá, tăng 47 lượt so với cùng kỳ năm 2022; đóng mới 14 tàu, trong đó có 5 tàu vỏ composite. Tổng giá trị hợp đồng đóng mới, sửa chữa ước đạt 38,5 tỷ đồng, bằng 117% cùng kỳ.

Các xưởng đang sử dụng khoảng 260 lao động, trong đó gần 70 thợ hàn, thợ cơ khí có tay nghề. Tiền công thợ chính từ 450.000 đến 600.000 đồng/ngày, thợ phụ khoảng 300.000 đồng/ngày.

Ông Trần Văn Hải, chủ xưởng đóng tàu Hải Thịnh 2 ở tổ dân phố số 5, cho biết mỗi năm xưởng nhận đóng 4-5 tàu vỏ thép, mỗi chiếc thi công khoảng 5 tháng, giá trị hợp đồng trên 6 tỷ đồng/chiếc. "Thép tấm hiện có giá 18.200 đồng/kg, tăng gần 1.000 đồng/kg so với đầu năm nên lãi không nhiều", ông Hải nói.

Năm 2023, thị trấn phấn đấu sửa chữa 550 lượt tàu và đóng mới 20 tàu cá. Dự kiến trong quý IV/2023, UBND huyện sẽ hỗ trợ 1,2 tỷ đồng nạo vét luồng vào khu neo đậu, tạo điều kiện cho các xưởng tiếp nhận tàu có chiều dài trên 24 m.

Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định. Điện thoại: 0228.3877.203
"""

TDN = P("Từ đầu năm đến nay", "2023-01-01", "2023-09-14")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
FIGS = [
    F("gần 400 lượt tàu cá", "400", "count", "lượt tàu cá", "lượt tàu cá được sửa chữa",
      approx="nearly", period=P("8 tháng", "2023-01-01", "2023-08-31")),
    F("hiện có 9 xưởng", "9", "count", "xưởng", "xưởng đóng mới, sửa chữa tàu cá"),
    F("2 xưởng đủ năng lực", "2", "count", "xưởng", "xưởng đủ năng lực đóng tàu vỏ thép", total=9),
    F("từ 400 CV trở lên", "400", "measure", "CV", "công suất tàu vỏ thép", approx="at_least", optional=True),
    F("bảo dưỡng 386 lượt tàu cá", "386", "count", "lượt tàu cá", "lượt tàu cá được sửa chữa, bảo dưỡng",
      change=CH("increase", 47, "lượt", "cùng kỳ năm 2022"), period=TDN),
    F("đóng mới 14 tàu", "14", "count", "tàu", "tàu đóng mới", period=TDN),
    F("có 5 tàu vỏ composite", "5", "count", "tàu", "tàu vỏ composite đóng mới", total=14, period=TDN),
    F("ước đạt 38,5 tỷ đồng", "38,5", "money", "đồng", "tổng giá trị hợp đồng đóng mới, sửa chữa",
      mult=10**9, status="estimate", percent=117, period=I(TDN)),
    F("khoảng 260 lao động", "260", "count", "lao động", "lao động tại các xưởng", approx="about"),
    F("gần 70 thợ hàn", "70", "count", "thợ", "thợ hàn, thợ cơ khí có tay nghề",
      approx="nearly", total=260),
    F("từ 450.000 đến 600.000", "450.000", "money", "đồng/ngày", "tiền công thợ chính",
      max_number="600.000"),
    F("khoảng 300.000 đồng/ngày", "300.000", "money", "đồng/ngày", "tiền công thợ phụ", approx="about"),
    F("nhận đóng 4-5 tàu", "4", "count", "tàu", "tàu vỏ thép xưởng nhận đóng mỗi năm", max_number="5"),
    F("khoảng 5 tháng", "5", "measure", "tháng", "thời gian thi công mỗi chiếc tàu", approx="about"),
    F("trên 6 tỷ đồng/chiếc", "6", "money", "đồng/chiếc", "giá trị hợp đồng đóng tàu vỏ thép",
      mult=10**9, approx="over"),
    F("giá 18.200 đồng/kg", "18.200", "money", "đồng/kg", "giá thép tấm",
      change=CH("increase", 1000, "đồng/kg", "đầu năm", approx="nearly")),
    F("sửa chữa 550 lượt tàu", "550", "count", "lượt tàu", "lượt tàu sửa chữa", status="target", period=Y23),
    F("đóng mới 20 tàu cá", "20", "count", "tàu cá", "tàu cá đóng mới", status="target", period=Y23),
    F("hỗ trợ 1,2 tỷ đồng", "1,2", "money", "đồng", "kinh phí huyện hỗ trợ nạo vét luồng vào khu neo đậu",
      mult=10**9, status="forecast", period=P("quý IV/2023", "2023-10-01", "2023-12-31")),
    F("trên 24 m", "24", "measure", "m", "chiều dài tàu", approx="over", optional=True),
]

write("p905-2", TEXT, FIGS, published="2023-09-14", location="Hải Hậu", comments=[
    "Cổng TTĐT huyện Hải Hậu (district portal): thị trấn Thịnh Long boat yards, 8 months of 2023; headline without a year.",
    "Location is the district (Thịnh Long is a thị trấn of Hải Hậu). Distractors: Hải Thịnh 2, tổ dân phố số 5, Khu 4, phone, dateline.",
    "'Từ đầu năm đến nay' ends at the dateline; headline '8 tháng' takes 2023 from the dateline.",
    "Thresholds 'từ 400 CV trở lên', 'trên 24 m' are category bounds: optional. Build time 'khoảng 5 tháng' is the claim: a measure.",
])
