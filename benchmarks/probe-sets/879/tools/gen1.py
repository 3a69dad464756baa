"""p879-1: province portal (Thừa Thiên Huế) - Tết traffic through hầm Hải Vân and Phước Tượng - Phú Gia."""
from lib import F, P, C, write

TEXT = """Cổng Thông tin điện tử tỉnh Thừa Thiên Huế
Trang chủ > Tin tức - Sự kiện > Giao thông - Xây dựng
Hơn 215.000 lượt xe qua hầm Hải Vân dịp Tết
Cập nhật: 20/02/2024 09:45 | Lượt xem: 2.318

(TTĐT) - Theo Công ty Cổ phần Đầu tư Đèo Cả, trong 9 ngày nghỉ Tết Nguyên đán Giáp Thìn (từ ngày 8/2 đến 16/2/2024), hầm Hải Vân đã phục vụ hơn 215.000 lượt xe, tăng 12,4% so với cùng kỳ Tết năm 2023. Trong đó, xe con có khoảng 146.000 lượt, chiếm 68%.

Ngày cao điểm nhất là 14/2 (mùng 5 Tết) với gần 27.500 lượt xe qua hầm. Lưu lượng ngày cao điểm gấp khoảng 1,8 lần ngày thường.

Do xe máy không được lưu thông trong hầm, đơn vị vận hành đã bố trí 8 xe buýt trung chuyển, chở miễn phí 3.160 lượt xe máy qua hầm, tăng 540 lượt so với Tết năm trước.

Tại cụm hầm Phước Tượng - Phú Gia trên Quốc lộ 1A, lưu lượng trong dịp Tết đạt 124.000 lượt xe, trong đó hầm Phước Tượng 63.500 lượt, hầm Phú Gia 60.500 lượt.

Trong dịp Tết, lực lượng cứu hộ đã kéo 37 xe hư hỏng ra khỏi hầm, xử lý 5 vụ va chạm nhẹ, không để xảy ra ùn tắc kéo dài quá 30 phút. Hầm Hải Vân dài hơn 6,2 km, hiện vẫn là hầm đường bộ dài nhất Việt Nam.

Theo Sở Giao thông vận tải, từ đầu năm đến nay, tổng lưu lượng qua 3 hầm trên địa bàn tỉnh đạt khoảng 1,02 triệu lượt xe, bằng 12,6% kế hoạch năm. Năm 2024, đơn vị vận hành phấn đấu rút ngắn thời gian xử lý sự cố trong hầm xuống dưới 15 phút/vụ.

Tin: Minh Châu
"""

TET = P("từ ngày 8/2 đến 16/2/2024", "2024-02-08", "2024-02-16")
TET_I = P("dịp Tết", "2024-02-08", "2024-02-16", inh=True)
PEAK_I = P("14/2", "2024-02-14", "2024-02-14", inh=True)

FIGS = [
    F("Hơn 215.000 lượt xe qua hầm Hải Vân", "215.000", 215000, "count", "lượt xe",
      "lượt xe qua hầm Hải Vân dịp Tết", TET_I, approx="over"),
    F("phục vụ hơn 215.000 lượt xe", "215.000", 215000, "count", "lượt xe",
      "lượt xe qua hầm Hải Vân", TET, approx="over",
      change=C("increase", 12.4, "%", "cùng kỳ Tết năm 2023")),
    F("khoảng 146.000 lượt", "146.000", 146000, "count", "lượt",
      "lượt xe con qua hầm Hải Vân", P("từ ngày 8/2 đến 16/2/2024", "2024-02-08", "2024-02-16", inh=True),
      approx="about", total=215000, percent=68),
    F("gần 27.500 lượt xe", "27.500", 27500, "count", "lượt xe",
      "lượt xe qua hầm ngày cao điểm nhất", P("14/2", "2024-02-14", "2024-02-14"), approx="nearly"),
    F("gấp khoảng 1,8 lần", "1,8", 1.8, "multiple", "lần",
      "lưu lượng ngày cao điểm so với ngày thường", PEAK_I, approx="about"),
    F("bố trí 8 xe buýt", "8", 8, "count", "xe buýt", "xe buýt trung chuyển", TET_I),
    F("miễn phí 3.160 lượt xe máy", "3.160", 3160, "count", "lượt xe máy",
      "lượt xe máy chở miễn phí qua hầm", TET_I,
      change=C("increase", 540, "lượt", "Tết năm trước")),
    F("đạt 124.000 lượt xe", "124.000", 124000, "count", "lượt xe",
      "lưu lượng qua cụm hầm Phước Tượng - Phú Gia", TET_I),
    F("Phước Tượng 63.500 lượt", "63.500", 63500, "count", "lượt",
      "lưu lượng qua hầm Phước Tượng", TET_I, total=124000),
    F("Phú Gia 60.500 lượt", "60.500", 60500, "count", "lượt",
      "lưu lượng qua hầm Phú Gia", TET_I, total=124000),
    F("kéo 37 xe hư hỏng", "37", 37, "count", "xe", "xe hư hỏng được kéo ra khỏi hầm", TET_I),
    F("xử lý 5 vụ va chạm", "5", 5, "count", "vụ", "vụ va chạm nhẹ được xử lý", TET_I),
    F("kéo dài quá 30 phút", "30", 30, "measure", "phút", "thời gian ùn tắc", approx="over", optional=True),
    F("dài hơn 6,2 km", "6,2", 6.2, "measure", "km", "chiều dài hầm Hải Vân", approx="over"),
    F("qua 3 hầm trên địa bàn", "3", 3, "count", "hầm", "hầm trên địa bàn tỉnh", optional=True),
    F("khoảng 1,02 triệu lượt xe", "1,02", 1020000, "count", "lượt xe",
      "tổng lưu lượng qua 3 hầm trên địa bàn tỉnh", P("từ đầu năm đến nay", "2024-01-01", "2024-02-20"),
      approx="about", percent=12.6),
    F("dưới 15 phút/vụ", "15", 15, "measure", "phút/vụ",
      "thời gian xử lý sự cố trong hầm", P("Năm 2024", "2024-01-01", "2024-12-31"),
      approx="under", status="target"),
]

NOTES = [
    "Province portal (Thừa Thiên Huế): Tết Giáp Thìn traffic through hầm Hải Vân and hầm Phước Tượng - Phú Gia.",
    "Not figures: breadcrumb, 'Cập nhật: 20/02/2024 09:45', 'Lượt xem: 2.318', '9 ngày nghỉ Tết' (duration locating the period),",
    "'từ ngày 8/2 đến 16/2/2024', '14/2', 'mùng 5 Tết', 'Tết năm 2023', 'Quốc lộ 1A', 'Năm 2024'.",
    "Tết-period figures outside the first sentence carry the Tết dates as an inherited period.",
    "'gấp khoảng 1,8 lần ngày thường' stands as its own sentence: a multiple figure.",
]

if __name__ == "__main__":
    write("p879-1", TEXT, FIGS, NOTES, published="2024-02-20", location="Thừa Thiên Huế")
