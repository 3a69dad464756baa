"""p1381-8: radio/TV site (Đài PT&TH Cần Thơ): Mid-Autumn toy market, lantern prices, market-surveillance checks."""
from lib import F, P, I, C, T, write

TEXT = """CANTHOTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Thị trường đồ chơi Trung thu: hàng Việt chiếm ưu thế

Cập nhật lúc 18:45, 10/09/2024

Những ngày cận Rằm tháng Tám, dãy phố bán lồng đèn trên đường Hai Bà Trưng, quận Ninh Kiều nhộn nhịp người mua. Theo các tiểu thương tại đây, năm nay hàng Việt chiếm khoảng 70% lượng đồ chơi Trung thu bày bán, tăng mạnh so với mức 40% của năm 2020.

Lồng đèn giấy kiếng truyền thống có giá từ 35.000 đến 80.000 đồng/chiếc; lồng đèn tre, vải in hình nhân vật hoạt hình giá 120.000-250.000 đồng/chiếc, tăng khoảng 10% so với năm ngoái. Chị Trần Thị Mỹ Linh, chủ một sạp hàng, cho biết mỗi ngày bán được từ 150 đến 200 chiếc, doanh thu mùa Trung thu dự kiến đạt hơn 60 triệu đồng.

Từ ngày 1/8 đến nay, Đội Quản lý thị trường số 2 đã kiểm tra 45 cơ sở kinh doanh đồ chơi trên địa bàn thành phố, phát hiện 11 trường hợp vi phạm, tạm giữ 2.350 sản phẩm đồ chơi, lồng đèn nhập lậu, trong đó có gần 600 đồ chơi mang tính bạo lực. Cần Thơ hiện xếp thứ hai khu vực Đồng bằng sông Cửu Long về số sản phẩm đồ chơi vi phạm bị thu giữ.

Ngành công thương thành phố dự kiến trong năm 2024 tổ chức 3 phiên chợ hàng Việt về nông thôn, mỗi phiên có khoảng ba chục gian hàng đồ chơi, văn phòng phẩm; phấn đấu doanh thu mỗi phiên đạt ít nhất 500 triệu đồng.

Tin, ảnh: Thanh Tâm - Hoàng Vũ
Lượt xem: 932
"""

NAY = P("năm nay", "2024-01-01", "2024-12-31")
SINCE = P("Từ ngày 1/8 đến nay", "2024-08-01", "2024-09-10")
Y24 = P("trong năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="hàng Việt trong lượng đồ chơi Trung thu bày bán", period=NAY, location="Ninh Kiều"),
    F("mức 40%", "40", 40, "percent", "%", subject="hàng Việt trong lượng đồ chơi Trung thu bày bán",
      period=P("năm 2020", "2020-01-01", "2020-12-31"), location="Ninh Kiều"),
    F("từ 35.000 đến 80.000", "35.000", 35000, "money", "đồng/chiếc", value_max=80000,
      subject="giá lồng đèn giấy kiếng truyền thống", location="Ninh Kiều"),
    F("120.000-250.000", "120.000", 120000, "money", "đồng/chiếc", value_max=250000,
      change=C("increase", 10, "%", "năm ngoái", approx="about"),
      subject="giá lồng đèn tre, vải in hình nhân vật hoạt hình", location="Ninh Kiều"),
    F("từ 150 đến 200 chiếc", "150", 150, "measure", "chiếc/ngày", value_max=200,
      subject="lồng đèn sạp hàng bán được mỗi ngày", location="Ninh Kiều"),
    F("hơn 60 triệu", "60", 60e6, "money", "đồng", approx="over", status="forecast",
      subject="doanh thu mùa Trung thu của sạp hàng", location="Ninh Kiều"),
    F("kiểm tra 45 cơ sở", "45", 45, "count", "cơ sở", subject="cơ sở kinh doanh đồ chơi được kiểm tra",
      period=SINCE),
    F("phát hiện 11 trường hợp", "11", 11, "count", "trường hợp", subject="trường hợp vi phạm", period=SINCE),
    F("giữ 2.350 sản phẩm", "2.350", 2350, "count", "sản phẩm",
      subject="sản phẩm đồ chơi, lồng đèn nhập lậu bị tạm giữ", period=SINCE),
    F("gần 600 đồ chơi", "600", 600, "count", "đồ chơi", approx="nearly", total=2350,
      subject="đồ chơi mang tính bạo lực", period=SINCE),
    F("xếp thứ hai", "hai", 2, "rank", "hạng", subject="số sản phẩm đồ chơi vi phạm bị thu giữ"),
    F("tổ chức 3 phiên", "3", 3, "count", "phiên chợ", status="forecast",
      subject="phiên chợ hàng Việt về nông thôn", period=Y24),
    F("khoảng ba chục", "ba chục", 30, "measure", "gian hàng/phiên", approx="about", status="forecast",
      subject="gian hàng đồ chơi, văn phòng phẩm mỗi phiên", period=Y24),
    F("ít nhất 500 triệu", "500", 500e6, "money", "đồng/phiên", approx="at_least", status="target",
      subject="doanh thu mỗi phiên", period=Y24),
]

NOTES = [
    "Radio/TV site (Đài PT&TH Cần Thơ): channel banner, menu, 'Cập nhật lúc 18:45, 10/09/2024' (published), credit line, 'Lượt xem: 932'.",
    "The street passage (đường Hai Bà Trưng, quận Ninh Kiều; 'các tiểu thương tại đây', 'chủ một sạp hàng') is located in Ninh Kiều;",
    "the market-surveillance and plan paragraphs speak of the city ('trên địa bàn thành phố', 'Ngành công thương thành phố'): Cần Thơ.",
    "'so với mức 40% của năm 2020' states a past level: a percent figure of its own (period 2020), not a change value.",
    "'mỗi ngày bán được từ 150 đến 200 chiếc' and 'mỗi phiên có khoảng ba chục gian hàng' are rates (chiếc/ngày, gian hàng/phiên); 'ba chục' = 30.",
    "'doanh thu mỗi phiên ... ít nhất 500 triệu đồng' → money per session (đồng/phiên), target; 'dự kiến' governs the 3 phiên and the stalls (forecast).",
    "'11 trường hợp vi phạm' after 'kiểm tra 45 cơ sở': no part-of cue, no total. 'gần 600 đồ chơi' after 'trong đó' takes total 2.350.",
    "Distractors: 'Rằm tháng Tám', 'đường Hai Bà Trưng' (a name with a number word), 'Đội Quản lý thị trường số 2', 'một sạp hàng' (indefinite article), 'Lượt xem: 932'.",
]

if __name__ == "__main__":
    write("p1381-8", TEXT, NOTES, FIGS, published="2024-09-10", location="Cần Thơ")
