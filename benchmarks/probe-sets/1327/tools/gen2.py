"""p1327-2: district portal (Hải Hậu, Nam Định): a cooperative supplies fertiliser on deferred payment."""
from lib import F, period, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU - TỈNH NAM ĐỊNH
Trang chủ | Tin tức - Sự kiện | Kinh tế | Nông nghiệp - Nông thôn

HTX Hải Minh cung ứng phân bón trả chậm cho xã viên

14/03/2024 - 10:20

Vụ Xuân năm nay, Hợp tác xã Dịch vụ nông nghiệp Hải Minh đã cung ứng cho xã viên 186 tấn phân bón các loại, tăng 12% so với vụ Xuân năm 2023, gồm 74 tấn phân urê, 95 tấn phân NPK và 17 tấn phân kali. Năm 2023, HTX cung ứng 352 tấn phân bón, vượt 10% kế hoạch.

Ông Vũ Đức Thịnh, Giám đốc HTX cho biết, nhờ ký hợp đồng mua trực tiếp với nhà máy, giá phân bón HTX bán cho xã viên thấp hơn giá đại lý bên ngoài từ 5 đến 7%. Cụ thể, phân urê có giá 11.200 đồng/kg, phân NPK 5-10-3 giá 4.600 đồng/kg. Xã viên được trả chậm đến cuối vụ, không tính lãi. HTX đã đầu tư hai kho chứa với tổng sức chứa khoảng 80 tấn. Toàn HTX có 1.420 hộ xã viên với gần 520 ha lúa; bình quân mỗi sào lúa giảm được khoảng 25.000 đồng tiền phân bón.

Năm 2024, HTX phấn đấu cung ứng 400 tấn phân bón, doanh thu dịch vụ đạt trên 5 tỷ đồng.

Toàn huyện hiện có 35 hợp tác xã nông nghiệp, trong đó 21 HTX tổ chức dịch vụ cung ứng vật tư nông nghiệp; 168 cửa hàng, đại lý kinh doanh phân bón đã được cấp giấy chứng nhận đủ điều kiện. Vụ Xuân 2024, toàn huyện gieo cấy khoảng 11.600 ha lúa.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Hải Hậu ra quân làm thủy lợi nội đồng
- Hội nghị tổng kết phong trào nông dân năm 2023

Cơ quan chủ quản: UBND huyện Hải Hậu
Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
Điện thoại: 0228.3877.215
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
SUP = "phân bón các loại HTX cung ứng cho xã viên"

FIGS = [
    F("xã viên 186 tấn", "186", 186, "measure", "tấn", SUP,
      change=change("increase", 12, "%", "vụ Xuân năm 2023")),
    F("gồm 74 tấn", "74", 74, "measure", "tấn", "phân urê HTX cung ứng", total=186),
    F("95 tấn phân NPK", "95", 95, "measure", "tấn", "phân NPK HTX cung ứng", total=186),
    F("và 17 tấn", "17", 17, "measure", "tấn", "phân kali HTX cung ứng", total=186),
    F("cung ứng 352 tấn", "352", 352, "measure", "tấn", "phân bón HTX cung ứng", Y23,
      change=change("increase", 10, "%", "kế hoạch")),
    F("từ 5 đến 7%", "5", 5, "percent", "%", "giá phân bón HTX bán cho xã viên thấp hơn giá đại lý bên ngoài",
      value_max=7),
    F("giá 11.200 đồng/kg", "11.200", 11200, "money", "đồng/kg", "giá phân urê"),
    F("giá 4.600 đồng/kg", "4.600", 4600, "money", "đồng/kg", "giá phân NPK 5-10-3"),
    F("hai kho chứa", "hai", 2, "count", "kho chứa", "kho chứa HTX đã đầu tư"),
    F("khoảng 80 tấn", "80", 80, "measure", "tấn", "tổng sức chứa", approx="about"),
    F("có 1.420 hộ", "1.420", 1420, "count", "hộ", "hộ xã viên"),
    F("gần 520 ha", "520", 520, "measure", "ha", "lúa của hộ xã viên", approx="nearly"),
    F("khoảng 25.000 đồng", "25.000", 25000, "money", "đồng/sào",
      "tiền phân bón giảm được bình quân mỗi sào lúa", approx="about"),
    F("cung ứng 400 tấn", "400", 400, "measure", "tấn", "phân bón HTX cung ứng", Y24, status="target"),
    F("trên 5 tỷ", "5", 5e9, "money", "đồng", "doanh thu dịch vụ", Y24, approx="over", status="target"),
    F("có 35 hợp tác xã", "35", 35, "count", "hợp tác xã", "hợp tác xã nông nghiệp"),
    F("trong đó 21 HTX", "21", 21, "count", "HTX", "HTX tổ chức dịch vụ cung ứng vật tư nông nghiệp", total=35),
    F("168 cửa hàng", "168", 168, "count", "cửa hàng, đại lý",
      "cửa hàng, đại lý kinh doanh phân bón đã được cấp giấy chứng nhận đủ điều kiện"),
    F("khoảng 11.600 ha", "11.600", 11600, "measure", "ha", "lúa toàn huyện gieo cấy", approx="about"),
]

NOTES = [
    "District portal (Hải Hậu, Nam Định): banner, menu, '14/03/2024 - 10:20' under the headline (published), 'Nguồn:', 'Tin khác', footer.",
    "The cooperative is in xã Hải Minh, huyện Hải Hậu: every figure is located in Hải Hậu (the district the portal names).",
    "'Vụ Xuân năm nay', 'Vụ Xuân 2024' are crop seasons, not calendar periods: no period. 'Năm 2023', 'Năm 2024' are periods.",
    "'gồm 74 + 95 + 17' = 186 → total 186. 'vượt 10% kế hoạch' → change +10% with baseline 'kế hoạch' (FIGURES.md: result against plan).",
    "'thấp hơn giá đại lý bên ngoài từ 5 đến 7%' has no base amount: a percent figure (range). 'mỗi sào lúa … 25.000 đồng' → unit đồng/sào.",
    "'phấn đấu cung ứng 400 tấn …, doanh thu … đạt trên 5 tỷ đồng' → both target. '168 cửa hàng' follows ';' and counts another thing: no total.",
    "Distractors: time 10:20, 'NPK 5-10-3', 'Khu 4', phone 0228.3877.215, 'năm 2023' in a link title.",
]

if __name__ == "__main__":
    write("p1327-2", TEXT, NOTES, FIGS, published="2024-03-14", location="Hải Hậu")
