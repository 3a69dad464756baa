"""p485-2: huyện Đức Thọ (Hà Tĩnh) district portal — canal solidification H1/2024."""
from lib import F, P, I, CH, emit

TEXT = """UBND HUYỆN ĐỨC THỌ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ / Kinh tế / Nông nghiệp

Đức Thọ kiên cố hóa hơn 14 km kênh mương nội đồng trong 6 tháng đầu năm

Thứ Tư, 17/07/2024 - 09:20

6 tháng đầu năm 2024, toàn huyện đã kiên cố hóa được 14,6 km kênh mương nội đồng, đạt 73% kế hoạch năm, tăng 2,3 km so với cùng kỳ năm 2023. Tổng kinh phí thực hiện 21,4 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 9,8 tỷ đồng, ngân sách huyện 4,5 tỷ đồng, ngân sách xã và nhân dân đóng góp 7,1 tỷ đồng.

Các xã có khối lượng lớn là Tùng Ảnh (2,1 km), Liên Minh (1,8 km) và Đức Lạng (1,5 km). Riêng tuyến kênh N4 đoạn qua xã Tùng Ảnh dài 850 m được làm bằng bê tông cốt thép với kinh phí 1,9 tỷ đồng.

Đến nay, tổng chiều dài kênh mương nội đồng đã kiên cố hóa trên địa bàn huyện là 312,7/548 km, chiếm 57,1%. Phấn đấu đến năm 2025, tỷ lệ kênh mương nội đồng được kiên cố hóa đạt 65%.

Trong 6 tháng, các xã cũng đã nạo vét gần 86 km kênh mương, sửa chữa 12 trạm bơm điện, huy động khoảng 4.500 ngày công lao động. Nhờ đó, 100% diện tích lúa vụ Xuân (khoảng 5.240 ha) được tưới chủ động. Ước cả năm 2024, toàn huyện kiên cố hóa được khoảng 20,5 km kênh mương.

Hiện huyện đang triển khai theo Quyết định số 1568/QĐ-UBND ngày 22/3/2024 của UBND tỉnh; trạm bơm Đức Lạng 2 ven Tỉnh lộ 8B đã được đưa vào vận hành. Mọi phản ánh xin gọi số 0239.3831.205.

Trần Hà - Phòng Nông nghiệp và PTNT
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")

FIGS = [
    F("hơn 14 km", "14", 14, "measure", "km", "kênh mương nội đồng kiên cố hóa",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over",
      note="headline: '6 tháng đầu năm' without a year takes the year of published (nothing earlier)"),
    F("được 14,6 km", "14,6", 14.6, "measure", "km", "kênh mương nội đồng kiên cố hóa", H1,
      percent=73, change=CH("increase", 2.3, "km", "cùng kỳ năm 2023")),
    F("thực hiện 21,4 tỷ đồng", "21,4", 21.4e9, "money", "đồng", "tổng kinh phí thực hiện", I(H1)),
    F("hỗ trợ 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", "ngân sách tỉnh hỗ trợ", I(H1), total=21.4e9),
    F("huyện 4,5 tỷ đồng", "4,5", 4.5e9, "money", "đồng", "ngân sách huyện", I(H1), total=21.4e9),
    F("góp 7,1 tỷ đồng", "7,1", 7.1e9, "money", "đồng", "ngân sách xã và nhân dân đóng góp", I(H1), total=21.4e9),
    F("Tùng Ảnh (2,1 km)", "2,1", 2.1, "measure", "km", "khối lượng kênh mương kiên cố hóa"),
    F("Liên Minh (1,8 km)", "1,8", 1.8, "measure", "km", "khối lượng kênh mương kiên cố hóa"),
    F("Đức Lạng (1,5 km)", "1,5", 1.5, "measure", "km", "khối lượng kênh mương kiên cố hóa"),
    F("dài 850 m", "850", 850, "measure", "m", "chiều dài tuyến kênh N4 đoạn qua xã Tùng Ảnh"),
    F("kinh phí 1,9 tỷ đồng", "1,9", 1.9e9, "money", "đồng", "kinh phí tuyến kênh N4 đoạn qua xã Tùng Ảnh"),
    F("là 312,7/548 km", "312,7", 312.7, "measure", "km", "tổng chiều dài kênh mương nội đồng đã kiên cố hóa",
      P("Đến nay", end="2024-07-17"), total=548, percent=57.1),
    F("đạt 65%", "65", 65, "percent", "%", "tỷ lệ kênh mương nội đồng được kiên cố hóa",
      P("đến năm 2025", end="2025-12-31"), status="target"),
    F("gần 86 km", "86", 86, "measure", "km", "kênh mương được nạo vét",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30"), approx="nearly"),
    F("sửa chữa 12 trạm bơm", "12", 12, "count", "trạm bơm điện", "trạm bơm điện được sửa chữa",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30")),
    F("khoảng 4.500 ngày công", "4.500", 4500, "count", "ngày công", "ngày công lao động huy động",
      P("Trong 6 tháng", "2024-01-01", "2024-06-30"), approx="about"),
    F("100% diện tích", "100", 100, "percent", "%", "diện tích lúa vụ Xuân được tưới chủ động"),
    F("khoảng 5.240 ha", "5.240", 5240, "measure", "ha", "diện tích lúa vụ Xuân được tưới chủ động", approx="about"),
    F("khoảng 20,5 km", "20,5", 20.5, "measure", "km", "kênh mương kiên cố hóa",
      P("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
]

emit("p485-2", TEXT, [
    "Cổng TTĐT huyện Đức Thọ (Hà Tĩnh), dateline 'Thứ Tư, 17/07/2024 - 09:20', byline at the end: canal solidification 6 months 2024.",
    "Distractors: kênh N4, trạm bơm Đức Lạng 2, Tỉnh lộ 8B, Quyết định số 1568/QĐ-UBND ngày 22/3/2024, phone 0239.3831.205.",
    "Location: the district (district portal). Communes in the list (Tùng Ảnh, Liên Minh, Đức Lạng) are not province/city/district",
    "units in FIGURES.md, so their figures keep the district 'Đức Thọ'; the subject is the list's indicator (FIGURES.md 'Lists').",
    "revised after the first scoring: the commune names were removed from these three subjects (the list rule makes the subject",
    "the list's indicator, not the item); 'khối lượng kênh mương kiên cố hóa' is kept as the indicator the paragraph names.",
    "'đạt 73% kế hoạch năm' after 14,6 km is its percent; 'tăng 2,3 km so với cùng kỳ năm 2023' its change.",
    "Funding parts after 'trong đó' (9,8 + 4,5 + 7,1 = 21,4 tỷ) take 21,4 tỷ as total. '312,7/548 km' gives total 548 and 'chiếm 57,1%' the percent.",
    "'Đến nay' ends at the dateline; 'Trong 6 tháng' in a half-year article is the first six months of 2024; 'Ước cả năm 2024' is an estimate.",
], FIGS, published="2024-07-17", location="Đức Thọ")
