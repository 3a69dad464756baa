"""p1052-8: provincial newspaper online (Báo Bắc Giang), headline figure, (BGĐT) tag."""
from lib import F, P, I, C, T, write_set

TEXT = """Bắc Giang: 9 tháng kiên cố hóa 86 km kênh mương nội đồng

Thứ Sáu, 11/10/2024 15:40

(BGĐT) - 9 tháng đầu năm, toàn tỉnh kiên cố hóa được 86,3 km kênh mương nội đồng, đạt 78,5% kế hoạch năm, tăng 14,2 km so với cùng kỳ năm 2023. Tổng kinh phí thực hiện hơn 112 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 67,4 tỷ đồng, còn lại do các huyện, xã và nhân dân đóng góp.

Theo Sở Nông nghiệp và PTNT, các địa phương đạt khối lượng lớn là Lục Nam (16,2 km), Yên Thế (13,8 km), Tân Yên (12,5 km) và Lạng Giang (11,9 km). Mức hỗ trợ của tỉnh là 1,2 tỷ đồng/km đối với kênh loại I và 0,8 tỷ đồng/km đối với kênh loại II, theo Nghị quyết số 07/2021/NQ-HĐND.

Cùng với đó, tỉnh đã cấp 104,7 tỷ đồng hỗ trợ tiền sử dụng sản phẩm, dịch vụ công ích thủy lợi cho 2 công ty TNHH MTV khai thác công trình thủy lợi (Nam Yên Dũng và Bắc Sông Thương) và 209 hợp tác xã dịch vụ nông nghiệp, bằng 75% dự toán năm. Diện tích được tưới, tiêu 9 tháng đạt gần 120.800 ha.

Hiện toàn tỉnh có 1.352 trạm bơm, 6.800 km kênh mương, trong đó đã kiên cố khoảng 3.900 km, chiếm 57,4%.

Quý IV/2024, tỉnh phấn đấu kiên cố hóa thêm 24 km để hoàn thành kế hoạch 110 km năm 2024. Giai đoạn 2021-2025, tỉnh đặt mục tiêu kiên cố hóa 500 km kênh mương. Từ năm 2021 đến nay, các địa phương đã thực hiện được khoảng 389 km, trong đó nhiều tuyến kênh dọc Quốc lộ 31 và tỉnh lộ 293.

Minh Hường
"""

M9h = P("9 tháng", "2024-01-01", "2024-09-30")
M9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
SUBJ = "kênh mương nội đồng kiên cố hóa"
FIGS = [
    F("hóa 86 km", "86", 86, "measure", "km", SUBJ, M9h),
    F("được 86,3 km", "86,3", 86.3, "measure", "km", SUBJ, M9, percent=78.5,
      change=C("increase", 14.2, "km", "cùng kỳ năm 2023")),
    F("hơn 112 tỷ đồng", "112", 112e9, "money", "đồng",
      "tổng kinh phí thực hiện kiên cố hóa kênh mương", I(M9), approx="over"),
    F("hỗ trợ 67,4 tỷ đồng", "67,4", 67.4e9, "money", "đồng",
      "ngân sách tỉnh hỗ trợ", I(M9), total=112e9),
    F("Lục Nam (16,2 km)", "16,2", 16.2, "measure", "km", SUBJ, I(M9), location="Lục Nam"),
    F("Yên Thế (13,8 km)", "13,8", 13.8, "measure", "km", SUBJ, I(M9), location="Yên Thế"),
    F("Tân Yên (12,5 km)", "12,5", 12.5, "measure", "km", SUBJ, I(M9), location="Tân Yên"),
    F("Lạng Giang (11,9 km)", "11,9", 11.9, "measure", "km", SUBJ, I(M9), location="Lạng Giang"),
    F("là 1,2 tỷ đồng/km", "1,2", 1.2e9, "money", "đồng/km",
      "mức hỗ trợ của tỉnh đối với kênh loại I"),
    F("và 0,8 tỷ đồng/km", "0,8", 0.8e9, "money", "đồng/km",
      "mức hỗ trợ của tỉnh đối với kênh loại II"),
    F("cấp 104,7 tỷ đồng", "104,7", 104.7e9, "money", "đồng",
      "kinh phí hỗ trợ tiền sử dụng sản phẩm, dịch vụ công ích thủy lợi", I(M9), percent=75),
    F("cho 2 công ty", "2", 2, "count", "công ty",
      "công ty TNHH MTV khai thác công trình thủy lợi được cấp kinh phí", I(M9)),
    F("209 hợp tác xã", "209", 209, "count", "hợp tác xã",
      "hợp tác xã dịch vụ nông nghiệp được cấp kinh phí", I(M9)),
    F("gần 120.800 ha", "120.800", 120800, "measure", "ha",
      "diện tích được tưới, tiêu", P("9 tháng", "2024-01-01", "2024-09-30"), approx="nearly"),
    F("có 1.352 trạm bơm", "1.352", 1352, "count", "trạm bơm", "trạm bơm"),
    F("6.800 km", "6.800", 6800, "measure", "km", "kênh mương"),
    F("khoảng 3.900 km", "3.900", 3900, "measure", "km", "kênh mương đã kiên cố",
      approx="about", total=6800, percent=57.4),
    F("thêm 24 km", "24", 24, "measure", "km", "kênh mương kiên cố hóa thêm",
      P("Quý IV/2024", "2024-10-01", "2024-12-31"), status="target"),
    F("kế hoạch 110 km", "110", 110, "measure", "km", "kế hoạch kiên cố hóa kênh mương",
      P("năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("hóa 500 km", "500", 500, "measure", "km", "kênh mương kiên cố hóa",
      P("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), status="target"),
    F("khoảng 389 km", "389", 389, "measure", "km", "kênh mương kiên cố hóa đã thực hiện",
      P("Từ năm 2021 đến nay", "2021-01-01", "2024-10-11"), approx="about"),
]

NOTES = [
    "Báo Bắc Giang online, '(BGĐT) -' tag, headline '9 tháng ... 86 km' without a year: 2024 from the dateline.",
    "District list 'Lục Nam (16,2 km), ...' shares the indicator; the items do not add up to 86,3 km, so no total.",
    "'kế hoạch 110 km năm 2024' and 'mục tiêu ... 500 km' are figures with status target; 389 km (from 2021 to now) carries no target.",
    "Distractors: '(BGĐT)', '15:40', Nghị quyết số 07/2021/NQ-HĐND, 'kênh loại I/II', Quốc lộ 31, tỉnh lộ 293, byline.",
]

write_set("p1052-8", TEXT, FIGS, NOTES, published="2024-10-11", location="Bắc Giang")
