"""p1010-2: district portal (huyện Củ Chi, TP. Hồ Chí Minh), ngày hội đổi rác thải điện tử lấy quà, 4/2024."""
from lib import F, write, period, inherit, change, target

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỦ CHI
Tin hoạt động > Môi trường - Đô thị
Thứ Hai, 22/04/2024 - 10:05

Ngày hội đổi rác thải điện tử lấy quà thu về gần 1,9 tấn

Sáng 21/4, tại Nhà Văn hóa Thanh niên huyện (số 77 Tỉnh lộ 8, thị trấn Củ Chi), UBND huyện phối hợp với Huyện đoàn tổ chức Ngày hội "Sống xanh - đổi rác thải điện tử lấy quà" hưởng ứng Ngày Trái đất 22/4.

Kết quả, ngày hội tiếp nhận gần 1.900 kg rác thải điện tử và pin cũ, trong đó có 1.460 kg thiết bị điện, điện tử hỏng (điện thoại, máy tính, quạt điện…) và 385 kg pin các loại. Có khoảng 1.350 lượt người dân, 27 trường học và 14 cơ quan, doanh nghiệp mang rác thải điện tử đến đổi quà. Cứ 2 kg rác thải điện tử được đổi một phần quà; Ban tổ chức đã trao 940 phần quà với tổng trị giá khoảng 60 triệu đồng do các nhà tài trợ đóng góp.

Theo Phòng Tài nguyên và Môi trường huyện, quý I/2024, các điểm thu gom cố định tại 21/21 xã, thị trấn đã tiếp nhận 3,6 tấn pin và rác thải điện tử, đạt 40% kế hoạch năm, tăng 1,2 tấn so với quý I/2023. Xã Tân Thạnh Đông dẫn đầu với 520 kg, tiếp đến là xã Phước Vĩnh An 410 kg, thị trấn Củ Chi 365 kg. Tính cả kết quả ngày hội, từ đầu năm đến nay lượng pin và rác thải điện tử thu gom trên địa bàn huyện ước đạt 5,5 tấn, bằng 61% kế hoạch năm.

Năm 2024, huyện phấn đấu thu gom 9 tấn pin và rác thải điện tử; mỗi xã, thị trấn bố trí ít nhất 3 điểm thu gom cố định. Dự kiến trong quý II, huyện lắp thêm 35 thùng thu gom tại các trường tiểu học và THCS.

Minh Tâm
"""

Q1 = period("quý I/2024", "2024-01-01", "2024-03-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu về gần 1,9 tấn", "1,9", 1.9, "measure", "tấn", "rác thải điện tử thu về tại ngày hội", approx="nearly"),
    F("tiếp nhận gần 1.900 kg", "1.900", 1900, "measure", "kg", "rác thải điện tử và pin cũ tiếp nhận tại ngày hội",
      approx="nearly"),
    F("có 1.460 kg thiết bị", "1.460", 1460, "measure", "kg", "thiết bị điện, điện tử hỏng", total=1900),
    F("385 kg pin các loại", "385", 385, "measure", "kg", "pin các loại", total=1900),
    F("khoảng 1.350 lượt người dân", "1.350", 1350, "count", "lượt người dân",
      "lượt người dân mang rác thải điện tử đến đổi quà", approx="about"),
    F("27 trường học", "27", 27, "count", "trường học", "trường học mang rác thải điện tử đến đổi quà"),
    F("14 cơ quan, doanh nghiệp", "14", 14, "count", "cơ quan, doanh nghiệp",
      "cơ quan, doanh nghiệp mang rác thải điện tử đến đổi quà"),
    F("Cứ 2 kg rác thải", "2", 2, "measure", "kg", "rác thải điện tử đổi một phần quà", optional=True),
    F("được đổi một phần quà", "một", 1, "count", "phần quà", "phần quà đổi cho 2 kg rác thải điện tử", optional=True),
    F("trao 940 phần quà", "940", 940, "count", "phần quà", "phần quà đã trao"),
    F("khoảng 60 triệu đồng", "60", 60000000, "money", "đồng", "tổng trị giá phần quà", approx="about"),
    F("21/21 xã, thị trấn", "21", 21, "count", "xã, thị trấn", "xã, thị trấn có điểm thu gom cố định",
      total=21, period=Q1),
    F("tiếp nhận 3,6 tấn pin", "3,6", 3.6, "measure", "tấn", "pin và rác thải điện tử tiếp nhận tại các điểm thu gom cố định",
      percent=40, change=change("increase", 1.2, "tấn", "quý I/2023"), period=Q1),
    F("dẫn đầu với 520 kg", "520", 520, "measure", "kg", "pin và rác thải điện tử tiếp nhận", period=inherit(Q1)),
    F("Phước Vĩnh An 410 kg", "410", 410, "measure", "kg", "pin và rác thải điện tử tiếp nhận", period=inherit(Q1)),
    F("Củ Chi 365 kg", "365", 365, "measure", "kg", "pin và rác thải điện tử tiếp nhận", period=inherit(Q1)),
    F("ước đạt 5,5 tấn", "5,5", 5.5, "measure", "tấn", "pin và rác thải điện tử thu gom trên địa bàn huyện",
      percent=61, status="estimate", period=period("từ đầu năm đến nay", "2024-01-01", "2024-04-22")),
    F("thu gom 9 tấn", "9", 9, "measure", "tấn", "pin và rác thải điện tử thu gom", status="target", period=Y24),
    F("ít nhất 3 điểm", "3", 3, "count", "điểm thu gom", "điểm thu gom cố định mỗi xã, thị trấn", approx="at_least",
      status="target", period=Y24),
    F("lắp thêm 35 thùng", "35", 35, "count", "thùng thu gom", "thùng thu gom lắp thêm tại các trường tiểu học và THCS",
      status="forecast", period=period("quý II", "2024-04-01", "2024-06-30")),
]

NOTES = [
    "Huyện Củ Chi (TP. Hồ Chí Minh) district portal: e-waste swap day (21/4/2024) and Q1/2024 results of fixed collection points.",
    "Distractors: 'Thứ Hai, 22/04/2024 - 10:05'; 'Sáng 21/4'; 'số 77 Tỉnh lộ 8'; 'Ngày Trái đất 22/4'; byline Minh Tâm.",
    "Location: the district (Củ Chi) for every figure; commune items (xã Tân Thạnh Đông, Phước Vĩnh An, thị trấn Củ Chi)",
    "lie in the district (FIGURES.md names provinces, cities, districts only), so they keep Củ Chi.",
    "The exchange rule 'Cứ 2 kg … được đổi một phần quà' is optional (a rule's specification, not a fact).",
    "1.460 kg and 385 kg follow 'trong đó' after 'gần 1.900 kg': total 1900. '21/21' → total 21.",
    "'từ đầu năm đến nay … ước đạt 5,5 tấn, bằng 61% kế hoạch năm' → estimate, percent 61, period 2024-01-01..dateline.",
    "'9 tấn', 'ít nhất 3 điểm' follow 'phấn đấu' in one sentence (target); 'Dự kiến … 35 thùng' is a forecast; 'quý II' takes 2024.",
]

write(2, TEXT, FIGS, NOTES, published="2024-04-22", location="Củ Chi")
