"""p797-5: provincial Party newspaper (Báo Nghệ An) — dredged Cửa Lò channel, buoys, lighthouse, ship calls; byline + bare date."""
from lib import F, change, period, inherit, write

TEXT = """Nạo vét luồng Cửa Lò, tàu lớn ra vào thuận lợi

Sau gần 4 tháng thi công, dự án nạo vét duy tu luồng hàng hải Cửa Lò đã hoàn thành, đưa độ sâu luồng từ 5,2 m lên 7,5 m, cho phép tàu trọng tải 20.000 tấn giảm tải ra vào cảng.

Theo Ban Quản lý dự án Hàng hải, tổng khối lượng nạo vét khoảng 1,15 triệu m3, tổng mức đầu tư 96,4 tỷ đồng từ ngân sách Trung ương. Toàn tuyến luồng dài 11,6 km, rộng 110 m, được bố trí 16 phao báo hiệu mới, trong đó có 4 phao lắp đèn năng lượng mặt trời. Đèn biển Hòn Ngư cũng vừa được cải tạo, tháp đèn cao 14,5 m, tầm hiệu lực 16 hải lý.

Ông Nguyễn Văn Hùng, Giám đốc Cảng vụ Hàng hải Nghệ An cho biết, 7 tháng đầu năm có 1.286 lượt tàu ra vào cảng Cửa Lò, tăng 14,3% so với cùng kỳ; sản lượng hàng hóa thông qua cảng ước đạt 4,7 triệu tấn. Sau khi luồng được nạo vét, mỗi tháng có khoảng 30 lượt tàu trên 10.000 tấn cập cảng, trước đây chỉ 8 - 10 lượt. Dự kiến cả năm 2023, sản lượng hàng hóa đạt khoảng 8 triệu tấn, tăng hơn 10% so với năm 2022.

Theo quy hoạch, đến năm 2030, sản lượng hàng hóa thông qua cảng biển Nghệ An đạt 25 triệu tấn; cảng Cửa Lò được đầu tư để đón tàu đến 50.000 tấn. Theo kế hoạch, trong giai đoạn 2024-2026, Bộ Giao thông vận tải sẽ bố trí khoảng 1.200 tỷ đồng để nâng cấp luồng Cửa Lò.

Tuy vậy, luồng Cửa Lò chịu ảnh hưởng lớn của sa bồi. Mỗi năm, lượng bùn cát bồi lắng khoảng 300.000 m3, làm giảm độ sâu luồng 0,5 - 0,7 m sau mỗi mùa mưa bão, đòi hỏi phải duy tu thường xuyên.

Tàu hàng cập cảng Cửa Lò, phường Nghi Tân. Ảnh: T.H

THANH HẢI
18/08/2023
"""

M7 = period("7 tháng đầu năm", "2023-01-01", "2023-07-31")

FIGS = [
    F("gần 4 tháng thi công", "4", 4, "measure", "tháng", "thời gian thi công nạo vét luồng Cửa Lò",
      approx="nearly", optional=True),
    F("từ 5,2 m", "5,2", 5.2, "measure", "m", "độ sâu luồng Cửa Lò trước nạo vét"),
    F("lên 7,5 m", "7,5", 7.5, "measure", "m", "độ sâu luồng Cửa Lò sau nạo vét"),
    F("trọng tải 20.000 tấn giảm tải", "20.000", 20000, "measure", "tấn", "trọng tải tàu ra vào cảng",
      optional=True),
    F("khoảng 1,15 triệu m3", "1,15", 1.15e6, "measure", "m3", "tổng khối lượng nạo vét luồng Cửa Lò",
      approx="about"),
    F("đầu tư 96,4 tỷ đồng", "96,4", 96.4e9, "money", "đồng", "tổng mức đầu tư dự án nạo vét luồng Cửa Lò"),
    F("dài 11,6 km", "11,6", 11.6, "measure", "km", "chiều dài tuyến luồng Cửa Lò"),
    F("rộng 110 m", "110", 110, "measure", "m", "chiều rộng tuyến luồng Cửa Lò"),
    F("bố trí 16 phao", "16", 16, "count", "phao", "phao báo hiệu mới trên luồng Cửa Lò"),
    F("có 4 phao", "4", 4, "count", "phao", "phao lắp đèn năng lượng mặt trời", total=16),
    F("cao 14,5 m", "14,5", 14.5, "measure", "m", "chiều cao tháp đèn biển Hòn Ngư"),
    F("tầm hiệu lực 16 hải lý", "16", 16, "measure", "hải lý", "tầm hiệu lực đèn biển Hòn Ngư"),
    F("có 1.286 lượt tàu", "1.286", 1286, "count", "lượt tàu", "lượt tàu ra vào cảng Cửa Lò", M7,
      change=change("increase", 14.3, "%", "cùng kỳ")),
    F("ước đạt 4,7 triệu tấn", "4,7", 4.7e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng Cửa Lò", M7,
      status="estimate"),
    F("khoảng 30 lượt tàu", "30", 30, "measure", "lượt tàu/tháng", "lượt tàu trên 10.000 tấn cập cảng mỗi tháng",
      approx="about"),
    F("trên 10.000 tấn cập", "10.000", 10000, "measure", "tấn", "trọng tải tàu", approx="over", optional=True),
    F("chỉ 8 - 10 lượt", "8", 8, "measure", "lượt/tháng", "lượt tàu trên 10.000 tấn cập cảng mỗi tháng trước đây",
      value_max=10),
    F("khoảng 8 triệu tấn", "8", 8e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng",
      period("cả năm 2023", "2023-01-01", "2023-12-31"), approx="about", status="forecast",
      change=change("increase", 10, "%", "năm 2022", approx="over")),
    F("đạt 25 triệu tấn", "25", 25e6, "measure", "tấn", "sản lượng hàng hóa thông qua cảng biển Nghệ An",
      period("đến năm 2030", None, "2030-12-31"), status="target"),
    F("tàu đến 50.000 tấn", "50.000", 50000, "measure", "tấn", "trọng tải tàu cảng Cửa Lò đón được",
      period("đến năm 2030", None, "2030-12-31"), approx="at_most", status="target", optional=True),
    F("khoảng 1.200 tỷ đồng", "1.200", 1200e9, "money", "đồng", "kinh phí nâng cấp luồng Cửa Lò",
      period("giai đoạn 2024-2026", "2024-01-01", "2026-12-31"), approx="about", status="target"),
    F("khoảng 300.000 m3", "300.000", 300000, "measure", "m3/năm", "lượng bùn cát bồi lắng luồng Cửa Lò mỗi năm",
      approx="about"),
    F("độ sâu luồng 0,5 - 0,7 m", "0,5", 0.5, "measure", "m", "mức giảm độ sâu luồng sau mỗi mùa mưa bão",
      value_max=0.7),
]

NOTES = [
    "Báo Nghệ An: nạo vét luồng Cửa Lò, phao báo hiệu, đèn biển Hòn Ngư, lượt tàu và sản lượng qua cảng. Byline THANH HẢI, bare date 18/08/2023.",
    "'từ 5,2 m lên 7,5 m': both depths are figures (before and after; no change number is written). '7 tháng đầu năm' takes 2023 from the",
    "published date (nothing dated stands before it). 'mỗi tháng có khoảng 30 lượt tàu' is a rate: measure, unit 'lượt tàu/tháng';",
    "'trước đây chỉ 8 - 10 lượt' likewise (a range). 'tăng hơn 10% so với năm 2022' is the change of the 8 triệu tấn forecast.",
    "Target: 'Theo quy hoạch, đến năm 2030 … đạt 25 triệu tấn' and the continuing clause; 'Theo kế hoạch, … sẽ bố trí khoảng 1.200 tỷ đồng'.",
    "Optional: 'gần 4 tháng thi công' (a duration), ship-size classes (20.000, 10.000, 50.000 tấn).",
    "Distractors: 'giai đoạn 2024-2026', photo caption 'phường Nghi Tân', 'Ảnh: T.H', byline and date.",
]

if __name__ == "__main__":
    write(5, TEXT, "2023-08-18", "Nghệ An", NOTES, FIGS)
