"""p894-2: district portal (quận Nam Từ Liêm, Hà Nội), fire-safety checks of apartment buildings, Q1/2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN NAM TỪ LIÊM
Tin tức > Hoạt động của quận

Sơ kết công tác bảo đảm an toàn PCCC nhà chung cư quý I/2024

Thứ Sáu, 12/04/2024 - 10:20

Sáng 11/4, UBND quận Nam Từ Liêm tổ chức hội nghị sơ kết công tác bảo đảm an toàn phòng cháy, chữa cháy (PCCC) đối với nhà chung cư và nhà nhiều tầng nhiều căn hộ trên địa bàn.

Theo báo cáo, toàn quận hiện có 186 nhà chung cư cao tầng và 1.024 nhà nhiều tầng nhiều căn hộ (chung cư mini), tập trung tại các phường Mỹ Đình 1, Mỹ Đình 2, Mễ Trì và Trung Văn.

Trong quý I/2024, các đoàn kiểm tra liên ngành của quận đã kiểm tra 312 lượt cơ sở, trong đó có 97 lượt nhà chung cư cao tầng và 215 lượt chung cư mini. Qua kiểm tra, đã lập biên bản vi phạm 64 trường hợp, xử phạt hành chính hơn 1,2 tỷ đồng, tăng 35% so với cùng kỳ năm 2023; tạm đình chỉ hoạt động 11 cơ sở và đình chỉ 4 cơ sở.

Đáng chú ý, 38/186 nhà chung cư cao tầng (chiếm 20,4%) chưa được nghiệm thu PCCC hoặc có hệ thống PCCC xuống cấp, không hoạt động.

Đối với chung cư mini, quận yêu cầu 100% cơ sở lắp đặt thiết bị báo cháy cục bộ; đến nay đã có 873 cơ sở lắp đặt, đạt 85,3%; 426 cơ sở đã bố trí lối thoát nạn thứ hai qua ban công hoặc thang dây.

Quận cũng đã tổ chức 28 buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn cho khoảng 9.500 lượt cư dân; hướng dẫn 152 Ban quản trị, ban quản lý tòa nhà kiện toàn đội PCCC cơ sở.

Mục tiêu đến hết năm 2024, 100% chung cư mini trên địa bàn được kiểm tra, rà soát; phấn đấu giảm ít nhất 30% số cơ sở vi phạm so với năm 2023.

Đường dây nóng tiếp nhận phản ánh về PCCC của quận: 024.3763.1129
"""

Q1 = P("quý I/2024", "2024-01-01", "2024-03-31")
NOW = P("đến nay", end="2024-04-12")
TGT = P("đến hết năm 2024", end="2024-12-31")

FIGS = [
    F("có 186 nhà chung cư", "186", 186, "count", "nhà chung cư", "nhà chung cư cao tầng"),
    F("và 1.024 nhà", "1.024", 1024, "count", "nhà", "nhà nhiều tầng nhiều căn hộ (chung cư mini)"),
    F("kiểm tra 312 lượt", "312", 312, "count", "lượt", "lượt kiểm tra cơ sở của các đoàn kiểm tra liên ngành", Q1),
    F("có 97 lượt", "97", 97, "count", "lượt", "lượt kiểm tra nhà chung cư cao tầng", Q1, total=312),
    F("và 215 lượt", "215", 215, "count", "lượt", "lượt kiểm tra chung cư mini", Q1, total=312),
    F("vi phạm 64 trường hợp", "64", 64, "count", "trường hợp", "trường hợp bị lập biên bản vi phạm", I(Q1)),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tiền xử phạt hành chính", I(Q1), approx="over",
      change=C("increase", 35, "%", "cùng kỳ năm 2023")),
    F("hoạt động 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở bị tạm đình chỉ hoạt động", I(Q1)),
    F("đình chỉ 4 cơ sở", "4", 4, "count", "cơ sở", "cơ sở bị đình chỉ hoạt động", I(Q1)),
    F("38/186 nhà", "38", 38, "count", "nhà chung cư",
      "nhà chung cư cao tầng chưa được nghiệm thu PCCC hoặc có hệ thống PCCC xuống cấp", total=186, percent=20.4),
    F("yêu cầu 100% cơ sở", "100", 100, "percent", "%", "chung cư mini lắp đặt thiết bị báo cháy cục bộ",
      status="target"),
    F("có 873 cơ sở", "873", 873, "count", "cơ sở", "chung cư mini đã lắp đặt thiết bị báo cháy cục bộ", NOW,
      percent=85.3),
    F("426 cơ sở", "426", 426, "count", "cơ sở", "chung cư mini đã bố trí lối thoát nạn thứ hai", NOW),
    F("tổ chức 28 buổi", "28", 28, "count", "buổi", "buổi tuyên truyền, hướng dẫn kỹ năng thoát nạn", I(Q1)),
    F("khoảng 9.500 lượt", "9.500", 9500, "count", "lượt cư dân", "lượt cư dân được hướng dẫn kỹ năng thoát nạn",
      I(Q1), approx="about"),
    F("hướng dẫn 152 Ban", "152", 152, "count", "Ban quản trị, ban quản lý tòa nhà",
      "Ban quản trị, ban quản lý tòa nhà được hướng dẫn kiện toàn đội PCCC cơ sở", I(Q1)),
    F("2024, 100% chung cư mini", "100", 100, "percent", "%", "chung cư mini được kiểm tra, rà soát", TGT,
      status="target"),
    F("ít nhất 30%", "30", 30, "percent", "%", "mức giảm số cơ sở vi phạm so với năm 2023", TGT,
      approx="at_least", status="target"),
]

write("p894-2", TEXT, FIGS, published="2024-04-12", location="Nam Từ Liêm", notes=[
    "District portal (quận Nam Từ Liêm, Hà Nội): PCCC checks of high-rise and mini apartment buildings, Q1/2024.",
    "'hiện có' gets no period; 'đến nay' ends at the dateline. Mỹ Đình 1/2, 'lối thoát nạn thứ hai', phone: distractors.",
    "'quận yêu cầu 100% cơ sở' is a mandate: target. 'giảm ít nhất 30%' has no base amount: percent figure, target.",
])
