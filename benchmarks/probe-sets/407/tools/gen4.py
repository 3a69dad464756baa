from lib import F, P, build

TEXT = """BÁO NGHỆ AN - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NGHỆ AN
Thời sự > Xã hội

6 tháng đầu năm, dông lốc, sét gây thiệt hại gần 74 tỷ đồng
Nguyễn Hải - Thứ Hai, 08/07/2024 15:12

(Baonghean.vn) - Theo Ban Chỉ huy PCTT và TKCN tỉnh, 6 tháng đầu năm 2024, trên địa bàn Nghệ An xảy ra 14 đợt dông, lốc, sét và mưa đá, nhiều hơn 5 đợt so với cùng kỳ năm 2023.

Thiên tai đã làm 6 người chết (đều do sét đánh), 9 người bị thương; 2.184 ngôi nhà bị tốc mái, hư hỏng, tăng 37,6% so với cùng kỳ; 1.962 ha lúa, ngô và hoa màu bị đổ, dập nát; 74 con gia súc bị chết. Tổng giá trị thiệt hại ước tính gần 74 tỷ đồng, gấp 1,8 lần cùng kỳ năm trước.

Địa phương bị thiệt hại nặng nhất là huyện Kỳ Sơn với 23,5 tỷ đồng, chiếm 31,8% tổng thiệt hại của tỉnh; tiếp đến là Tương Dương 12,1 tỷ đồng, Quế Phong 9,4 tỷ đồng và Con Cuông 7,2 tỷ đồng. Riêng trận lốc xoáy kèm mưa đá chiều 27/4 tại huyện Kỳ Sơn đã làm tốc mái 826 nhà ở 9 xã, nhiều nhất là xã Mường Lống (214 nhà) và Na Loi (139 nhà).

Đáng chú ý, sét là nguyên nhân của toàn bộ các vụ tử vong do thiên tai; nạn nhân chủ yếu là người đang làm đồng, chăn thả gia súc ở nơi trống trải.

Từ nguồn dự phòng ngân sách, UBND tỉnh đã hỗ trợ các địa phương 8,5 tỷ đồng; Ủy ban MTTQ tỉnh và các nhà hảo tâm hỗ trợ thêm trên 3,2 tỷ đồng. Mức hỗ trợ gia đình có người chết là 10 triệu đồng/người, người bị thương nặng 3 triệu đồng/người.

Ngành chức năng khuyến cáo người dân không trú mưa dưới gốc cây, không dùng điện thoại ở nơi trống trải khi có dông sét. Thông tin về thiên tai xin liên hệ số điện thoại 0238.3844.222.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", True)
HL = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
D27 = P("chiều 27/4", "2024-04-27", "2024-04-27")
LOSS = "thiệt hại"

FIGS = [
    F("gần 74 tỷ đồng\n", "74", 74e9, "money", "đồng", "thiệt hại do dông lốc, sét", HL, approx="nearly"),
    F("xảy ra 14 đợt", "14", 14, "count", "đợt", "đợt dông, lốc, sét và mưa đá", H1,
      change=dict(direction="increase", value=5, unit="đợt", approx="exact", baseline="cùng kỳ năm 2023")),
    F("làm 6 người chết", "6", 6, "count", "người", "người chết", H1I),
    F("9 người bị thương", "9", 9, "count", "người", "người bị thương", H1I),
    F("2.184 ngôi nhà", "2.184", 2184, "count", "ngôi nhà", "nhà bị tốc mái, hư hỏng", H1I,
      change=dict(direction="increase", value=37.6, unit="%", approx="exact", baseline="cùng kỳ")),
    F("1.962 ha", "1.962", 1962, "measure", "ha", "lúa, ngô và hoa màu bị đổ, dập nát", H1I),
    F("74 con gia súc", "74", 74, "count", "con", "gia súc bị chết", H1I),
    F("ước tính gần 74 tỷ đồng", "74", 74e9, "money", "đồng", "tổng giá trị thiệt hại", H1I, approx="nearly",
      status="estimate", change=dict(direction="increase", value=1.8, unit="lần", approx="exact", baseline="cùng kỳ năm trước")),
    F("Kỳ Sơn với 23,5 tỷ đồng", "23,5", 23.5e9, "money", "đồng", LOSS, H1I, location="Kỳ Sơn", percent=31.8),
    F("Tương Dương 12,1 tỷ", "12,1", 12.1e9, "money", "đồng", LOSS, H1I, location="Tương Dương"),
    F("Quế Phong 9,4 tỷ", "9,4", 9.4e9, "money", "đồng", LOSS, H1I, location="Quế Phong"),
    F("Con Cuông 7,2 tỷ", "7,2", 7.2e9, "money", "đồng", LOSS, H1I, location="Con Cuông"),
    F("tốc mái 826 nhà", "826", 826, "count", "nhà", "nhà bị tốc mái", D27, location="Kỳ Sơn"),
    F("ở 9 xã", "9", 9, "count", "xã", "xã có nhà bị tốc mái", D27, location="Kỳ Sơn"),
    F("Mường Lống (214 nhà)", "214", 214, "count", "nhà", "nhà bị tốc mái", D27, location="Kỳ Sơn"),
    F("Na Loi (139 nhà)", "139", 139, "count", "nhà", "nhà bị tốc mái", D27, location="Kỳ Sơn"),
    F("các địa phương 8,5 tỷ đồng", "8,5", 8.5e9, "money", "đồng", "kinh phí UBND tỉnh hỗ trợ các địa phương", H1I),
    F("trên 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "kinh phí Ủy ban MTTQ tỉnh và các nhà hảo tâm hỗ trợ", H1I,
      approx="over"),
    F("10 triệu đồng/người", "10", 10e6, "money", "đồng/người", "mức hỗ trợ gia đình có người chết"),
    F("3 triệu đồng/người", "3", 3e6, "money", "đồng/người", "mức hỗ trợ người bị thương nặng"),
]

HEADER = """Party newspaper (Báo Nghệ An): dông, lốc, sét, mưa đá in the first half of 2024. Byline before the dateline 'Thứ Hai, 08/07/2024 15:12'.
Distractors: '(Baonghean.vn)' tag, phone 0238.3844.222, 'chiều 27/4' only as a period. Headline 'gần 74 tỷ' takes the headline's '6 tháng đầu năm'.
'nhiều hơn 5 đợt so với cùng kỳ năm 2023' is the change of 14 đợt (unit đợt). '… tăng 37,6% so với cùng kỳ' the change of 2.184 nhà;
'gấp 1,8 lần cùng kỳ năm trước' the change of the 74 tỷ estimate. 'chiếm 31,8% tổng thiệt hại' is the share of Kỳ Sơn's 23,5 tỷ; the other
districts in the list share the indicator, no total (no part cue). The Kỳ Sơn whirlwind: one-day period 'chiều 27/4' (year from 2024 above);
communes in brackets lie in Kỳ Sơn (location: the district; revised after the first run).
The district list's indicator is 'thiệt hại' as the sentence names it (revised after the first run). Relief money: the half-year period is inherited; per-person rates have no period."""

build("p407-4", TEXT, FIGS, HEADER, published="2024-07-08", location="Nghệ An")
