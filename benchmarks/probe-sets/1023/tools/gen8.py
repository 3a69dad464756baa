"""p1023-8: provincial newspaper online (Báo Bắc Giang, '(BGĐT) -'), headline figure, 9 months 2024."""
from lib import F, P, I, C, T, write_set

TEXT = """Báo Bắc Giang điện tử
Môi trường
9 tháng, hơn 85 nghìn hộ dân phân loại rác hữu cơ tại nguồn
22/10/2024 | 15:40

(BGĐT) - 9 tháng năm 2024, toàn tỉnh có hơn 85,3 nghìn hộ dân phân loại rác hữu cơ tại nguồn, đạt 91% kế hoạch năm, tăng 22,7% so với cùng kỳ. Trong đó, các huyện Lạng Giang, Yên Dũng và Hiệp Hòa dẫn đầu với lần lượt 14.620 hộ, 12.380 hộ và 11.050 hộ.

Rác hữu cơ sau phân loại được các hộ ủ làm phân bón hoặc tận dụng cho chăn nuôi, tổng lượng ước đạt 17.500 tấn. Bình quân mỗi hộ giảm được 0,5-0,7 kg rác thải ra môi trường mỗi ngày.

Tại TP Bắc Giang, Công ty CP Môi trường và Dịch vụ đô thị đã thu gom riêng rác hữu cơ tại 10/10 phường, bình quân 22 tấn/ngày, cao hơn 4 tấn so với năm 2023. Rác được chuyển về Nhà máy xử lý rác thải tại xã Đa Mai để sản xuất phân compost, bán cho nông dân với giá 2.500 đồng/kg.

Thực hiện Kế hoạch số 206/KH-UBND ngày 12/9/2023 của UBND tỉnh, Hội Liên hiệp Phụ nữ tỉnh đã trao tặng 2.600 thùng ủ, mỗi thùng trị giá 280.000 đồng; Hội thi “Gia đình xanh” lần thứ 3 thu hút gần 1.200 hội viên tham gia.

Trong quý IV/2024, tỉnh dự kiến cấp thêm 1.200 thùng ủ cho các huyện miền núi Sơn Động, Lục Ngạn, Lục Nam. Mục tiêu đến năm 2025, 95% hộ dân nông thôn phân loại rác hữu cơ tại nguồn; tỷ lệ rác sinh hoạt nông thôn được thu gom, xử lý đạt trên 90%.

Thu Phương
"""

M9 = P("9 tháng", "2024-01-01", "2024-09-30")
M9b = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Q4 = P("quý IV/2024", "2024-10-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
SUBJ = "hộ dân phân loại rác hữu cơ tại nguồn"

FIGS = [
    F("hơn 85 nghìn hộ", "85", 85000, "count", "hộ", SUBJ, M9, approx="over"),
    F("hơn 85,3 nghìn hộ", "85,3", 85300, "count", "hộ", SUBJ, M9b, approx="over", percent=91,
      change=C("increase", 22.7, "%", "cùng kỳ")),
    F("lần lượt 14.620 hộ", "14.620", 14620, "count", "hộ", SUBJ, I(M9b), total=85300, location="Lạng Giang"),
    F("12.380 hộ", "12.380", 12380, "count", "hộ", SUBJ, I(M9b), total=85300, location="Yên Dũng"),
    F("11.050 hộ", "11.050", 11050, "count", "hộ", SUBJ, I(M9b), total=85300, location="Hiệp Hòa"),
    F("ước đạt 17.500 tấn", "17.500", 17500, "measure", "tấn", "rác hữu cơ các hộ ủ làm phân bón hoặc tận dụng cho chăn nuôi",
      status="estimate"),
    F("được 0,5-0,7 kg", "0,5", 0.5, "measure", "kg/ngày", "rác thải ra môi trường giảm được bình quân mỗi hộ",
      value_max=0.7),
    F("tại 10/10 phường", "10", 10, "count", "phường", "phường thu gom riêng rác hữu cơ", total=10),
    F("bình quân 22 tấn/ngày", "22", 22, "measure", "tấn/ngày", "rác hữu cơ thu gom riêng",
      change=C("increase", 4, "tấn", "năm 2023")),
    F("giá 2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", "giá bán phân compost cho nông dân"),
    F("trao tặng 2.600 thùng", "2.600", 2600, "count", "thùng", "thùng ủ Hội Liên hiệp Phụ nữ tỉnh trao tặng"),
    F("trị giá 280.000 đồng", "280.000", 280000, "money", "đồng", "trị giá mỗi thùng ủ"),
    F("gần 1.200 hội viên", "1.200", 1200, "count", "hội viên", "hội viên tham gia Hội thi “Gia đình xanh”",
      approx="nearly"),
    F("thêm 1.200 thùng", "1.200", 1200, "count", "thùng", "thùng ủ cấp thêm cho các huyện miền núi", Q4,
      status="forecast"),
    F("2025, 95% hộ", "95", 95, "percent", "%", "hộ dân nông thôn phân loại rác hữu cơ tại nguồn", T25,
      status="target"),
    F("đạt trên 90%", "90", 90, "percent", "%", "tỷ lệ rác sinh hoạt nông thôn được thu gom, xử lý", T25,
      approx="over", status="target"),
]

NOTES = [
    "Báo Bắc Giang điện tử: headline figure 'hơn 85 nghìn hộ' (year-less '9 tháng' -> 2024 from published), '22/10/2024 | 15:40', tag '(BGĐT) -'; invented for probe set 1023.",
    "'Trong đó, ... lần lượt 14.620 hộ, 12.380 hộ và 11.050 hộ' -> parts of 85.300 (total), locations Lạng Giang, Yên Dũng, Hiệp Hòa.",
    "'đạt 91% kế hoạch năm' -> percent of 85,3 nghìn; 'cao hơn 4 tấn so với năm 2023' -> change (tấn) of 22 tấn/ngày.",
    "TP Bắc Giang figures -> location Bắc Giang (same name as the province). 1.200 thùng for three mountain districts -> Bắc Giang.",
    "Distractors: 'Kế hoạch số 206/KH-UBND ngày 12/9/2023', 'lần thứ 3' (ordinal), '15:40', 'Công ty CP ...', 'xã Đa Mai'.",
]

write_set("p1023-8", TEXT, FIGS, NOTES, published="2024-10-22", location="Bắc Giang")
