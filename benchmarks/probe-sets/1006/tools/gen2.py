"""p1006-2: huyện Cái Bè (Tiền Giang), district portal; social allowances and pensions paid into accounts, Oct 2023."""
from lib import F, period, change, target, write_set

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CÁI BÈ
Trang chủ / Tin hoạt động / Lao động - Xã hội

Chi trả trợ cấp qua tài khoản cho hơn 9.300 đối tượng

Thứ Năm, 16/11/2023 - 14:05

Thực hiện Quyết định số 1812/QĐ-UBND ngày 05/6/2023 của UBND tỉnh Tiền Giang, từ tháng 7/2023, Phòng Lao động - Thương binh và Xã hội huyện Cái Bè phối hợp với Bưu điện huyện chuyển tiền trợ cấp hàng tháng vào tài khoản của đối tượng.

Đến cuối tháng 10/2023, toàn huyện có 12.684 đối tượng hưởng trợ cấp hàng tháng (10.215 đối tượng bảo trợ xã hội, 2.469 người có công), trong đó 9.352 đối tượng đã nhận qua tài khoản, đạt 73,7%. Kinh phí chi trả qua tài khoản bình quân khoảng 6,2 tỷ đồng/tháng, tăng 1,1 tỷ đồng so với tháng 7/2023.

Các xã có tỷ lệ cao là Hòa Khánh (92,4%), An Hữu (88,1%) và Mỹ Đức Tây (85,6%); các xã cù lao Tân Hưng, Tân Thanh còn dưới 50% do nhiều đối tượng là người cao tuổi trên 80 tuổi, sống xa điểm giao dịch.

Bên cạnh đó, BHXH huyện đang chi trả lương hưu, trợ cấp BHXH hàng tháng cho 3.127 người, trong đó 1.044 người nhận qua tài khoản, chiếm 33,4%. Riêng trợ cấp thất nghiệp, 10 tháng năm 2023 có 1.512 lượt người hưởng, toàn bộ nhận qua tài khoản.

Huyện phấn đấu đến hết năm 2023 có ít nhất 80% đối tượng bảo trợ xã hội, người có công nhận trợ cấp qua tài khoản. Ông Lê Văn Bảy, Trưởng phòng LĐ-TB&XH huyện đề nghị Bưu điện mở thêm điểm chi trả tại ấp 4, xã Hậu Thành và bố trí nhân viên hỗ trợ qua đường dây nóng 0273.3824.116.

Ngọc Trâm
"""

P_OCT = period("Đến cuối tháng 10/2023", end="2023-10-31")
RATE = "tỷ lệ đối tượng nhận trợ cấp qua tài khoản"

FIGS = [
    F("hơn 9.300 đối tượng", "9.300", 9300, "count", "đối tượng", "đối tượng nhận trợ cấp qua tài khoản", approx="over"),
    F("có 12.684 đối tượng", "12.684", 12684, "count", "đối tượng", "đối tượng hưởng trợ cấp hàng tháng", P_OCT),
    F("(10.215 đối tượng", "10.215", 10215, "count", "đối tượng", "đối tượng bảo trợ xã hội hưởng trợ cấp hàng tháng", P_OCT,
      total=12684),
    F("2.469 người có công", "2.469", 2469, "count", "người có công", "người có công hưởng trợ cấp hàng tháng", P_OCT,
      total=12684),
    F("9.352 đối tượng", "9.352", 9352, "count", "đối tượng", "đối tượng đã nhận trợ cấp qua tài khoản", P_OCT,
      total=12684, percent=73.7),
    F("khoảng 6,2 tỷ đồng/tháng", "6,2", 6.2e9, "money", "đồng/tháng", "kinh phí chi trả qua tài khoản bình quân",
      approx="about", change=change("increase", 1.1e9, "đồng", "tháng 7/2023")),
    F("(92,4%)", "92,4", 92.4, "percent", "%", RATE),
    F("(88,1%)", "88,1", 88.1, "percent", "%", RATE),
    F("(85,6%)", "85,6", 85.6, "percent", "%", RATE),
    F("dưới 50%", "50", 50, "percent", "%", RATE, approx="under"),
    F("trên 80 tuổi", "80", 80, "measure", "tuổi", "tuổi của người cao tuổi", approx="over", optional=True),
    F("cho 3.127 người", "3.127", 3127, "count", "người", "người hưởng lương hưu, trợ cấp BHXH hàng tháng"),
    F("1.044 người", "1.044", 1044, "count", "người", "người hưởng lương hưu, trợ cấp BHXH nhận qua tài khoản",
      total=3127, percent=33.4),
    F("1.512 lượt người", "1.512", 1512, "count", "lượt người", "lượt người hưởng trợ cấp thất nghiệp",
      period("10 tháng năm 2023", "2023-01-01", "2023-10-31")),
    F("ít nhất 80%", "80", 80, "percent", "%", "tỷ lệ đối tượng bảo trợ xã hội, người có công nhận trợ cấp qua tài khoản",
      period("đến hết năm 2023", end="2023-12-31"), approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Cái Bè (Tiền Giang): đối tượng bảo trợ xã hội, người có công nhận trợ cấp qua tài khoản đến cuối tháng 10/2023; lương hưu; TCTN.",
    "Distractors: Thứ Năm, 16/11/2023 - 14:05; Quyết định số 1812/QĐ-UBND ngày 05/6/2023; tháng 7/2023; ấp 4; Ông Lê Văn Bảy; hotline 0273.3824.116.",
    "Bracketed breakdown 10.215 + 2.469 = 12.684 -> total; 9.352 after trong đó -> total 12.684, percent 73,7.",
    "Communes (Hòa Khánh, An Hữu, Mỹ Đức Tây, Tân Hưng, Tân Thanh) are below district level: location stays the district Cái Bè.",
    "'trên 80 tuổi' describes a group (category threshold): optional. 'toàn bộ' is not a number.",
]

write_set(2, TEXT, FIGS, NOTES, published="2023-11-16", location="Cái Bè")
