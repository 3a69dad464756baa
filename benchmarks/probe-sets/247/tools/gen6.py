from lib import *

A = """Tuổi Trẻ Online › Kinh tế › Tài chính
22/05/2024 06:30 GMT+7

Nắng nóng, hơn 1,1 triệu hộ dân TP.HCM có hóa đơn tiền điện tăng vọt

TTO - Tháng 4/2024, sản lượng điện tiêu thụ bình quân ngày tại TP Hồ Chí Minh đạt 85,6 triệu kWh, tăng 14,3% so với cùng kỳ; ngày cao nhất lên tới 95,1 triệu kWh.

Theo Tổng công ty Điện lực TP.HCM (EVNHCMC), trong kỳ hóa đơn tháng 4 có khoảng 1,12 triệu khách hàng sinh hoạt có hóa đơn tăng từ 30% trở lên so với tháng 3, chiếm 41% trong tổng số hơn 2,73 triệu khách hàng sinh hoạt. Tiền điện bình quân của một hộ gia đình là 812.000 đồng/tháng, tăng 186.000 đồng so với tháng 3.

Tại các quận Bình Tân, Gò Vấp và TP Thủ Đức, số khách hàng có hóa đơn tăng đột biến lần lượt là 48.300, 41.250 và 63.900 khách hàng.

Nhu cầu dùng điện tăng cao nhất trong khung giờ từ 13 giờ đến 16 giờ, khi nhiệt độ ngoài trời phổ biến 36-37 độ C. Với biểu giá bậc thang, một hộ dùng 500 kWh/tháng phải trả tiền điện gấp hơn 2,4 lần hộ dùng 250 kWh/tháng. TP.HCM hiện là địa phương tiêu thụ điện lớn thứ hai cả nước.

EVNHCMC dự báo sản lượng điện tiêu thụ bình quân tháng 5 có thể đạt 88 triệu kWh/ngày. Đơn vị khuyến cáo người dân cài đặt điều hòa ở mức 26-27 độ C và kiểm tra chỉ số công tơ trên ứng dụng CSKH EVNHCMC. Mọi thắc mắc liên hệ tổng đài 1900 545454.

Theo ông Bùi Trung Kiên, Phó tổng giám đốc EVNHCMC, 5 tháng đầu năm số cuộc gọi phản ánh về hóa đơn tăng cao là khoảng 9.600 cuộc, gấp 3 lần cùng kỳ.

NGỌC HIỂN
"""

APR = P("tháng 4", "2024-04-01", "2024-04-30")
FIG = [
    F("hơn 1,1 triệu hộ", "1,1", 1.1e6, "count", "hộ", "hộ dân có hóa đơn tiền điện tăng vọt", approx="over"),
    F("đạt 85,6 triệu kWh", "85,6", 85.6e6, "measure", "kWh", "sản lượng điện tiêu thụ bình quân ngày",
      change=C("increase", 14.3, "%", "cùng kỳ"), period=P("Tháng 4/2024", "2024-04-01", "2024-04-30")),
    F("lên tới 95,1 triệu kWh", "95,1", 95.1e6, "measure", "kWh", "sản lượng điện tiêu thụ ngày cao nhất",
      period=P("Tháng 4/2024", "2024-04-01", "2024-04-30")),
    F("khoảng 1,12 triệu khách hàng", "1,12", 1.12e6, "count", "khách hàng", "khách hàng sinh hoạt có hóa đơn tăng từ 30% trở lên",
      approx="about", percent=41, total=2.73e6, period=APR),
    F("từ 30% trở lên", "30", 30, "percent", "%", "mức tăng hóa đơn", optional=True),
    F("hơn 2,73 triệu khách hàng", "2,73", 2.73e6, "count", "khách hàng", "khách hàng sinh hoạt", approx="over", optional=True),
    F("là 812.000 đồng/tháng", "812.000", 812000, "money", "đồng/tháng", "tiền điện bình quân của một hộ gia đình",
      change=C("increase", 186000, "đồng", "tháng 3"), period=P("tháng 4", "2024-04-01", "2024-04-30", inh=True)),
    F("lần lượt là 48.300", "48.300", 48300, "count", "khách hàng", "khách hàng có hóa đơn tăng đột biến", location="Bình Tân",
      period=P("tháng 4", "2024-04-01", "2024-04-30", inh=True)),
    F("48.300, 41.250", "41.250", 41250, "count", "khách hàng", "khách hàng có hóa đơn tăng đột biến", location="Gò Vấp",
      period=P("tháng 4", "2024-04-01", "2024-04-30", inh=True)),
    F("và 63.900 khách hàng", "63.900", 63900, "count", "khách hàng", "khách hàng có hóa đơn tăng đột biến", location="Thủ Đức",
      period=P("tháng 4", "2024-04-01", "2024-04-30", inh=True)),
    F("phổ biến 36-37 độ C", "36", 36, "measure", "độ C", "nhiệt độ ngoài trời", value_max=37),
    F("dùng 500 kWh/tháng", "500", 500, "measure", "kWh/tháng", "mức dùng điện", optional=True),
    F("gấp hơn 2,4 lần", "2,4", 2.4, "multiple", "lần", "tiền điện của hộ dùng 500 kWh/tháng so với hộ dùng 250 kWh/tháng",
      approx="over"),
    F("dùng 250 kWh/tháng", "250", 250, "measure", "kWh/tháng", "mức dùng điện", optional=True),
    F("lớn thứ hai cả nước", "hai", 2, "rank", "hạng", "địa phương tiêu thụ điện"),
    F("đạt 88 triệu kWh/ngày", "88", 88e6, "measure", "kWh/ngày", "sản lượng điện tiêu thụ bình quân", status="forecast",
      period=P("tháng 5", "2024-05-01", "2024-05-31")),
    F("mức 26-27 độ C", "26", 26, "measure", "độ C", "nhiệt độ cài đặt điều hòa khuyến cáo", value_max=27, optional=True),
    F("khoảng 9.600 cuộc", "9.600", 9600, "count", "cuộc gọi", "cuộc gọi phản ánh về hóa đơn tăng cao", approx="about",
      change=C("increase", 3, "lần", "cùng kỳ"), period=P("5 tháng đầu năm", "2024-01-01", "2024-05-31")),
]

build(6, A, FIG, published="2024-05-22", location="TP Hồ Chí Minh", comments=[
    "Tuổi Trẻ Online (national press): April 2024 heat wave, electricity bills of TP.HCM households (EVNHCMC).",
    "Dateline '22/05/2024 06:30 GMT+7'. Distractors: 'từ 13 giờ đến 16 giờ' (times of day), hotline 1900 545454, 'GMT+7', 'TTO', tháng 3 (baseline).",
    "Headline 'hơn 1,1 triệu hộ' is a figure of its own. '1,12 triệu … chiếm 41% trong tổng số hơn 2,73 triệu': percent 41 and total 2,73 triệu;",
    "the whole after 'trong tổng số' is an attribute here (optional as a figure of its own). The bill-increase threshold 'từ 30% trở lên',",
    "the consumption levels 500/250 kWh/tháng and the recommended 26-27 độ C are criteria/advice: optional. 'gấp hơn 2,4 lần' stands alone as the claim: multiple.",
    "District list (Bình Tân, Gò Vấp, TP Thủ Đức): places go to location. 'gấp 3 lần cùng kỳ' after 9.600 cuộc is its change (unit lần).",
    "'dự báo … tháng 5 … 88 triệu kWh/ngày' is forecast; 'tháng 4', 'tháng 5', '5 tháng đầu năm' take 2024 from 'Tháng 4/2024'.",
])
