"""p1328-4: provincial newspaper (Báo Bình Định, tag '(BĐ) -'): new clean-water tariff from 1/8/2024, tiers, cost, losses."""
from lib import F, period, inherit, change, target, write

TEXT = """BÁO BÌNH ĐỊNH ĐIỆN TỬ
Thời sự | Kinh tế | Xã hội | Đô thị

Giá nước sạch sinh hoạt tăng bình quân 8,5% từ ngày 1/8

NGỌC NHUẬN - 07:25, 18/07/2024

(BĐ) - UBND tỉnh Bình Định vừa phê duyệt phương án giá nước sạch mới của Công ty CP Cấp thoát nước Quy Nhơn Xanh, áp dụng từ ngày 1/8/2024, với mức tăng bình quân khoảng 8,5% so với giá hiện hành.

Theo đó, giá nước sinh hoạt hộ dân ở bậc 1 là 7.900 đồng/m3 (trước đây 7.300 đồng/m3), bậc 2 là 9.800 đồng/m3, bậc 3 là 11.900 đồng/m3 và bậc 4 là 14.600 đồng/m3. Giá nước cho cơ quan hành chính, đơn vị sự nghiệp là 13.200 đồng/m3; sản xuất vật chất 14.100 đồng/m3; kinh doanh dịch vụ 18.500 đồng/m3. Các mức giá trên chưa bao gồm 5% thuế giá trị gia tăng.

Ông Trần Quốc Khải, Giám đốc công ty, cho biết giá thành sản xuất 1 m3 nước sạch năm 2023 là 9.870 đồng, cao hơn giá bán bình quân khoảng 1.150 đồng. Công ty hiện vận hành hai nhà máy nước, cung cấp cho hơn 112.000 khách hàng tại TP Quy Nhơn và các huyện Tuy Phước, Phù Cát, với sản lượng bình quân 68.000 m3/ngày; tỷ lệ thất thoát nước năm 2023 còn 14,2%, giảm 1,3% so với năm 2022.

Theo lộ trình, giá nước sẽ tiếp tục được điều chỉnh vào năm 2026 với mức tăng dự kiến từ 5 đến 7%. Để hỗ trợ người dân, tỉnh hỗ trợ tiền nước cho gần 3.400 hộ nghèo, hộ cận nghèo với mức 50.000 đồng/hộ/tháng.

Tags: giá nước, nước sạch, Quy Nhơn
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
Y26 = period("vào năm 2026", "2026-01-01", "2026-12-31")
TIER = "giá nước sinh hoạt hộ dân"

FIGS = [
    F("bình quân 8,5% từ", "8,5", 8.5, "percent", "%", "mức tăng giá nước sạch sinh hoạt bình quân"),
    F("khoảng 8,5% so", "8,5", 8.5, "percent", "%", "mức tăng giá nước sạch bình quân", approx="about"),
    F("là 7.900 đồng", "7.900", 7900, "money", "đồng/m3", f"{TIER} bậc 1"),
    F("đây 7.300 đồng", "7.300", 7300, "money", "đồng/m3", f"{TIER} bậc 1 trước đây"),
    F("là 9.800 đồng", "9.800", 9800, "money", "đồng/m3", f"{TIER} bậc 2"),
    F("là 11.900 đồng", "11.900", 11900, "money", "đồng/m3", f"{TIER} bậc 3"),
    F("là 14.600 đồng", "14.600", 14600, "money", "đồng/m3", f"{TIER} bậc 4"),
    F("là 13.200 đồng", "13.200", 13200, "money", "đồng/m3", "giá nước cho cơ quan hành chính, đơn vị sự nghiệp"),
    F("chất 14.100 đồng", "14.100", 14100, "money", "đồng/m3", "giá nước cho sản xuất vật chất"),
    F("vụ 18.500 đồng", "18.500", 18500, "money", "đồng/m3", "giá nước cho kinh doanh dịch vụ"),
    F("gồm 5% thuế", "5", 5, "percent", "%", "thuế giá trị gia tăng"),
    F("là 9.870 đồng", "9.870", 9870, "money", "đồng/m3", "giá thành sản xuất nước sạch", Y23,
      change=change("increase", 1150, "đồng", "giá bán bình quân", approx="about")),
    F("vận hành hai nhà máy", "hai", 2, "count", "nhà máy", "nhà máy nước công ty vận hành"),
    F("hơn 112.000 khách", "112.000", 112000, "count", "khách hàng", "khách hàng được công ty cung cấp nước",
      approx="over"),
    F("quân 68.000 m3", "68.000", 68000, "measure", "m3/ngày", "sản lượng nước bình quân"),
    F("còn 14,2%", "14,2", 14.2, "percent", "%", "tỷ lệ thất thoát nước", Y23,
      change=change("decrease", 1.3, "%", "năm 2022")),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "mức tăng giá nước", Y26, value_max=7, status="forecast"),
    F("gần 3.400 hộ", "3.400", 3400, "count", "hộ", "hộ nghèo, hộ cận nghèo được hỗ trợ tiền nước", approx="nearly"),
    F("mức 50.000 đồng", "50.000", 50000, "money", "đồng/hộ/tháng", "mức hỗ trợ tiền nước"),
]

NOTES = [
    "Provincial newspaper (Báo Bình Định): menu, byline + time + date 'NGỌC NHUẬN - 07:25, 18/07/2024' (published), tag '(BĐ) -', tags.",
    "Distractors: 07:25, 'ngày 1/8' and 'ngày 1/8/2024' (effective date), the tier names 'bậc 1' … 'bậc 4' (levels, like 'mức độ 3'),",
    "the denominator '1 m3' in 'giá thành sản xuất 1 m3 nước sạch … là 9.870 đồng' (part of the unit đồng/m3), the '3' of 'm3'.",
    "'áp dụng từ ngày 1/8/2024' is an effective date, not a period of the spec's table: the tariff figures get no period.",
    "The 8,5% in the headline and in the sapo is a growth rate as the claim: percent, no change. '(trước đây 7.300 đồng/m3)' is a figure.",
    "'cao hơn giá bán bình quân khoảng 1.150 đồng' → change of 9.870 in đồng. '5% thuế giá trị gia tăng' is a percent figure (a tax rate).",
    "The company serves Quy Nhơn and two districts, so its figures stay at province level (Bình Định, named in the sapo and tag).",
]

if __name__ == "__main__":
    write("p1328-4", TEXT, NOTES, FIGS, published="2024-07-18", location="Bình Định")
