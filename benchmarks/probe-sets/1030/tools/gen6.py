"""p1030-6: national newspaper (VnExpress style), a Đồng Tháp commune post point selling mangoes online; province and national figures."""
from lib import F, P, CH, TG, write

TEXT = """Kinh doanh › Thương mại điện tử

Chủ nhật, 16/3/2025, 07:30 (GMT+7)

Bưu điện xã thành "chợ online" của nông dân

Điểm bưu điện văn hóa xã nhỏ ở Đồng Tháp trở thành nơi nông dân gửi xoài đi khắp cả nước.

Từ đầu năm đến nay, điểm bưu điện văn hóa xã (BĐVHX) Mỹ Xương, huyện Cao Lãnh, đã gửi đi hơn 2.600 đơn hàng xoài. Số đơn hàng gấp 3 lần cùng kỳ năm ngoái.

Chị Nguyễn Thị Sáu, nhân viên điểm, cho biết giá xoài cát Chu loại 1 tại vườn khoảng 35.000 đồng/kg, gửi qua bưu điện về TP HCM cước chỉ 18.000-22.000 đồng mỗi thùng 10 kg. Ngày cao điểm, điểm nhận 150-200 thùng; doanh thu dịch vụ tháng 2 đạt gần 90 triệu đồng, cao nhất kể từ khi điểm thành lập năm 1998.

Theo Bưu điện tỉnh Đồng Tháp, toàn tỉnh có 119 điểm BĐVHX, trong đó 64 điểm đã bán hàng trên sàn Postmart. Năm 2024, các điểm tiêu thụ khoảng 1.850 tấn nông sản, tăng 27% so với năm 2023; doanh thu đạt 14,2 tỷ đồng.

Trên cả nước, Tổng công ty Bưu điện Việt Nam (Vietnam Post) hiện vận hành khoảng 13.000 điểm phục vụ, trong đó gần 7.700 điểm BĐVHX. Năm 2024, sàn Postmart đạt doanh số 1.540 tỷ đồng, khoảng 60% đơn hàng đến từ các điểm ở nông thôn.

Ông Trần Văn Tám, Phó giám đốc Bưu điện tỉnh, cho biết năm 2025 đơn vị phấn đấu đưa 100% điểm BĐVHX lên sàn, nâng sản lượng nông sản tiêu thụ lên 2.500 tấn.

Ngọc Tài
"""

YTD = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-16")
YTDi = P("Từ đầu năm đến nay", "2025-01-01", "2025-03-16", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
CL = "Cao Lãnh"
VN = "Việt Nam"

FIGS = [
    F("hơn 2.600 đơn hàng", "2.600", "count", "đơn hàng", "đơn hàng xoài điểm BĐVHX Mỹ Xương gửi đi",
      approx="over", location=CL, period=YTD),
    F("gấp 3 lần", "3", "multiple", "lần", "số đơn hàng so với cùng kỳ năm ngoái", location=CL, period=YTDi),
    F("khoảng 35.000 đồng/kg", "35.000", "money", "đồng/kg", "giá xoài cát Chu loại 1 tại vườn", approx="about", location=CL),
    F("chỉ 18.000-22.000 đồng", "18.000", "money", "đồng/thùng", "cước gửi xoài qua bưu điện về TP HCM",
      value_max=22000, location=CL),
    F("thùng 10 kg", "10", "measure", "kg", "khối lượng mỗi thùng xoài", location=CL, optional=True),
    F("nhận 150-200 thùng", "150", "count", "thùng", "thùng xoài điểm nhận ngày cao điểm", value_max=200, location=CL),
    F("gần 90 triệu đồng", "90", "money", "đồng", "doanh thu dịch vụ của điểm BĐVHX Mỹ Xương",
      approx="nearly", location=CL, period=P("tháng 2", "2025-02-01", "2025-02-28")),
    F("có 119 điểm", "119", "count", "điểm", "điểm BĐVHX"),
    F("64 điểm đã bán", "64", "count", "điểm", "điểm BĐVHX đã bán hàng trên sàn Postmart", total=119),
    F("khoảng 1.850 tấn", "1.850", "measure", "tấn", "nông sản các điểm BĐVHX tiêu thụ", approx="about",
      change=CH("increase", 27, "%", "năm 2023"), period=Y24),
    F("đạt 14,2 tỷ đồng", "14,2", "money", "đồng", "doanh thu tiêu thụ nông sản của các điểm BĐVHX", period=Y24),
    F("khoảng 13.000 điểm", "13.000", "count", "điểm phục vụ", "điểm phục vụ của Vietnam Post", approx="about", location=VN),
    F("gần 7.700 điểm", "7.700", "count", "điểm", "điểm BĐVHX", approx="nearly", total=13000, location=VN),
    F("doanh số 1.540 tỷ đồng", "1.540", "money", "đồng", "doanh số sàn Postmart", location=VN, period=Y24),
    F("khoảng 60% đơn hàng", "60", "percent", "%", "đơn hàng Postmart đến từ các điểm ở nông thôn", approx="about",
      location=VN, period=Y24),
    F("đưa 100% điểm", "100", "percent", "%", "điểm BĐVHX lên sàn", status="target", period=Y25),
    F("lên 2.500 tấn", "2.500", "measure", "tấn", "sản lượng nông sản tiêu thụ", status="target", period=Y25),
]

write("p1030-6", TEXT, FIGS, published="2025-03-16", location="Đồng Tháp", comments=[
    "National newspaper: the BĐVHX Mỹ Xương (huyện Cao Lãnh, Đồng Tháp) sells mangoes online; Đồng Tháp and Vietnam Post figures.",
    "Commune figures take the district (Cao Lãnh); Vietnam Post national figures take Việt Nam. 'Từ đầu năm đến nay' ends at the dateline.",
    "'Số đơn hàng gấp 3 lần cùng kỳ năm ngoái' stands as its own sentence: a multiple. 'tháng 2' takes 2025 from the dateline.",
    "'thùng 10 kg' is a package specification (optional). 'khoảng 60% đơn hàng' is a share without a base count: percent figure.",
    "Distractors: '16/3/2025, 07:30 (GMT+7)', 'năm 1998', 'Nguyễn Thị Sáu', 'Trần Văn Tám'.",
])
