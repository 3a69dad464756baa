"""p1131-6: national newspaper, night raid on a game shop in quận Bình Tân (TP Hồ Chí Minh)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Xã hội › Pháp luật

Kiểm tra tiệm game lúc nửa đêm, phát hiện 31 người dưới 18 tuổi

Thứ Sáu, 22/11/2024, 06:45 (GMT+7)

Khoảng 0 giờ 30 ngày 20/11, Công an phường Bình Hưng Hòa A phối hợp Đội Cảnh sát quản lý hành chính về trật tự xã hội Công an quận Bình Tân (TP Hồ Chí Minh) kiểm tra một tiệm game trên đường số 7. Tại thời điểm kiểm tra, tiệm có 42 máy tính đang hoạt động với 37 người chơi, trong đó 31 người dưới 18 tuổi, nhỏ tuổi nhất 12 tuổi.

Chủ tiệm là bà L.T.M. (45 tuổi) thừa nhận thường mở cửa xuyên đêm, thu 7.000-10.000 đồng/giờ chơi. Tiệm đã hoạt động gần 2 năm nhưng chưa được cấp giấy chứng nhận đủ điều kiện. Công an quận đang hoàn tất hồ sơ, dự kiến đề xuất xử phạt bà M. khoảng 40 triệu đồng.

Từ đầu năm đến nay, Công an TP Hồ Chí Minh đã kiểm tra 1.830 lượt cơ sở kinh doanh dịch vụ Internet, trò chơi điện tử, phát hiện 412 cơ sở vi phạm, xử phạt gần 3,2 tỷ đồng. Riêng quận Bình Tân có 74 cơ sở vi phạm, đứng thứ 2 toàn thành phố, sau quận 12.

Theo Công an quận, số điểm hoạt động không phép trên địa bàn hiện gấp khoảng 1,5 lần số điểm được cấp phép. Khảo sát của Thành đoàn với 1.200 học sinh THCS cho thấy các em chơi game trung bình 2,8 giờ/ngày, 23% thường chơi sau 22 giờ.

Theo Bộ Thông tin và Truyền thông, cả nước hiện có hơn 25.000 điểm cung cấp dịch vụ trò chơi điện tử công cộng.

MINH QUÂN
"""

RAID = per("ngày 20/11", "2024-11-20", "2024-11-20")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-22")
BT = "Bình Tân"

FIGS = [
    fig("phát hiện 31 người", "31", 31, "count", "người", subject="người dưới 18 tuổi chơi game tại tiệm",
        location=BT),
    fig("nửa đêm, phát hiện 31 người dưới 18 tuổi", "18", 18, "measure", "tuổi", approx="under",
        optional=True, subject="độ tuổi người chơi"),
    fig("có 42 máy", "42", 42, "count", "máy tính", subject="máy tính đang hoạt động của tiệm",
        period=inh(RAID), location=BT),
    fig("với 37 người", "37", 37, "count", "người chơi", subject="người chơi tại tiệm", period=inh(RAID),
        location=BT),
    fig("trong đó 31 người", "31", 31, "count", "người", total=37, subject="người chơi dưới 18 tuổi",
        period=inh(RAID), location=BT),
    fig("31 người dưới 18 tuổi, nhỏ", "18", 18, "measure", "tuổi", approx="under", optional=True,
        subject="độ tuổi người chơi"),
    fig("nhất 12 tuổi", "12", 12, "measure", "tuổi", optional=True, subject="tuổi người chơi nhỏ nhất",
        location=BT),
    fig("(45 tuổi)", "45", 45, "measure", "tuổi", optional=True, subject="tuổi chủ tiệm", location=BT),
    fig("7.000-10.000", "7.000", 7000, "money", "đồng/giờ", value_max=10000, subject="giá thu người chơi",
        location=BT),
    fig("gần 2 năm", "2", 2, "measure", "năm", approx="nearly", optional=True,
        subject="thời gian tiệm hoạt động", location=BT),
    fig("khoảng 40 triệu", "40", 40000000, "money", "đồng", approx="about", status="forecast",
        subject="tiền đề xuất xử phạt chủ tiệm", location=BT),
    fig("kiểm tra 1.830 lượt", "1.830", 1830, "count", "lượt cơ sở",
        subject="lượt cơ sở kinh doanh dịch vụ Internet, trò chơi điện tử được kiểm tra", period=YTD),
    fig("phát hiện 412 cơ sở", "412", 412, "count", "cơ sở", subject="cơ sở vi phạm", period=YTD),
    fig("gần 3,2 tỷ", "3,2", 3200000000, "money", "đồng", approx="nearly", subject="tiền xử phạt",
        period=YTD),
    fig("có 74 cơ sở", "74", 74, "count", "cơ sở", subject="cơ sở vi phạm", period=inh(YTD), location=BT),
    fig("đứng thứ 2", "2", 2, "rank", "hạng", subject="cơ sở vi phạm toàn thành phố", period=inh(YTD),
        location=BT),
    fig("gấp khoảng 1,5 lần", "1,5", 1.5, "multiple", "lần", approx="about",
        subject="số điểm hoạt động không phép so với số điểm được cấp phép", location=BT),
    fig("với 1.200 học sinh", "1.200", 1200, "count", "học sinh", subject="học sinh THCS tham gia khảo sát"),
    fig("2,8 giờ/ngày", "2,8", 2.8, "measure", "giờ/ngày", subject="thời gian chơi game trung bình của học sinh THCS"),
    fig("23% thường", "23", 23, "percent", "%", subject="tỷ lệ học sinh THCS thường chơi game sau 22 giờ"),
    fig("hơn 25.000 điểm", "25.000", 25000, "count", "điểm", approx="over",
        subject="điểm cung cấp dịch vụ trò chơi điện tử công cộng", location="Việt Nam"),
]

NOTES = [
    "National newspaper: night raid on a game shop in quận Bình Tân, TP Hồ Chí Minh. 'Thứ Sáu, 22/11/2024, 06:45 (GMT+7)', byline at the end.",
    "Distractors: '0 giờ 30' (time), 'đường số 7', 'quận 12' (names), 'sau 22 giờ' (time), '(GMT+7)', 'phường Bình Hưng Hòa A'.",
    "Ages ('dưới 18 tuổi' ×2, '12 tuổi', '45 tuổi') and the shop's age 'gần 2 năm' are optional. Headline 31 has no period.",
    "Raid figures: period 'ngày 20/11' in the previous sentence → inherited; location Bình Tân. '31 người' after 'trong đó' → total 37.",
    "'Từ đầu năm đến nay' → 2024-01-01..published. 'đứng thứ 2 toàn thành phố, sau quận 12' → rank 2 (Bình Tân).",
    "'gấp khoảng 1,5 lần' standing as the claim (no base amount) → multiple. Survey figures: TP Hồ Chí Minh (Thành đoàn), no period.",
]

if __name__ == "__main__":
    write("p1131-6", TEXT, NOTES, FIGS, published="2024-11-22", location="TP Hồ Chí Minh")
