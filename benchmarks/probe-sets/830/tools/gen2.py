"""p830-2: district portal (huyện Khánh Vĩnh, Khánh Hòa), bed-net treatment round 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KHÁNH VĨNH
Tin tức - Sự kiện » Y tế - Giáo dục
Thứ Hai, 17/06/2024 - 10:20

Khánh Vĩnh hoàn thành đợt tẩm màn phòng chống sốt rét năm 2024

Từ ngày 20/5 đến ngày 10/6/2024, Trung tâm Y tế huyện phối hợp với UBND 14 xã, thị trấn tổ chức tẩm màn bằng hóa chất Fendona 10SC cho người dân vùng sốt rét lưu hành. Kết quả, đã tẩm 8.430 chiếc màn, đạt 102,8% kế hoạch, bảo vệ 21.560 người; trong đó xã Khánh Thượng 1.250 chiếc, Sơn Thái 1.120 chiếc, Giang Ly 980 chiếc. Lượng hóa chất sử dụng khoảng 185 lít. Huyện thành lập 12 đội tẩm màn, bình quân mỗi đội tẩm 150-200 chiếc/ngày.

Cùng với tẩm màn, 5 tháng đầu năm 2024, huyện đã xét nghiệm 9.742 lam máu, phát hiện 23 trường hợp nhiễm ký sinh trùng sốt rét, tăng 6 trường hợp so với cùng kỳ năm 2023; không có sốt rét ác tính và tử vong. Tỷ lệ lam máu dương tính là 0,24%. Số bệnh nhân được điều trị đủ liều đạt 100%.

Ông Cao Minh Ba, Phó Giám đốc Trung tâm Y tế huyện cho biết, khoảng 70% ca bệnh là người đi rừng, ngủ rẫy ở khu vực giáp ranh huyện Bác Ái (tỉnh Ninh Thuận). Trạm Y tế xã Khánh Thượng đã bố trí 01 điểm kính hiển vi tại thôn Suối Lách và 2 tổ xét nghiệm lưu động.

Trong 6 tháng cuối năm 2024, huyện phấn đấu xét nghiệm thêm 10.000 lam máu, giữ vững 9/14 xã, thị trấn đạt tiêu chí loại trừ sốt rét, không để dịch chồng dịch xảy ra. Kinh phí cho đợt tẩm màn là 96,5 triệu đồng, do ngân sách tỉnh cấp.

Thanh Hà (TTYT huyện Khánh Vĩnh)
"""

CAMP = P("Từ ngày 20/5 đến ngày 10/6/2024", "2024-05-20", "2024-06-10")
M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
H2 = P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")

FIGS = [
    F("UBND 14 xã, thị trấn", "14", 14, "count", "xã, thị trấn", "xã, thị trấn phối hợp tẩm màn", CAMP, optional=True),
    F("tẩm 8.430 chiếc màn", "8.430", 8430, "count", "chiếc màn", "màn được tẩm", I(CAMP), percent=102.8),
    F("bảo vệ 21.560 người", "21.560", 21560, "count", "người", "người được bảo vệ", I(CAMP)),
    F("Khánh Thượng 1.250 chiếc", "1.250", 1250, "count", "chiếc", "màn được tẩm", I(CAMP), total=8430),
    F("Sơn Thái 1.120 chiếc", "1.120", 1120, "count", "chiếc", "màn được tẩm", I(CAMP), total=8430),
    F("Giang Ly 980 chiếc", "980", 980, "count", "chiếc", "màn được tẩm", I(CAMP), total=8430),
    F("khoảng 185 lít", "185", 185, "measure", "lít", "lượng hóa chất sử dụng", I(CAMP), approx="about"),
    F("thành lập 12 đội", "12", 12, "count", "đội", "đội tẩm màn", I(CAMP)),
    F("tẩm 150-200 chiếc/ngày", "150", 150, "measure", "chiếc/ngày", "màn mỗi đội tẩm bình quân", I(CAMP), value_max=200),
    F("xét nghiệm 9.742 lam máu", "9.742", 9742, "count", "lam máu", "lam máu xét nghiệm", M5),
    F("phát hiện 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp nhiễm ký sinh trùng sốt rét", M5,
      change=C("increase", 6, "trường hợp", "cùng kỳ năm 2023")),
    F("là 0,24%", "0,24", 0.24, "percent", "%", "tỷ lệ lam máu dương tính", I(M5)),
    F("đủ liều đạt 100%", "100", 100, "percent", "%", "bệnh nhân được điều trị đủ liều", I(M5)),
    F("khoảng 70% ca bệnh", "70", 70, "percent", "%", "ca bệnh là người đi rừng, ngủ rẫy", I(M5), approx="about"),
    F("bố trí 01 điểm", "01", 1, "count", "điểm", "điểm kính hiển vi", ),
    F("và 2 tổ", "2", 2, "count", "tổ", "tổ xét nghiệm lưu động"),
    F("thêm 10.000 lam máu", "10.000", 10000, "count", "lam máu", "lam máu xét nghiệm thêm", H2, status="target"),
    F("giữ vững 9/14 xã", "9", 9, "count", "xã", "xã, thị trấn đạt tiêu chí loại trừ sốt rét", H2,
      total=14, status="target"),
    F("là 96,5 triệu đồng", "96,5", 96.5e6, "money", "đồng", "kinh phí cho đợt tẩm màn", I(CAMP)),
]

write("p830-2", TEXT, FIGS, published="2024-06-17", location="Khánh Vĩnh", comments=[
    "District portal of Khánh Vĩnh (Khánh Hòa): bed-net treatment round 20/5-10/6/2024, slides and cases in 5 months of 2024, targets.",
    "The communes after 'trong đó' count nets (chiếc), so their whole is 8.430 chiếc màn, not 21.560 người that stands just before the cue.",
    "Communes of the district take the district as location. '14 xã, thị trấn' names the partners (optional).",
    "'bình quân mỗi đội tẩm 150-200 chiếc/ngày' is a rate: measure with unit chiếc/ngày.",
    "Distractors: Fendona 10SC (product), Cao Minh Ba (name), thôn Suối Lách, the dateline and campaign dates.",
])
