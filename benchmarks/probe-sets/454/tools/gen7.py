from decimal import Decimal as D
from lib import F, P, write
def ty(x): return int(D(str(x)) * 10**9)
def tr(x): return int(D(str(x)) * 10**6)

A = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ
Cập nhật lúc 10:20 ngày 28/08/2024

Cần Thơ: Hơn 46 tỷ đồng cho vay nhà ở xã hội trong 7 tháng

Theo NHCSXH chi nhánh thành phố Cần Thơ, 7 tháng đầu năm 2024, chi nhánh đã giải ngân 46,8 tỷ đồng cho vay mua, thuê mua, xây dựng, cải tạo nhà ở xã hội theo Nghị định số 100/2024/NĐ-CP và Nghị định số 100/2015/NĐ-CP, với 87 khách hàng được vay, gấp 2,3 lần cùng kỳ năm 2023. Trong đó, 52 khách hàng vay mua, thuê mua nhà ở xã hội; 35 khách hàng vay xây dựng mới hoặc cải tạo, sửa chữa nhà để ở.

Dư nợ chương trình cho vay nhà ở xã hội đến 31/7/2024 đạt 312,5 tỷ đồng với 1.146 khách hàng còn dư nợ. Các quận có dư nợ lớn là Ninh Kiều 98,4 tỷ đồng, Cái Răng 71,2 tỷ đồng, Bình Thủy 45,6 tỷ đồng. Lãi suất cho vay hiện hành là 6,6%/năm, thời hạn vay tối đa 25 năm.

Đối với chương trình tín dụng học sinh, sinh viên, dư nợ đạt 128,9 tỷ đồng, giảm 4,2% so với đầu năm, với 3.715 học sinh, sinh viên còn dư nợ. Mức cho vay tối đa hiện nay là 4 triệu đồng/tháng/học sinh, sinh viên.

Theo kế hoạch, trong năm 2024, thành phố được phân bổ khoảng 75 tỷ đồng vốn cho vay nhà ở xã hội; từ đầu năm đến nay đã giải ngân được 62,4% kế hoạch. Người dân có nhu cầu liên hệ trụ sở chi nhánh tại số 2 đại lộ Hòa Bình, quận Ninh Kiều, điện thoại 0292.3812.345 (giờ làm việc từ 7 giờ 30 đến 17 giờ).
"""

M7 = P("7 tháng", "2024-01-01", "2024-07-31")
M7Y = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
M7Y_I = P("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31", inherited=True)
AS = P("đến 31/7/2024", None, "2024-07-31")
AS_I = P("đến 31/7/2024", None, "2024-07-31", inherited=True)
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")
NAY = P("từ đầu năm đến nay", "2024-01-01", "2024-08-28")
figs = [
    F("Hơn 46 tỷ đồng", "46", ty(46), "money", "đồng", "cho vay nhà ở xã hội", approx="over", period=M7),
    F("giải ngân 46,8 tỷ đồng", "46,8", ty(46.8), "money", "đồng", "cho vay mua, thuê mua, xây dựng, cải tạo nhà ở xã hội", period=M7Y),
    F("với 87 khách hàng", "87", 87, "count", "khách hàng", "khách hàng được vay",
      change={"direction": "increase", "value": 2.3, "unit": "lần", "baseline": "cùng kỳ năm 2023"}, period=M7Y),
    F("52 khách hàng", "52", 52, "count", "khách hàng", "khách hàng vay mua, thuê mua nhà ở xã hội", total=87, period=M7Y_I),
    F("35 khách hàng", "35", 35, "count", "khách hàng", "khách hàng vay xây dựng mới hoặc cải tạo, sửa chữa nhà để ở", total=87, period=M7Y_I),
    F("đạt 312,5 tỷ đồng", "312,5", ty(312.5), "money", "đồng", "Dư nợ chương trình cho vay nhà ở xã hội", period=AS),
    F("với 1.146 khách hàng", "1.146", 1146, "count", "khách hàng", "khách hàng còn dư nợ", period=AS),
    F("Ninh Kiều 98,4 tỷ đồng", "98,4", ty(98.4), "money", "đồng", "dư nợ", period=AS_I, location="Ninh Kiều"),
    F("Cái Răng 71,2 tỷ đồng", "71,2", ty(71.2), "money", "đồng", "dư nợ", period=AS_I, location="Cái Răng"),
    F("Bình Thủy 45,6 tỷ đồng", "45,6", ty(45.6), "money", "đồng", "dư nợ", period=AS_I, location="Bình Thủy"),
    F("là 6,6%/năm", "6,6", 6.6, "percent", "%", "Lãi suất cho vay hiện hành", optional=True),
    F("tối đa 25 năm", "25", 25, "measure", "năm", "thời hạn vay tối đa", approx="at_most", optional=True),
    F("đạt 128,9 tỷ đồng", "128,9", ty(128.9), "money", "đồng", "dư nợ chương trình tín dụng học sinh, sinh viên",
      change={"direction": "decrease", "value": 4.2, "unit": "%", "baseline": "đầu năm"}, period=AS_I),
    F("với 3.715 học sinh", "3.715", 3715, "count", "học sinh, sinh viên", "học sinh, sinh viên còn dư nợ", period=AS_I),
    F("là 4 triệu đồng/tháng", "4", tr(4), "money", "đồng/tháng/học sinh, sinh viên", "Mức cho vay tối đa", approx="at_most", optional=True),
    F("khoảng 75 tỷ đồng", "75", ty(75), "money", "đồng", "vốn cho vay nhà ở xã hội được phân bổ", approx="about", status="target", period=Y24),
    F("được 62,4% kế hoạch", "62,4", 62.4, "percent", "%", "tỷ lệ giải ngân so với kế hoạch", period=NAY),
]
write(7, A, figs, [
    "Cổng TTĐT thành phố Cần Thơ (city portal), 'Cập nhật lúc 10:20 ngày 28/08/2024': social-housing and student loans, 7 months of 2024.",
    "Distractors: 'Nghị định số 100/2024/NĐ-CP' and 'số 100/2015/NĐ-CP' (decree numbers that look like figures), 'số 2 đại lộ Hòa Bình',",
    "phone '0292.3812.345', office hours '7 giờ 30 đến 17 giờ', 'cùng kỳ năm 2023' (baseline).",
    "'gấp 2,3 lần cùng kỳ năm 2023' is the change of the 87 khách hàng (unit lần). 'Trong đó, 52 ...; 35 ...': parts of 87 (52 + 35 = 87).",
    "Districts (quận) in the list go to location. Interest rate, maximum term and loan ceiling are policy parameters: optional.",
    "'Theo kế hoạch ... khoảng 75 tỷ đồng' is a target (allocation plan); '62,4% kế hoạch' after 'từ đầu năm đến nay' (2024-01-01 .. published) stands alone (no count before it): percent figure.",
], published="2024-08-28", location="Cần Thơ")
