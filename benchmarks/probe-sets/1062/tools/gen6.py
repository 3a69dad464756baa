"""p1062-6: national newspaper, cao tốc Pháp Vân - Cầu Giẽ during Tết Ất Tỵ 2025."""
from lib import F, P, chg, tgt, write

TEXT = """Thời sự › Giao thông
Thứ hai, 3/2/2025, 17:30 (GMT+7)

Hơn 1,1 triệu lượt xe qua cao tốc Pháp Vân - Cầu Giẽ dịp Tết

Trong 9 ngày nghỉ Tết Nguyên đán từ 25/1 đến 2/2, tuyến cao tốc Pháp Vân - Cầu Giẽ đón hơn 1,1 triệu lượt xe, tăng khoảng 15% so với Tết năm ngoái.

Ngày cao điểm nhất là mùng 5 Tết (2/2) với khoảng 152.000 lượt xe, gấp đôi ngày thường. Chiều cùng ngày, trạm thu phí Đại Xuyên mở toàn bộ 14 làn, trong đó 10 làn theo chiều về Hà Nội. Trung bình mỗi xe qua làn ETC mất khoảng 3-4 giây, song dòng xe vẫn có lúc ùn dài 2-3 km do lưu lượng quá lớn.

Theo Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC), doanh thu phí của tuyến trong dịp Tết ước đạt 62 tỷ đồng. Khoảng 0,8% phương tiện qua trạm bị lỗi thẻ hoặc tài khoản không đủ số dư, khiến barrier không mở, nhân viên phải hướng dẫn xe sang làn hỗn hợp.

Anh Nguyễn Văn Năm, tài xế xe khách tuyến Hà Nội - Nam Định, cho biết xe anh qua trạm Đại Xuyên chỉ mất chưa đến 5 phút, nhanh hơn nhiều so với mọi năm.

Để phục vụ dịp nghỉ lễ 30/4 - 1/5 sắp tới, VEC dự kiến bố trí thêm 20 nhân viên hỗ trợ tại các trạm và tăng cường 4 xe cứu hộ trên tuyến.

Theo Bộ Giao thông vận tải, cả nước hiện có gần 6,3 triệu ô tô đã dán thẻ ETC, chiếm khoảng 97,5% số ô tô đang lưu hành.

Võ Hải
"""

TET = P("từ 25/1 đến 2/2", "2025-01-25", "2025-02-02")
TETi = P("từ 25/1 đến 2/2", "2025-01-25", "2025-02-02", inherited=True)
PEAK = P("mùng 5 Tết (2/2)", "2025-02-02", "2025-02-02")
PEAKi = P("mùng 5 Tết (2/2)", "2025-02-02", "2025-02-02", inherited=True)

FIGS = [
    F("Hơn 1,1 triệu lượt xe", "1,1", 1_100_000, "count", "lượt xe", "lượt xe qua cao tốc Pháp Vân - Cầu Giẽ", approx="over"),
    F("đón hơn 1,1 triệu lượt xe", "1,1", 1_100_000, "count", "lượt xe", "lượt xe qua tuyến cao tốc Pháp Vân - Cầu Giẽ", TET,
      approx="over", change=chg("increase", 15, baseline="Tết năm ngoái", approx="about")),
    F("khoảng 152.000 lượt xe", "152.000", 152_000, "count", "lượt xe", "lượt xe ngày cao điểm nhất", PEAK,
      approx="about", change=chg("increase", 2, unit="lần", baseline="ngày thường")),
    F("toàn bộ 14 làn", "14", 14, "count", "làn", "làn thu phí trạm Đại Xuyên mở", PEAKi),
    F("đó 10 làn", "10", 10, "count", "làn", "làn theo chiều về Hà Nội", PEAKi, total=14),
    F("khoảng 3-4 giây", "3", 3, "measure", "giây", "thời gian mỗi xe qua làn ETC", value_max=4, approx="about"),
    F("dài 2-3 km", "2", 2, "measure", "km", "chiều dài dòng xe ùn", value_max=3),
    F("ước đạt 62 tỷ đồng", "62", 62_000_000_000, "money", "đồng", "doanh thu phí của tuyến trong dịp Tết", TETi,
      status="estimate"),
    F("Khoảng 0,8% phương tiện", "0,8", 0.8, "percent", "%", "phương tiện qua trạm bị lỗi thẻ hoặc tài khoản không đủ số dư",
      TETi, approx="about"),
    F("chưa đến 5 phút", "5", 5, "measure", "phút", "thời gian xe qua trạm Đại Xuyên", approx="under"),
    F("thêm 20 nhân viên", "20", 20, "count", "nhân viên", "nhân viên hỗ trợ bố trí thêm tại các trạm",
      P("dịp nghỉ lễ 30/4 - 1/5", "2025-04-30", "2025-05-01"), status="forecast"),
    F("tăng cường 4 xe cứu hộ", "4", 4, "count", "xe cứu hộ", "xe cứu hộ tăng cường trên tuyến",
      P("dịp nghỉ lễ 30/4 - 1/5", "2025-04-30", "2025-05-01"), status="forecast"),
    F("gần 6,3 triệu ô tô", "6,3", 6_300_000, "count", "ô tô", "ô tô đã dán thẻ ETC", approx="nearly", percent=97.5,
      location="Việt Nam"),
]

NOTES = [
    "National newspaper (invented, VnExpress style): cao tốc Pháp Vân - Cầu Giẽ during Tết Ất Tỵ (25/1-2/2/2025).",
    "Not figures: '9 ngày nghỉ Tết' (duration that locates the period), 'mùng 5 Tết (2/2)', 'nghỉ lễ 30/4 - 1/5' (dates),",
    "'Nguyễn Văn Năm' (a name), 'Hà Nội - Nam Định' (a bus route), 17:30 (GMT+7).",
    "'gấp đôi ngày thường' after 152.000 lượt xe is its change (×2, unit lần, baseline ngày thường).",
    "Location Hà Nội (the route and the Đại Xuyên station lie in Hà Nội); the closing national tag count is Việt Nam.",
    "The holiday staffing (20 nhân viên, 4 xe cứu hộ) is forecast ('dự kiến'), period the 30/4-1/5 holiday (year from published).",
]

if __name__ == "__main__":
    write("p1062-6", TEXT, FIGS, published="2025-02-03", location="Hà Nội", notes=NOTES)
