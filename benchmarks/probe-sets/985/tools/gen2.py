"""p985-2: district portal (quận Long Biên, Hà Nội), trees planted and parks renovated in 2023."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN LONG BIÊN
Trang chủ / Tin tức / Đô thị - Môi trường

Long Biên: Vượt kế hoạch trồng cây xanh năm 2023
Ngày đăng: 22/11/2023 | Chuyên mục: Đô thị

Từ đầu năm đến nay, UBND quận Long Biên đã trồng mới 2.850 cây bóng mát trên 27 tuyến đường, tuyến phố, đạt 114% kế hoạch năm; trong đó nhiều nhất là các phường Phúc Đồng (420 cây), Việt Hưng (385 cây) và Giang Biên (310 cây). Các loài cây được lựa chọn chủ yếu là lim xẹt, muồng hoàng yến, chò nâu, bằng lăng, có chiều cao từ 4 đến 6 m khi trồng.

Quận cũng đã cải tạo, chỉnh trang hai vườn hoa và 11 sân chơi công cộng tại các tổ dân phố với tổng kinh phí hơn 6,3 tỷ đồng, trong đó xã hội hóa 1,8 tỷ đồng. Riêng vườn hoa tại ngã ba Nguyễn Văn Cừ - Ngọc Lâm được mở rộng thêm 1.200 m2.

Theo số liệu của Phòng Quản lý đô thị, tính đến ngày 31/10/2023, trên địa bàn quận có 41.650 cây xanh đường phố, tăng 3.120 cây so với cuối năm 2022; trong đó có 1.146 cây cổ thụ. Qua rà soát, 35 cây có nguy cơ gãy đổ cao đã được lập phương án xử lý trước mùa mưa bão.

Năm 2024, quận phấn đấu trồng thêm 3.000 cây bóng mát, hoàn thành cải tạo công viên Hồ Thạch Bàn với diện tích khoảng 4,5 ha. Dự kiến tổng vốn đầu tư cho cây xanh, công viên năm 2024 khoảng 25 tỷ đồng.

Người dân phát hiện cây nghiêng, gãy đổ có thể báo qua đường dây nóng 024.3827.5120 hoặc trực tiếp tại trụ sở UBND quận, số 1 phố Vạn Hạnh, phường Việt Hưng.

Ban biên tập
"""

YR = P("Từ đầu năm đến nay", "2023-01-01", "2023-11-22")
ASOF = P("tính đến ngày 31/10/2023", None, "2023-10-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "cây bóng mát trồng mới"
FIGS = [
    F("trồng mới 2.850 cây bóng mát", "2.850", 2850, "count", "cây", SUBJ, YR, percent=114),
    F("trên 27 tuyến đường", "27", 27, "count", "tuyến đường, tuyến phố", "tuyến đường, tuyến phố được trồng cây", YR),
    F("(420 cây)", "420", 420, "count", "cây", SUBJ, YR, total=2850),
    F("(385 cây)", "385", 385, "count", "cây", SUBJ, YR, total=2850),
    F("(310 cây)", "310", 310, "count", "cây", SUBJ, YR, total=2850),
    F("từ 4 đến 6 m", "4", 4, "measure", "m", "chiều cao cây khi trồng", value_max=6, optional=True),
    F("hai vườn hoa", "hai", 2, "count", "vườn hoa", "vườn hoa được cải tạo, chỉnh trang", I(YR)),
    F("11 sân chơi", "11", 11, "count", "sân chơi", "sân chơi công cộng được cải tạo, chỉnh trang", I(YR)),
    F("hơn 6,3 tỷ đồng", "6,3", 6.3e9, "money", "đồng", "tổng kinh phí cải tạo vườn hoa, sân chơi", I(YR),
      approx="over"),
    F("xã hội hóa 1,8 tỷ đồng", "1,8", 1.8e9, "money", "đồng", "kinh phí xã hội hóa", I(YR), total=6.3e9),
    F("thêm 1.200 m2", "1.200", 1200, "measure", "m2", "diện tích vườn hoa ngã ba Nguyễn Văn Cừ - Ngọc Lâm mở rộng thêm",
      I(YR)),
    F("có 41.650 cây xanh", "41.650", 41650, "count", "cây", "cây xanh đường phố", ASOF,
      change=C("increase", 3120, "cây", baseline="cuối năm 2022")),
    F("có 1.146 cây cổ thụ", "1.146", 1146, "count", "cây", "cây cổ thụ", ASOF, total=41650),
    F("35 cây có nguy cơ", "35", 35, "count", "cây", "cây có nguy cơ gãy đổ cao", I(ASOF)),
    F("thêm 3.000 cây", "3.000", 3000, "count", "cây", SUBJ, Y24, status="target"),
    F("khoảng 4,5 ha", "4,5", 4.5, "measure", "ha", "diện tích công viên Hồ Thạch Bàn", Y24, approx="about",
      status="target"),
    F("khoảng 25 tỷ đồng", "25", 25e9, "money", "đồng", "tổng vốn đầu tư cho cây xanh, công viên",
      P("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="forecast"),
]

NOTES = [
    "Cổng TTĐT quận Long Biên (invented). 'Từ đầu năm đến nay' = 2023-01-01..dateline 2023-11-22.",
    "Bracketed ward list after 'trong đó' are parts of 2.850 (total). Wards are below the spec's levels (province, city, district): location stays Long Biên.",
    "revised after the first run: the three ward items had location = ward; changed to the district (FIGURES.md: location is a province, city or district).",
    "'đạt 114% kế hoạch năm' is the share (percent) of 2.850. 'tăng 3.120 cây so với cuối năm 2022' is a change in cây.",
    "'từ 4 đến 6 m khi trồng' describes the saplings chosen (a specification): optional. 'hai vườn hoa' is a number word (2).",
    "'hoàn thành cải tạo công viên … khoảng 4,5 ha' continues the 'phấn đấu' clause: target; the area is the park's.",
    "Distractors: hotline 024.3827.5120, 'số 1 phố Vạn Hạnh', 'ngã ba Nguyễn Văn Cừ - Ngọc Lâm', 'Ngày đăng' date.",
]

write("p985-2", TEXT, FIGS, published="2023-11-22", location="Long Biên", notes=NOTES)
