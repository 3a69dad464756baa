"""p678-2: huyện Hải Hậu (Nam Định) district portal - rural road lighting built with people's contributions."""
from lib import *

TEXT = """Cổng thông tin điện tử huyện Hải Hậu
Tin tức - Sự kiện / Xây dựng nông thôn mới

Hải Hậu: Hơn 236 km đường giao thông nông thôn được thắp sáng

Thứ Năm, 21/03/2024 - 15:20

Thực hiện phong trào "Thắp sáng đường quê", từ năm 2021 đến nay, toàn huyện đã lắp đặt 236,5 km đường điện chiếu sáng với 7.820 cột đèn trên các tuyến đường trục xã, trục thôn, xóm. Tổng kinh phí thực hiện 41,8 tỷ đồng, trong đó nhân dân đóng góp 27,6 tỷ đồng (chiếm 66%), ngân sách xã hỗ trợ 9,7 tỷ đồng, còn lại do doanh nghiệp, con em xa quê ủng hộ.

Dẫn đầu về chiều dài tuyến chiếu sáng là các xã Hải Sơn (45,2 km), Hải Toàn (38,6 km) và thị trấn Yên Định (31,4 km). Xã Hải Minh là địa phương đầu tiên có 100% đường trục thôn được chiếu sáng. Nhiều nơi như xóm 5 xã Hải Đường, đội 3 xã Hải Phúc còn tự nguyện hiến đất, góp ngày công lắp đặt.

Toàn bộ hệ thống dùng đèn LED, lắp 154 bộ hẹn giờ tự động nên lượng điện tiêu thụ giảm 35-40% so với bóng compact trước đây. Bình quân mỗi tháng, hệ thống chiếu sáng toàn huyện tiêu thụ khoảng 96.000 kWh, tiền điện khoảng 185 triệu đồng do ngân sách xã chi trả.

Năm 2024, huyện phấn đấu lắp đặt thêm 30 km đường chiếu sáng, nâng tỷ lệ đường trục xã, trục thôn được chiếu sáng lên 92% (hiện đạt 85,3%).

Mọi phản ánh về hư hỏng đèn chiếu sáng xin liên hệ Phòng Kinh tế - Hạ tầng huyện, số điện thoại 0228.3877.246.

Thanh Hương - Trung tâm VH-TT&TT huyện
"""

SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-03-21")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Hơn 236 km", "236", 236, "measure", "km", "đường giao thông nông thôn được thắp sáng", inh(SINCE), approx="over"),
    fig("lắp đặt 236,5 km", "236,5", 236.5, "measure", "km", "đường điện chiếu sáng lắp đặt", SINCE),
    fig("7.820 cột đèn", "7.820", 7820, "count", "cột đèn", "cột đèn lắp đặt trên các tuyến đường trục xã, trục thôn, xóm", SINCE),
    fig("41,8 tỷ", "41,8", 41800000000, "money", "đồng", "tổng kinh phí thực hiện", inh(SINCE)),
    fig("27,6 tỷ", "27,6", 27600000000, "money", "đồng", "nhân dân đóng góp", inh(SINCE), total=41800000000, percent=66),
    fig("9,7 tỷ", "9,7", 9700000000, "money", "đồng", "ngân sách xã hỗ trợ", inh(SINCE), total=41800000000),
    fig("(45,2 km)", "45,2", 45.2, "measure", "km", "chiều dài tuyến chiếu sáng", inh(SINCE)),
    fig("(38,6 km)", "38,6", 38.6, "measure", "km", "chiều dài tuyến chiếu sáng", inh(SINCE)),
    fig("(31,4 km)", "31,4", 31.4, "measure", "km", "chiều dài tuyến chiếu sáng", inh(SINCE)),
    fig("100% đường trục thôn", "100", 100, "percent", "%", "đường trục thôn được chiếu sáng"),
    fig("154 bộ hẹn giờ", "154", 154, "count", "bộ hẹn giờ", "bộ hẹn giờ tự động lắp đặt"),
    fig("giảm 35-40%", "35", 35, "percent", "%", "lượng điện tiêu thụ giảm so với bóng compact", value_max=40),
    fig("khoảng 96.000 kWh", "96.000", 96000, "measure", "kWh", "điện hệ thống chiếu sáng toàn huyện tiêu thụ bình quân mỗi tháng",
        approx="about"),
    fig("khoảng 185 triệu", "185", 185000000, "money", "đồng", "tiền điện chiếu sáng bình quân mỗi tháng", approx="about"),
    fig("thêm 30 km", "30", 30, "measure", "km", "đường chiếu sáng lắp đặt thêm", Y24, status="target"),
    fig("lên 92%", "92", 92, "percent", "%", "tỷ lệ đường trục xã, trục thôn được chiếu sáng", Y24, status="target"),
    fig("hiện đạt 85,3%", "85,3", 85.3, "percent", "%", "tỷ lệ đường trục xã, trục thôn được chiếu sáng"),
]

COMMENTS = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): 'Thắp sáng đường quê' rural road lighting 2021 - 3/2024, people's contributions; dateline 'Thứ Năm, 21/03/2024 - 15:20'.",
    "Location: Hải Hậu throughout. Communes/the township in the list (Hải Sơn, Hải Toàn, Yên Định, Hải Minh) are below the spec's levels",
    "(province, city or district), so their figures keep the district.",
    "revised: commune locations (first annotation) replaced by the district Hải Hậu after re-reading FIGURES.md's definition of location.",
    "Headline 'Hơn 236 km' vs body 236,5 km: two figures. 'xóm 5', 'đội 3', phone 0228.3877.246 are distractors.",
    "'(hiện đạt 85,3%)' in brackets with its own verb is actual and takes no period; the 92% it follows is a target for 2024.",
]

if __name__ == "__main__":
    emit("p678-2", TEXT, COMMENTS, FIGS, published="2024-03-21", location="Hải Hậu")
