"""p792-7: department site (Sở VHTTDL Lạng Sơn), no dateline; Nhị Thanh - Tam Thanh caves; one-cell-per-line table."""
from lib import F, P, I, C, T, write_set

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN
Trang chủ / Tin tức - Sự kiện / Du lịch

Khu di tích danh thắng Nhị Thanh - Tam Thanh hút khách

Khu di tích danh thắng Nhị Thanh - Tam Thanh (thành phố Lạng Sơn) được xếp hạng di tích quốc gia đặc biệt, có tổng diện tích 38,6 ha, gồm động Nhị Thanh, động Tam Thanh, chùa Tam Thanh và 35 bài thơ văn khắc trên vách đá. Sau khi hệ thống chiếu sáng nghệ thuật trong các động được đầu tư với kinh phí 6,2 tỷ đồng, lượng khách tăng mạnh.

Kết quả đón khách và thu phí tham quan tại khu di tích:

Chỉ tiêu
Năm 2022
Năm 2023
9 tháng năm 2024
Lượt khách tham quan (lượt)
182.400
265.300
231.750
Khách quốc tế (lượt)
6.120
11.480
10.960
Thu phí tham quan (triệu đồng)
3.648
5.306
4.635

Khách quốc tế chủ yếu đến từ Trung Quốc, chiếm khoảng 70%. Giá vé tham quan hiện là 20.000 đồng/người; trẻ em dưới 1,3 m được miễn vé.

Năm 2024, khu di tích phấn đấu đón 320.000 lượt khách, thu phí tham quan 6,4 tỷ đồng. Ban Quản lý hiện có 26 viên chức, người lao động; dự kiến quý IV sẽ hoàn thành cải tạo 1.200 m đường dạo và 3 nhà vệ sinh công cộng với kinh phí 4,8 tỷ đồng từ ngân sách tỉnh.

Để bảo vệ thạch nhũ, từ tháng 3/2024, khu di tích giới hạn mỗi đoàn vào động không quá 40 người và thời gian dừng trong động tối đa 30 phút.

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LẠNG SƠN
Địa chỉ: Số 2 đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn
Điện thoại: 0205.3812.386 | Email: svhttdl@langson.gov.vn
Tổng lượt truy cập: 1.284.307
"""

COLS = [P("Năm 2022", "2022-01-01", "2022-12-31"), P("Năm 2023", "2023-01-01", "2023-12-31"),
        P("9 tháng năm 2024", "2024-01-01", "2024-09-30")]
CN = ["năm 2022", "năm 2023", "9 tháng năm 2024"]
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")


def cells(row, label, nums, unit, mult, kind):
    out = []
    for i, n in enumerate(nums):
        anchor = f"{label}\n{n}" if i == 0 else f"{nums[i - 1]}\n{n}"
        out.append(F(anchor, n, float(n.replace(".", "")) * mult, kind, unit, f"{row} {CN[i]}", period=COLS[i]))
    return out


FIGS = [
    F("diện tích 38,6 ha", "38,6", 38.6, "measure", "ha", "tổng diện tích khu di tích"),
    F("và 35 bài thơ", "35", 35, "count", "bài thơ văn", "bài thơ văn khắc trên vách đá"),
    F("kinh phí 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", "kinh phí đầu tư hệ thống chiếu sáng nghệ thuật"),
] + cells("lượt khách tham quan", "Lượt khách tham quan (lượt)", ["182.400", "265.300", "231.750"], "lượt", 1, "count") \
  + cells("khách quốc tế", "Khách quốc tế (lượt)", ["6.120", "11.480", "10.960"], "lượt", 1, "count") \
  + cells("thu phí tham quan", "Thu phí tham quan (triệu đồng)", ["3.648", "5.306", "4.635"], "đồng", 1e6, "money") + [
    F("chiếm khoảng 70%", "70", 70, "percent", "%", "khách quốc tế đến từ Trung Quốc", approx="about"),
    F("hiện là 20.000 đồng/người", "20.000", 20000, "money", "đồng/người", "giá vé tham quan"),
    F("dưới 1,3 m", "1,3", 1.3, "measure", "m", "chiều cao trẻ em được miễn vé", approx="under", optional=True),
    F("đón 320.000 lượt khách", "320.000", 320000, "count", "lượt khách", "lượt khách đến khu di tích",
      status="target", period=Y24),
    F("thu phí tham quan 6,4 tỷ đồng", "6,4", 6.4e9, "money", "đồng", "thu phí tham quan", status="target", period=Y24),
    F("có 26 viên chức", "26", 26, "count", "viên chức, người lao động", "viên chức, người lao động của Ban Quản lý"),
    F("cải tạo 1.200 m", "1.200", 1200, "measure", "m", "đường dạo cải tạo", status="forecast", period=Q4),
    F("và 3 nhà vệ sinh", "3", 3, "count", "nhà vệ sinh", "nhà vệ sinh công cộng cải tạo", status="forecast", period=Q4),
    F("kinh phí 4,8 tỷ đồng", "4,8", 4.8e9, "money", "đồng", "kinh phí cải tạo đường dạo và nhà vệ sinh",
      status="forecast", period=Q4),
    F("không quá 40 người", "40", 40, "count", "người", "người mỗi đoàn vào động", approx="at_most"),
    F("tối đa 30 phút", "30", 30, "measure", "phút", "thời gian dừng trong động", approx="at_most"),
]

NOTES = [
    "Sở VHTTDL Lạng Sơn (department site): no dateline, footer with address, phone and 'Tổng lượt truy cập' (not figures).",
    "Table pasted one cell per line: header cells (Chỉ tiêu, Năm 2022, Năm 2023, 9 tháng năm 2024), then each row's cells.",
    "Units come from the row labels: '(lượt)', '(triệu đồng)' -> 3.648 = 3 648 000 000 đồng. Periods from column headers.",
    "Nhị Thanh ('two'), Tam Thanh ('three') are names. 'quý IV' has no year: the nearest earlier period is 'Năm 2024'.",
    "'trẻ em dưới 1,3 m được miễn vé' is a category threshold: optional. '6,2 tỷ đồng' has no period (no phrase given).",
    "'từ tháng 3/2024' starts a rule (group limit, stay limit), not a measured period: no period given to 40 người / 30 phút.",
]

if __name__ == "__main__":
    write_set(7, TEXT, FIGS, NOTES, published=None, location="Lạng Sơn")
