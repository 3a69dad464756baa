"""p493-2: huyện Si Ma Cai (Lào Cai) district portal — 8-month progress of house support."""
from lib import F, P, INH, CH, TG, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SI MA CAI
Trang chủ / Tin tức - Sự kiện / Kinh tế

Si Ma Cai khởi công 215 nhà ở cho hộ nghèo trong 8 tháng

Thứ Năm, 12/09/2024 - 15:20

Sáng 11/9, UBND huyện Si Ma Cai tổ chức hội nghị sơ kết thực hiện Chương trình hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn huyện.

Theo báo cáo, 8 tháng đầu năm 2024, toàn huyện đã khởi công 215 nhà, đạt 69,1% kế hoạch năm, trong đó 168 nhà đã hoàn thành và bàn giao cho các hộ, 47 nhà đang thi công phần mái. Một số xã có số nhà hoàn thành nhiều là Sán Chải (34 nhà), Cán Cấu (29 nhà), Lùng Thẩn (26 nhà) và Nàn Sín (21 nhà). Hiện còn 96 hộ chưa khởi công do chưa có mặt bằng hoặc đang chờ chuyển đổi đất.

Tổng nguồn lực huy động đạt 9,46 tỷ đồng; trong đó vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững 5,16 tỷ đồng, vốn vay Ngân hàng Chính sách xã hội 2,1 tỷ đồng, còn lại là nguồn xã hội hóa. Mỗi hộ xây mới được hỗ trợ 40 triệu đồng từ ngân sách và được vay ưu đãi tối đa 50 triệu đồng với lãi suất 3%/năm, thời hạn 15 năm.

Các lực lượng đã huy động 3.150 ngày công giúp các hộ san gạt mặt bằng, vận chuyển vật liệu, trong đó Đồn Biên phòng Si Ma Cai hỗ trợ 640 ngày công. Công ty Cổ phần Xi măng Lào Cai trao tặng 120 tấn xi măng cho các hộ ở thôn vùng cao.

Phát biểu kết luận, Chủ tịch UBND huyện yêu cầu các xã đẩy nhanh tiến độ, phấn đấu đến ngày 30/11/2024 hoàn thành 100% số nhà đã khởi công, không để hộ nào phải ở nhà tạm khi mùa đông đến.

Thu Hà (Trung tâm VH-TT&TT huyện)

Địa chỉ: Tổ dân phố số 2, thị trấn Si Ma Cai - Điện thoại: 0214.3796.118
"""

M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")

FIGS = [
    F("khởi công 215 nhà ở", "215", 215, "count", "nhà ở", subject="nhà ở cho hộ nghèo khởi công",
      period=P("trong 8 tháng", "2024-01-01", "2024-08-31")),
    F("khởi công 215 nhà, đạt", "215", 215, "count", "nhà", percent=69.1,
      subject="nhà khởi công", period=M8),
    F("168 nhà đã hoàn thành", "168", 168, "count", "nhà", total=215,
      subject="nhà đã hoàn thành và bàn giao cho các hộ", period=M8),
    F("47 nhà đang thi công", "47", 47, "count", "nhà", total=215,
      subject="nhà đang thi công phần mái", period=M8),
    F("Sán Chải (34 nhà)", "34", 34, "count", "nhà", subject="số nhà hoàn thành"),
    F("Cán Cấu (29 nhà)", "29", 29, "count", "nhà", subject="số nhà hoàn thành"),
    F("Lùng Thẩn (26 nhà)", "26", 26, "count", "nhà", subject="số nhà hoàn thành"),
    F("Nàn Sín (21 nhà)", "21", 21, "count", "nhà", subject="số nhà hoàn thành"),
    F("còn 96 hộ", "96", 96, "count", "hộ", subject="hộ chưa khởi công"),
    F("đạt 9,46 tỷ đồng", "9,46", 9.46e9, "money", "đồng", subject="tổng nguồn lực huy động"),
    F("bền vững 5,16 tỷ đồng", "5,16", 5.16e9, "money", "đồng", total=9.46e9,
      subject="vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
    F("xã hội 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", total=9.46e9,
      subject="vốn vay Ngân hàng Chính sách xã hội"),
    F("hỗ trợ 40 triệu đồng", "40", 40e6, "money", "đồng", subject="mức hỗ trợ từ ngân sách mỗi hộ xây mới"),
    F("tối đa 50 triệu đồng", "50", 50e6, "money", "đồng", approx="at_most", subject="vốn vay ưu đãi mỗi hộ xây mới"),
    F("lãi suất 3%/năm", "3", 3, "percent", "%", subject="lãi suất vay ưu đãi"),
    F("thời hạn 15 năm", "15", 15, "measure", "năm", subject="thời hạn vay ưu đãi", optional=True),
    F("huy động 3.150 ngày công", "3.150", 3150, "count", "ngày công",
      subject="ngày công giúp các hộ san gạt mặt bằng, vận chuyển vật liệu"),
    F("hỗ trợ 640 ngày công", "640", 640, "count", "ngày công", total=3150,
      subject="ngày công Đồn Biên phòng Si Ma Cai hỗ trợ"),
    F("tặng 120 tấn", "120", 120, "measure", "tấn", subject="xi măng trao tặng cho các hộ ở thôn vùng cao"),
    F("hoàn thành 100% số nhà", "100", 100, "percent", "%", status="target",
      subject="số nhà đã khởi công hoàn thành", period=P("đến ngày 30/11/2024", end="2024-11-30")),
]

COMMENTS = [
    "Cổng TTĐT huyện Si Ma Cai (Lào Cai), invented: sơ kết 8 tháng xóa nhà tạm — starts, completions, communes, funding, labour, target.",
    "Dateline 'Thứ Năm, 12/09/2024 - 15:20' is published; 'Sáng 11/9', 'Tổ dân phố số 2', phone, 'Đồn Biên phòng Si Ma Cai' are distractors.",
    "168 + 47 = 215 after 'trong đó': total 215. 'đạt 69,1% kế hoạch năm' is the share of 215 (215 + 96 = 311 planned).",
    "Communes (Sán Chải …) are below district level: location stays the district Si Ma Cai (the spec's location is a province, city or district).",
    "Headline '8 tháng' has no year: published year 2024. '3%/năm' is a percent (unit %); loan term '15 năm' optional (a product term, not a period).",
    "'phấn đấu đến ngày 30/11/2024 hoàn thành 100%': target with as-of period.",
]

if __name__ == "__main__":
    emit("p493-2", TEXT, COMMENTS, FIGS, published="2024-09-12", location="Si Ma Cai")
