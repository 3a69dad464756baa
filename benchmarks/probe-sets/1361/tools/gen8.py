"""p1361-8: radio/TV site (THP Hải Phòng): fire drill at a chung cư mini in quận Lê Chân; city figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THP - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
Thời sự | Kinh tế | Xã hội | Pháp luật | Video | Podcast

Diễn tập chữa cháy tại chung cư mini 7 tầng ở quận Lê Chân

THP - 20/05/2024 16:05 | Lượt xem: 1.208

Sáng 20/5, Công an quận Lê Chân phối hợp UBND phường Dư Hàng Kênh tổ chức diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại chung cư mini Thành Đạt trên phố Hai Bà Trưng.

Tham gia diễn tập có hơn 120 người, gồm 42 cán bộ, chiến sĩ và 81 cư dân, cùng 6 xe chữa cháy, 1 xe thang và 2 xe cứu thương. Tình huống giả định đám cháy phát sinh tại khu để xe tầng 1 do chập điện khi sạc xe đạp điện, khói lan lên các tầng trên. Chỉ sau 12 phút, lực lượng chức năng đã dập tắt đám cháy và đưa toàn bộ người mắc kẹt ra ngoài an toàn.

Theo Phòng Cảnh sát PCCC và CNCH Công an thành phố, Hải Phòng hiện có 1.386 chung cư mini và nhà nhiều tầng nhiều căn hộ, tập trung chủ yếu tại các quận Lê Chân (412 cơ sở), Ngô Quyền (298 cơ sở) và Hồng Bàng (175 cơ sở). 5 tháng đầu năm 2024, thành phố xảy ra 4 vụ cháy tại nhà nhiều căn hộ, giảm 3 vụ so với cùng kỳ năm 2023, không có thiệt hại về người.

Thượng tá Đỗ Văn Khải, Phó Trưởng phòng, cho biết năm nay thành phố phấn đấu 100% chung cư mini lắp đặt thiết bị báo cháy độc lập; dự kiến hỗ trợ khoảng 2.000 thiết bị cho các hộ khó khăn với kinh phí hơn 1,2 tỷ đồng. Mỗi thiết bị có giá từ 350.000 đến 600.000 đồng.

Minh Thu - Văn Hùng

© Đài Phát thanh và Truyền hình Hải Phòng. Địa chỉ: Số 3 Lý Tự Trọng, quận Hồng Bàng. Đường dây nóng: 0225.3745.678
"""

M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
LC = "Lê Chân"
LIST = "chung cư mini và nhà nhiều tầng nhiều căn hộ"

FIGS = [
    fig("mini 7 tầng", "7", 7, "count", "tầng", subject="tầng của chung cư mini", location=LC),
    fig("hơn 120 người", "120", 120, "count", "người", approx="over", subject="người tham gia diễn tập",
        location=LC),
    fig("gồm 42 cán bộ", "42", 42, "count", "cán bộ, chiến sĩ", total=120,
        subject="cán bộ, chiến sĩ tham gia diễn tập", location=LC),
    fig("và 81 cư dân", "81", 81, "count", "cư dân", total=120, subject="cư dân tham gia diễn tập", location=LC),
    fig("cùng 6 xe", "6", 6, "count", "xe chữa cháy", subject="xe chữa cháy tham gia diễn tập", location=LC),
    fig("1 xe thang", "1", 1, "count", "xe thang", subject="xe thang tham gia diễn tập", location=LC),
    fig("2 xe cứu thương", "2", 2, "count", "xe cứu thương", subject="xe cứu thương tham gia diễn tập",
        location=LC),
    fig("sau 12 phút", "12", 12, "measure", "phút",
        subject="thời gian dập tắt đám cháy và đưa người mắc kẹt ra ngoài", location=LC),
    fig("có 1.386 chung cư", "1.386", 1386, "count", "chung cư mini", subject=LIST),
    fig("(412 cơ sở)", "412", 412, "count", "cơ sở", subject=LIST, location="Lê Chân"),
    fig("(298 cơ sở)", "298", 298, "count", "cơ sở", subject=LIST, location="Ngô Quyền"),
    fig("(175 cơ sở)", "175", 175, "count", "cơ sở", subject=LIST, location="Hồng Bàng"),
    fig("xảy ra 4 vụ", "4", 4, "count", "vụ cháy", change=chg("decrease", 3, "vụ", "cùng kỳ năm 2023"),
        subject="vụ cháy tại nhà nhiều căn hộ", period=M5),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="chung cư mini lắp đặt thiết bị báo cháy độc lập", period=NOW),
    fig("khoảng 2.000 thiết bị", "2.000", 2000, "count", "thiết bị", approx="about", status="forecast",
        subject="thiết bị hỗ trợ cho các hộ khó khăn", period=NOW),
    fig("hơn 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="over", status="forecast",
        subject="kinh phí hỗ trợ thiết bị", period=NOW),
    fig("từ 350.000 đến 600.000", "350.000", 350000, "money", "đồng/thiết bị", value_max=600000,
        subject="giá mỗi thiết bị"),
]

NOTES = [
    "Radio/TV site (THP, Đài PT-TH Hải Phòng): fire drill at a chung cư mini in quận Lê Chân; 'THP - 20/05/2024 16:05 | Lượt xem: 1.208'.",
    "Distractors: 16:05, Lượt xem 1.208, 'Sáng 20/5', 'phố Hai Bà Trưng' (a street name with a number word), 'tầng 1' (a floor's name),",
    "'Số 3 Lý Tự Trọng', phone 0225.3745.678. The drill's figures are located in Lê Chân; city figures in Hải Phòng.",
    "'hơn 120 người, gồm 42 … và 81 …' → parts with total 120. 'Chỉ sau 12 phút' is the drill's response time (measure).",
    "'tập trung chủ yếu tại … Lê Chân (412 cơ sở), …' do not add up to 1.386: no total; list items with the list's indicator as subject.",
    "'năm nay' = 2024 (dateline) for the target and the forecast clause of the same sentence; the standing price has no period.",
]

if __name__ == "__main__":
    write("p1361-8", TEXT, NOTES, FIGS, published="2024-05-20", location="Hải Phòng")
