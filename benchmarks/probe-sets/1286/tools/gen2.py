"""p1286-2: district portal (huyện Hậu Lộc, Thanh Hóa): preparing sea dykes and fishing villages before the storm season."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẬU LỘC - TỈNH THANH HÓA
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Phòng chống thiên tai | Liên hệ

Hậu Lộc chủ động bảo vệ đê biển, làng chài trước mùa mưa bão

15/05/2024 - 08:40

Huyện Hậu Lộc có 4 xã ven biển là Minh Lộc, Hải Lộc, Hưng Lộc và Ngư Lộc với 12,6 km đê biển, trong đó 2,4 km được đánh giá là xung yếu, thường xuyên bị sóng lớn và nước dâng do bão đe dọa.

Xã Ngư Lộc có hơn 3.400 hộ với khoảng 16.000 nhân khẩu sinh sống trên diện tích chưa đến 1,2 km2, phần lớn làm nghề đánh bắt hải sản. Nhiều dãy nhà nằm sát chân đê, chỉ cách mép nước từ 20 đến 30 m.

Từ đầu năm đến nay, huyện đã kiện toàn 26 đội xung kích phòng, chống thiên tai với 1.560 thành viên; chuẩn bị 18.500 bao tải, 950 m3 đất, đá và 1.200 cọc tre tại các điểm xung yếu. Phương án "4 tại chỗ" được xây dựng chi tiết đến từng thôn, xóm.

Theo phương án, khi có bão mạnh kèm nước dâng, huyện dự kiến sơ tán khoảng 2.150 hộ với 7.800 người ở vùng ngoài đê và nhà không kiên cố đến 42 điểm tránh trú an toàn.

Năm 2023, huyện đầu tư gần 18 tỷ đồng nâng cấp 850 m kè mái đê đoạn qua xã Hải Lộc và trồng mới 5 ha rừng phi lao chắn sóng. Trong quý II năm nay, huyện phấn đấu hoàn thành tu bổ 1,1 km đê xung yếu tại xã Minh Lộc với tổng kinh phí 25 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 60%.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Hội nghị tổng kết công tác phòng, chống thiên tai năm 2023
- Xã Hải Lộc ra quân làm sạch bãi biển

Bản quyền thuộc UBND huyện Hậu Lộc. Địa chỉ: Tiểu khu 2, thị trấn Hậu Lộc. Điện thoại: 0237.3831.226
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-15")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q2 = per("quý II năm nay", "2024-04-01", "2024-06-30")

FIGS = [
    fig("có 4 xã", "4", 4, "count", "xã", subject="xã ven biển"),
    fig("với 12,6 km", "12,6", 12.6, "measure", "km", subject="đê biển"),
    fig("trong đó 2,4 km", "2,4", 2.4, "measure", "km", total=12.6,
        subject="đê biển được đánh giá là xung yếu"),
    fig("hơn 3.400 hộ", "3.400", 3400, "count", "hộ", approx="over", subject="hộ của xã Ngư Lộc"),
    fig("khoảng 16.000 nhân khẩu", "16.000", 16000, "count", "nhân khẩu", approx="about",
        subject="nhân khẩu của xã Ngư Lộc"),
    fig("chưa đến 1,2 km2", "1,2", 1.2, "measure", "km2", approx="under",
        subject="diện tích xã Ngư Lộc"),
    fig("từ 20 đến 30 m", "20", 20, "measure", "m", value_max=30,
        subject="khoảng cách từ dãy nhà sát chân đê đến mép nước"),
    fig("kiện toàn 26 đội", "26", 26, "count", "đội", period=YTD,
        subject="đội xung kích phòng, chống thiên tai"),
    fig("1.560 thành viên", "1.560", 1560, "count", "thành viên", period=YTD,
        subject="thành viên đội xung kích phòng, chống thiên tai"),
    fig("18.500 bao tải", "18.500", 18500, "count", "bao tải", period=YTD,
        subject="bao tải chuẩn bị tại các điểm xung yếu"),
    fig("950 m3", "950", 950, "measure", "m3", period=YTD,
        subject="đất, đá chuẩn bị tại các điểm xung yếu"),
    fig("1.200 cọc tre", "1.200", 1200, "count", "cọc tre", period=YTD,
        subject="cọc tre chuẩn bị tại các điểm xung yếu"),
    fig("khoảng 2.150 hộ", "2.150", 2150, "count", "hộ", approx="about", status="forecast",
        subject="hộ dự kiến sơ tán khi có bão mạnh kèm nước dâng"),
    fig("7.800 người", "7.800", 7800, "count", "người", status="forecast",
        subject="người dự kiến sơ tán khi có bão mạnh kèm nước dâng"),
    fig("đến 42 điểm", "42", 42, "count", "điểm", status="forecast",
        subject="điểm tránh trú an toàn"),
    fig("gần 18 tỷ", "18", 18e9, "money", "đồng", approx="nearly", period=Y23,
        subject="vốn huyện đầu tư nâng cấp kè mái đê"),
    fig("850 m kè", "850", 850, "measure", "m", period=Y23,
        subject="kè mái đê được nâng cấp đoạn qua xã Hải Lộc"),
    fig("mới 5 ha", "5", 5, "measure", "ha", period=Y23,
        subject="rừng phi lao chắn sóng trồng mới"),
    fig("tu bổ 1,1 km", "1,1", 1.1, "measure", "km", status="target", period=Q2,
        subject="đê xung yếu tại xã Minh Lộc hoàn thành tu bổ"),
    fig("phí 25 tỷ", "25", 25e9, "money", "đồng", status="target", period=Q2,
        subject="tổng kinh phí tu bổ đê xung yếu"),
    fig("hỗ trợ 60%", "60", 60, "percent", "%", status="target", period=Q2,
        subject="tỷ lệ ngân sách tỉnh hỗ trợ trong tổng kinh phí tu bổ đê"),
]

NOTES = [
    "District portal (huyện Hậu Lộc, Thanh Hóa): banner naming the district, date '15/05/2024 - 08:40' under the headline, 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 08:40, 'Phương án \"4 tại chỗ\"', 'năm 2023' in a link title, 'Tiểu khu 2', phone 0237.3831.226.",
    "Location is the district (Hậu Lộc) throughout; communes (Ngư Lộc, Hải Lộc, Minh Lộc) are below the level of the location field.",
    "'Từ đầu năm đến nay' ends at the dateline; 'quý II năm nay' takes the year of the dateline (2024).",
    "'dự kiến sơ tán khoảng 2.150 hộ với 7.800 người ... đến 42 điểm' → forecast for all three. 'phấn đấu' governs 1,1 km, 25 tỷ and the continuing",
    "'trong đó ngân sách tỉnh hỗ trợ 60%' (a percent figure of its own, not an attribute: no đạt/chiếm/bằng) → target.",
    "'2,4 km' after 'trong đó' → total 12,6 (km). 'chưa đến 1,2 km2' → under.",
]

if __name__ == "__main__":
    write("p1286-2", TEXT, NOTES, FIGS, published="2024-05-15", location="Hậu Lộc")
