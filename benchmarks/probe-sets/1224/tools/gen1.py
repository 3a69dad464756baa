"""p1224-1: Quảng Trị province portal: site handover for the Hải Lăng LNG power plant (as of 15/8/2024)."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Đầu tư

Quảng Trị: Bàn giao gần 90% mặt bằng dự án Nhà máy điện khí LNG Hải Lăng

Cập nhật: 21/08/2024 14:20 | Lượt xem: 3.418

(quangtri.gov.vn) - Theo Ban Quản lý Khu kinh tế tỉnh, tính đến ngày 15/8/2024, các địa phương đã bàn giao cho nhà đầu tư 172,6 ha trong tổng số 193,4 ha đất phải thu hồi để xây dựng Nhà máy điện khí LNG Hải Lăng giai đoạn 1, đạt 89,2%. Trong đó, huyện Hải Lăng bàn giao 148,3 ha, thị xã Quảng Trị bàn giao 24,3 ha.

Dự án do liên danh T&T Group - Hanwha Energy - KOGAS - PV Power làm nhà đầu tư, công suất 1.500 MW, tổng vốn đầu tư khoảng 2,3 tỷ USD. Hạng mục kho cảng LNG gồm hai bồn chứa, mỗi bồn có dung tích 180.000 m³, công suất nhập khoảng 1,5 triệu tấn/năm. Khi đi vào vận hành, nhà máy dự kiến cung cấp cho lưới điện quốc gia bình quân khoảng 9 tỷ kWh/năm.

Tỉnh đã phê duyệt phương án bồi thường, hỗ trợ cho 312 hộ dân với tổng kinh phí hơn 186 tỷ đồng; đến nay đã chi trả 171,5 tỷ đồng cho 287 hộ. Khu tái định cư Hải Khê rộng 12 ha, bố trí 96 lô đất ở, mỗi lô từ 200 đến 250 m²; hiện đã có 58 hộ nhận đất làm nhà.

Trên công trường hiện có khoảng 450 công nhân, kỹ sư thi công san lấp mặt bằng và kè chắn sóng, trong đó lao động địa phương chiếm khoảng 60%.

Tỉnh phấn đấu hoàn thành bàn giao 100% mặt bằng trước ngày 30/9/2024 để nhà đầu tư khởi công nhà máy chính trong quý IV năm nay; tổ máy số 1 dự kiến vận hành thương mại vào năm 2028.

Liên hệ: Ban Quản lý Khu kinh tế tỉnh Quảng Trị, số 15 Hùng Vương, TP Đông Hà. ĐT: 0233.3556.789
"""

ASOF = P("tính đến ngày 15/8/2024", None, "2024-08-15")
NOW = P("đến nay", None, "2024-08-21")
BY30 = P("trước ngày 30/9/2024", None, "2024-09-30")
HANDED = "diện tích đất bàn giao cho nhà đầu tư để xây dựng Nhà máy điện khí LNG Hải Lăng giai đoạn 1"

FIGS = [
    F("gần 90%", "90", 90, "percent", "%", approx="nearly",
      subject="mặt bằng dự án Nhà máy điện khí LNG Hải Lăng được bàn giao"),
    F("nhà đầu tư 172,6 ha", "172,6", 172.6, "measure", "ha", total=193.4, percent=89.2,
      subject=HANDED, period=ASOF),
    F("bàn giao 148,3 ha", "148,3", 148.3, "measure", "ha", total=172.6,
      subject="diện tích đất bàn giao", period=I(ASOF), location="Hải Lăng"),
    F("bàn giao 24,3 ha", "24,3", 24.3, "measure", "ha", total=172.6,
      subject="diện tích đất bàn giao", period=I(ASOF), location="thị xã Quảng Trị"),
    F("công suất 1.500 MW", "1.500", 1500, "measure", "MW", subject="công suất dự án"),
    F("khoảng 2,3 tỷ USD", "2,3", 2300000000, "money", "USD", approx="about",
      subject="tổng vốn đầu tư dự án"),
    F("gồm hai bồn chứa", "hai", 2, "count", "bồn chứa", subject="bồn chứa của kho cảng LNG"),
    F("180.000 m³", "180.000", 180000, "measure", "m³", subject="dung tích mỗi bồn chứa"),
    F("khoảng 1,5 triệu tấn/năm", "1,5", 1500000, "measure", "tấn/năm", approx="about",
      subject="công suất nhập của kho cảng LNG"),
    F("khoảng 9 tỷ kWh/năm", "9", 9000000000, "measure", "kWh/năm", approx="about", status="forecast",
      subject="điện năng nhà máy cung cấp cho lưới điện quốc gia"),
    F("cho 312 hộ", "312", 312, "count", "hộ",
      subject="hộ dân được phê duyệt phương án bồi thường, hỗ trợ"),
    F("hơn 186 tỷ", "186", 186000000000, "money", "đồng", approx="over",
      subject="tổng kinh phí bồi thường, hỗ trợ"),
    F("chi trả 171,5 tỷ", "171,5", 171500000000, "money", "đồng",
      subject="kinh phí bồi thường, hỗ trợ đã chi trả", period=NOW),
    F("cho 287 hộ", "287", 287, "count", "hộ", subject="hộ đã được chi trả bồi thường, hỗ trợ", period=NOW),
    F("rộng 12 ha", "12", 12, "measure", "ha", subject="diện tích khu tái định cư Hải Khê"),
    F("bố trí 96 lô", "96", 96, "count", "lô đất", subject="lô đất ở bố trí tại khu tái định cư Hải Khê"),
    F("từ 200 đến 250 m²", "200", 200, "measure", "m²", value_max=250, subject="diện tích mỗi lô đất ở"),
    F("có 58 hộ", "58", 58, "count", "hộ", subject="hộ nhận đất làm nhà tại khu tái định cư"),
    F("khoảng 450 công nhân", "450", 450, "count", "công nhân, kỹ sư", approx="about",
      subject="công nhân, kỹ sư thi công trên công trường"),
    F("khoảng 60%", "60", 60, "percent", "%", approx="about",
      subject="tỷ lệ lao động địa phương trong số công nhân, kỹ sư trên công trường"),
    F("bàn giao 100% mặt bằng", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ mặt bằng hoàn thành bàn giao", period=BY30),
]

NOTES = [
    "Province portal (Quảng Trị): Hải Lăng LNG power plant, phase 1, site handover as of 15/8/2024. Breadcrumb, 'Cập nhật: 21/08/2024 14:20 | Lượt xem: 3.418'.",
    "Distractors: view counter 3.418, time 14:20, 'giai đoạn 1', 'tổ máy số 1', 'năm 2028', 'quý IV năm nay', address 'số 15 Hùng Vương', phone 0233.3556.789.",
    "193,4 ha after 'trong tổng số' is the total of 172,6 ha (attribute, not a figure); 148,3 + 24,3 = 172,6 after 'Trong đó' (total 172,6, as-of inherited).",
    "'trong đó lao động địa phương chiếm khoảng 60%' is a share of a part, not of the 450: a percent figure of its own.",
    "'đến nay' = as of the published date. 287 hộ has no part-of cue against 312 hộ: no total. Headline 'gần 90%' gets no period.",
]

if __name__ == "__main__":
    write("p1224-1", TEXT, NOTES, FIGS, published="2024-08-21", location="Quảng Trị")
