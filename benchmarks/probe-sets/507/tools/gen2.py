"""p507-2: cultural families and villages 2023, huyện Thọ Xuân (Thanh Hóa) district portal."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THỌ XUÂN
Trang chủ > Tin hoạt động > Văn hóa - Xã hội

Năm 2023, Thọ Xuân có 92,6% hộ đạt danh hiệu "Gia đình văn hóa"

Đăng ngày: 22/01/2024 | 14:05

Năm 2023, phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" trên địa bàn huyện tiếp tục được triển khai sâu rộng. Toàn huyện có 58.420 hộ được công nhận danh hiệu "Gia đình văn hóa", đạt 92,6%, tăng 1,4% so với năm 2022.

Trong tổng số 212 thôn, khu phố, có 198 thôn, khu phố đạt danh hiệu văn hóa (chiếm 93,4%); trong đó 35 thôn được công nhận lần đầu. Một số xã có tỷ lệ thôn văn hóa cao là Xuân Lai (100%), Thọ Lập (96,2%), Xuân Hưng (95%).

Hiện nay, 26/26 xã, thị trấn có nhà văn hóa - khu thể thao trung tâm; 205 thôn có nhà văn hóa riêng. Trong năm, các xã đã xây mới, sửa chữa 17 nhà văn hóa thôn với tổng kinh phí gần 9,8 tỷ đồng, trong đó nhân dân đóng góp 6,2 tỷ đồng.

Phong trào văn nghệ quần chúng phát triển mạnh với 318 câu lạc bộ, đội văn nghệ, thu hút khoảng 7.500 hội viên. Lễ hội Lê Hoàn lần thứ 16 được tổ chức trang trọng, thu hút hơn 30.000 lượt người tham dự.

Năm 2024, huyện phấn đấu tỷ lệ hộ gia đình văn hóa đạt từ 93 đến 94%, 100% thôn, khu phố có nhà văn hóa.

Địa chỉ: Khu 3, thị trấn Thọ Xuân, tỉnh Thanh Hóa | Điện thoại: 0237.3834.224
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 92,6% hộ", "92,6", 92.6, "percent", "%",
      subject="hộ đạt danh hiệu Gia đình văn hóa", period=Y23),
    F("có 58.420 hộ", "58.420", 58420, "count", "hộ", percent=92.6,
      change=CH("increase", 1.4, baseline="năm 2022"),
      subject="hộ được công nhận danh hiệu Gia đình văn hóa", period=I(Y23)),
    F("tổng số 212 thôn", "212", 212, "count", "thôn, khu phố", subject="thôn, khu phố", period=I(Y23)),
    F("có 198 thôn", "198", 198, "count", "thôn, khu phố", total=212, percent=93.4,
      subject="thôn, khu phố đạt danh hiệu văn hóa", period=I(Y23)),
    F("35 thôn", "35", 35, "count", "thôn", total=198,
      subject="thôn được công nhận danh hiệu văn hóa lần đầu", period=I(Y23)),
    F("Xuân Lai (100%)", "100", 100, "percent", "%", subject="tỷ lệ thôn văn hóa", period=I(Y23)),
    F("Thọ Lập (96,2%)", "96,2", 96.2, "percent", "%", subject="tỷ lệ thôn văn hóa", period=I(Y23)),
    F("Xuân Hưng (95%)", "95", 95, "percent", "%", subject="tỷ lệ thôn văn hóa", period=I(Y23)),
    F("26/26 xã", "26", 26, "count", "xã, thị trấn", total=26,
      subject="xã, thị trấn có nhà văn hóa - khu thể thao trung tâm"),
    F("205 thôn", "205", 205, "count", "thôn", subject="thôn có nhà văn hóa riêng"),
    F("sửa chữa 17 nhà", "17", 17, "count", "nhà văn hóa thôn",
      subject="nhà văn hóa thôn xây mới, sửa chữa", period=IN_YEAR),
    F("gần 9,8 tỷ đồng", "9,8", 9.8e9, "money", "đồng", approx="nearly",
      subject="tổng kinh phí xây mới, sửa chữa nhà văn hóa thôn", period=IN_YEAR),
    F("đóng góp 6,2 tỷ đồng", "6,2", 6.2e9, "money", "đồng", total=9.8e9,
      subject="nhân dân đóng góp", period=IN_YEAR),
    F("với 318 câu lạc bộ", "318", 318, "count", "câu lạc bộ, đội văn nghệ",
      subject="câu lạc bộ, đội văn nghệ", period=I(Y23)),
    F("khoảng 7.500 hội viên", "7.500", 7500, "count", "hội viên", approx="about",
      subject="hội viên câu lạc bộ, đội văn nghệ", period=I(Y23)),
    F("hơn 30.000 lượt người", "30.000", 30000, "count", "lượt người", approx="over",
      subject="lượt người tham dự Lễ hội Lê Hoàn", period=I(Y23)),
    F("từ 93 đến 94%", "93", 93, "percent", "%", value_max=94, status="target",
      subject="tỷ lệ hộ gia đình văn hóa", period=Y24),
    F("94%, 100% thôn", "100", 100, "percent", "%", status="target",
      subject="thôn, khu phố có nhà văn hóa", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT huyện Thọ Xuân (Thanh Hóa): phong trào xây dựng đời sống văn hóa năm 2023 (gia đình, thôn văn hóa, nhà văn hóa, CLB văn nghệ).",
    "Location: the district. Communes in the list 'Xuân Lai (100%) ...' are below district level, so the figure's location stays Thọ Xuân",
    "(FIGURES.md lists province, city or district as locations); the list's indicator 'tỷ lệ thôn văn hóa' is the subject.",
    "'Trong năm' in a year-end report is that year (as 'trong tháng' in a monthly report), scored. 'Hiện nay' sentences: no period.",
    "'35 thôn' after 'trong đó' follows 198 -> total 198. 'đạt 92,6%, tăng 1,4%' are the percent and change of 58.420 hộ.",
    "Not figures: 'Lễ hội Lê Hoàn lần thứ 16', 'Khu 3', phone 0237.3834.224, 'Đăng ngày: 22/01/2024 | 14:05'.",
]

if __name__ == "__main__":
    emit("p507-2", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Thọ Xuân")
