from lib import *

A = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PA - TỈNH GIA LAI
Tin tức - Sự kiện › Lao động - Xã hội
Thứ Tư, 16/10/2024 - 09:40

Krông Pa hoàn thành chi trả hỗ trợ tiền điện quý III/2024 cho hộ nghèo, hộ chính sách

Phòng Lao động - Thương binh và Xã hội huyện Krông Pa vừa phối hợp với UBND 14 xã, thị trấn hoàn thành chi trả tiền hỗ trợ tiền điện quý III/2024 cho 3.958 hộ, với tổng kinh phí hơn 650 triệu đồng. Trong đó, hộ nghèo là 3.412 hộ (chiếm 86,2%), hộ chính sách xã hội không thuộc diện hộ nghèo là 546 hộ.

Theo Quyết định số 28/2014/QĐ-TTg và Quyết định số 60/2024/QĐ-UBND của UBND tỉnh, mỗi hộ được hỗ trợ 30 kWh/tháng theo giá bậc 1, tương ứng 54.780 đồng/hộ/tháng; mỗi quý, một hộ nhận 164.340 đồng.

Từ đầu năm đến nay, huyện đã chi trả tiền hỗ trợ với tổng kinh phí gần 1,93 tỷ đồng, tăng 7,8% so với cùng kỳ năm 2023 do giá điện bậc 1 được điều chỉnh tăng. Đến hết quý III/2024, có 97,6% số hộ nhận tiền qua tài khoản ngân hàng hoặc ví điện tử, còn lại 95 hộ nhận tiền mặt tại UBND xã.

Ông Ksor Y Blim, Trưởng phòng LĐ-TB&XH huyện cho biết, năm 2024 toàn huyện phấn đấu giảm tỷ lệ hộ nghèo từ 2,5 đến 3%, qua đó số hộ thuộc diện hỗ trợ tiền điện sẽ tiếp tục giảm. Các xã Ia Rsai, Chư Gu, Đất Bằng có tỷ lệ hộ nghèo cao, lần lượt là 31,4%, 28,7% và 26,9%, cần được ưu tiên nguồn lực.

Mọi thắc mắc về chế độ hỗ trợ, người dân liên hệ Phòng LĐ-TB&XH huyện, điện thoại 0269.3855.212, trong giờ hành chính từ 7 giờ đến 17 giờ các ngày làm việc.

Nguyễn Thị Hoa - Phòng LĐ-TB&XH
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
FIG = [
    F("UBND 14 xã", "14", 14, "count", "xã, thị trấn", "xã, thị trấn", optional=True),
    F("cho 3.958 hộ", "3.958", 3958, "count", "hộ", "hộ được chi trả tiền hỗ trợ tiền điện", period=Q3),
    F("hơn 650 triệu đồng", "650", 650e6, "money", "đồng", "tổng kinh phí chi trả hỗ trợ tiền điện", approx="over", period=Q3),
    F("là 3.412 hộ", "3.412", 3412, "count", "hộ", "hộ nghèo", total=3958, percent=86.2,
      period=P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)),
    F("là 546 hộ", "546", 546, "count", "hộ", "hộ chính sách xã hội không thuộc diện hộ nghèo", total=3958,
      period=P("quý III/2024", "2024-07-01", "2024-09-30", inh=True)),
    F("hỗ trợ 30 kWh/tháng", "30", 30, "measure", "kWh/tháng", "điện năng hỗ trợ mỗi hộ"),
    F("tương ứng 54.780 đồng", "54.780", 54780, "money", "đồng/hộ/tháng", "tiền hỗ trợ mỗi hộ"),
    F("nhận 164.340 đồng", "164.340", 164340, "money", "đồng", "tiền hỗ trợ một hộ nhận mỗi quý"),
    F("gần 1,93 tỷ đồng", "1,93", 1.93e9, "money", "đồng", "tổng kinh phí chi trả tiền hỗ trợ tiền điện", approx="nearly",
      change=C("increase", 7.8, "%", "cùng kỳ năm 2023"), period=P("Từ đầu năm đến nay", "2024-01-01", "2024-10-16")),
    F("có 97,6% số hộ", "97,6", 97.6, "percent", "%", "tỷ lệ hộ nhận tiền qua tài khoản ngân hàng hoặc ví điện tử",
      period=P("Đến hết quý III/2024", None, "2024-09-30")),
    F("còn lại 95 hộ", "95", 95, "count", "hộ", "hộ nhận tiền mặt tại UBND xã",
      period=P("Đến hết quý III/2024", None, "2024-09-30")),
    F("từ 2,5 đến 3%", "2,5", 2.5, "percent", "%", "mức giảm tỷ lệ hộ nghèo", value_max=3, status="target",
      period=P("năm 2024", "2024-01-01", "2024-12-31")),
    F("lần lượt là 31,4%", "31,4", 31.4, "percent", "%", "tỷ lệ hộ nghèo xã Ia Rsai"),
    F("31,4%, 28,7%", "28,7", 28.7, "percent", "%", "tỷ lệ hộ nghèo xã Chư Gu"),
    F("và 26,9%", "26,9", 26.9, "percent", "%", "tỷ lệ hộ nghèo xã Đất Bằng"),
]

build(5, A, FIG, published="2024-10-16", location="Krông Pa", comments=[
    "District portal of Krông Pa (Gia Lai): electricity-bill subsidy for poor and social-policy households, Q3/2024.",
    "Dateline 'Thứ Tư, 16/10/2024 - 09:40'; byline at the end. Distractors: Quyết định số 28/2014/QĐ-TTg, 60/2024/QĐ-UBND, 'giá bậc 1' / 'điện bậc 1' (tier label),",
    "office hours '7 giờ đến 17 giờ', phone 0269.3855.212, 'cùng kỳ năm 2023' (baseline).",
    "3.412 and 546 after 'Trong đó' are parts of 3.958 (they add up), 86,2% is the share of 3.412. '14 xã, thị trấn' (administrative structure) optional.",
    "Communes are not a province, city or district: the commune list keeps the district as location and names the commune in the subject",
    "(the list's indicator 'tỷ lệ hộ nghèo' + commune). 'từ 2,5 đến 3%' is a target range (phấn đấu). 'Từ đầu năm đến nay' ends at the dateline.",
    "The poverty rates of the communes have no period in the text (no period in gold).",
])
