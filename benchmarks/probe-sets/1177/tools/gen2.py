"""p1177-2: Sông Lô district portal (Vĩnh Phúc), Hải Lựu buffalo-fighting festival 2025."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÔNG LÔ
Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội

Lễ hội chọi trâu Hải Lựu thu hút đông đảo du khách

Đăng ngày: 15/02/2025 - 08:45

Trong hai ngày 13 và 14/2 (tức ngày 16 và 17 tháng Giêng năm Ất Tỵ), UBND xã Hải Lựu tổ chức Lễ hội chọi trâu truyền thống năm 2025. Đây là lần thứ 3 lễ hội được tổ chức kể từ khi được đưa vào Danh mục di sản văn hóa phi vật thể quốc gia.

Lễ hội năm nay có 32 trâu đăng ký tham gia, trong đó 20 trâu của xã Hải Lựu, số còn lại của các xã Bạch Lưu, Đôn Nhân, Lãng Công. Lần đầu tiên có hai trâu của xã Lãng Công tham gia thi đấu. Qua 31 trận đấu, trâu của ông Nguyễn Văn Thắng (thôn Đồng Hội) giành giải nhất với phần thưởng 50 triệu đồng. Tổng giá trị giải thưởng của lễ hội hơn 150 triệu đồng, tăng 30 triệu đồng so với năm 2024.

Ông Thắng cho biết, con trâu được gia đình mua vào tháng 4/2024 với giá 180 triệu đồng. Mỗi ngày trâu được cho ăn khoảng 30 kg cỏ tươi, chi phí chăm sóc, thuốc bổ khoảng 5 triệu đồng/tháng.

Theo UBND xã, ước tính trong hai ngày lễ hội có khoảng 20.000 lượt người dân và du khách đến tham quan, tăng gần 5.000 lượt so với năm trước. Ban tổ chức bố trí 120 gian hàng ẩm thực, sản phẩm địa phương, trong đó 26 gian hàng sản phẩm OCOP. Giá vé vào sân chọi 50.000 đồng/người, trẻ em cao dưới 1,3 m được miễn vé. Tổng thu từ bán vé và cho thuê mặt bằng đạt gần 1,2 tỷ đồng, bằng 120% so với năm 2024.

Năm 2026, xã dự kiến mở rộng sân chọi lên khoảng 6.000 chỗ ngồi, tổng kinh phí 3,5 tỷ đồng từ ngân sách huyện và nguồn xã hội hóa.

Tin, ảnh: Thu Hà
Địa chỉ: Thị trấn Tam Sơn, huyện Sông Lô, tỉnh Vĩnh Phúc - Điện thoại: 0211.3726.268
"""

NAY = P("Lễ hội năm nay", "2025-01-01", "2025-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
T4 = P("tháng 4/2024", "2024-04-01", "2024-04-30")
Y26 = P("Năm 2026", "2026-01-01", "2026-12-31")

FIGS = [
    F("có 32 trâu", "32", 32, "count", "trâu", subject="trâu đăng ký tham gia lễ hội", period=NAY),
    F("trong đó 20 trâu", "20", 20, "count", "trâu", total=32,
      subject="trâu của xã Hải Lựu đăng ký tham gia", period=NAY),
    F("có hai trâu", "hai", 2, "count", "trâu",
      subject="trâu của xã Lãng Công lần đầu tham gia thi đấu", period=I(Y25)),
    F("Qua 31 trận", "31", 31, "count", "trận đấu", subject="trận đấu", period=I(Y25)),
    F("phần thưởng 50 triệu", "50", 50000000, "money", "đồng",
      subject="phần thưởng giải nhất", period=I(Y25)),
    F("hơn 150 triệu", "150", 150000000, "money", "đồng", approx="over",
      change=C("increase", 30000000, "đồng", "năm 2024"),
      subject="tổng giá trị giải thưởng của lễ hội", period=I(Y25)),
    F("giá 180 triệu", "180", 180000000, "money", "đồng",
      subject="giá mua con trâu giải nhất", period=T4),
    F("khoảng 30 kg", "30", 30, "measure", "kg/ngày", approx="about",
      subject="cỏ tươi cho trâu ăn mỗi ngày"),
    F("khoảng 5 triệu", "5", 5000000, "money", "đồng/tháng", approx="about",
      subject="chi phí chăm sóc, thuốc bổ cho trâu"),
    F("khoảng 20.000 lượt", "20.000", 20000, "count", "lượt người dân và du khách", approx="about",
      status="estimate", change=C("increase", 5000, "lượt", "năm trước", approx="nearly"),
      subject="lượt người dân và du khách đến tham quan lễ hội", period=I(Y25)),
    F("bố trí 120 gian hàng", "120", 120, "count", "gian hàng",
      subject="gian hàng ẩm thực, sản phẩm địa phương", period=I(Y25)),
    F("26 gian hàng", "26", 26, "count", "gian hàng", total=120,
      subject="gian hàng sản phẩm OCOP", period=I(Y25)),
    F("sân chọi 50.000", "50.000", 50000, "money", "đồng/người",
      subject="giá vé vào sân chọi", period=I(Y25)),
    F("dưới 1,3 m", "1,3", 1.3, "measure", "m", approx="under", optional=True,
      subject="chiều cao trẻ em được miễn vé"),
    F("gần 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="nearly", percent=120,
      subject="tổng thu từ bán vé và cho thuê mặt bằng", period=I(Y25)),
    F("khoảng 6.000 chỗ", "6.000", 6000, "count", "chỗ ngồi", approx="about", status="forecast",
      subject="sức chứa sân chọi sau khi mở rộng", period=Y26),
    F("kinh phí 3,5 tỷ", "3,5", 3500000000, "money", "đồng", status="forecast",
      subject="tổng kinh phí mở rộng sân chọi", period=Y26),
]

NOTES = [
    "District portal (huyện Sông Lô, Vĩnh Phúc): 'Đăng ngày: 15/02/2025 - 08:45', byline 'Tin, ảnh: Thu Hà', footer address and phone. Default location Sông Lô;",
    "the communes Hải Lựu, Lãng Công are below district level and do not change it.",
    "Distractors: 'Trong hai ngày 13 và 14/2' (duration + dates), lunar dates, 'lần thứ 3', phone 0211.3726.268, time 08:45.",
    "'Lễ hội năm nay' = 2025 (scored for 32 and 20). 'mua vào tháng 4/2024 với giá 180 triệu' takes that month. Care figures (30 kg/ngày, 5 triệu/tháng) are habits: no period.",
    "'bằng 120% so với năm 2024' after the takings is a share (percent attribute). 'tăng gần 5.000 lượt so với năm trước' is a change of 20.000 (approx nearly).",
    "'dự kiến' governs both figures of the 2026 sentence (forecast). 'dưới 1,3 m' is a threshold that defines who is exempt: optional.",
]

if __name__ == "__main__":
    write("p1177-2", TEXT, NOTES, FIGS, published="2025-02-15", location="Sông Lô")
