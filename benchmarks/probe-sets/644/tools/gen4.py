from lib import F, P, I, CH, emit

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Hoạt động của Bộ

Năm 2023, cả nước tiêu thụ khoảng 2,6 triệu tấn khí dầu mỏ hóa lỏng

Ngày đăng: 14/03/2024 | 16:05

Theo báo cáo của Vụ Dầu khí và Than, năm 2023, tổng nhu cầu LPG của Việt Nam ước khoảng 2,6 triệu tấn, tăng khoảng 3% so với năm 2022. Trong đó, sản lượng sản xuất trong nước từ Nhà máy lọc dầu Dung Quất, Liên hợp lọc hóa dầu Nghi Sơn và Nhà máy xử lý khí Dinh Cố đạt 1,42 triệu tấn; lượng nhập khẩu hơn 1,1 triệu tấn, chiếm khoảng 43% tổng nhu cầu. Khu vực dân dụng và thương mại tiêu thụ 65-70% tổng lượng LPG.

Mức tiêu thụ LPG bình quân đạt khoảng 26 kg/người/năm. Với tổng nhu cầu này, Việt Nam đứng thứ 3 khu vực Đông Nam Á về tiêu thụ LPG.

Tính đến hết năm 2023, cả nước có 172 thương nhân được cấp Giấy chứng nhận đủ điều kiện xuất khẩu, nhập khẩu, phân phối khí và gần 37.000 cửa hàng bán lẻ LPG. Các địa phương có nhiều cửa hàng nhất là TP. Hồ Chí Minh (4.120 cửa hàng), Hà Nội (3.260 cửa hàng), Đồng Nai (1.540 cửa hàng).

Về khí thiên nhiên, năm 2023 sản lượng khí cấp cho các khu công nghiệp qua hệ thống đường ống thấp áp đạt 1.012,5 triệu m3; khí thiên nhiên nén (CNG) cung cấp cho khách hàng công nghiệp đạt 318 triệu m3. Sản lượng CNG này gấp 1,5 lần năm 2019.

Theo dự báo của Bộ Công Thương, đến năm 2030 nhu cầu LPG trong nước sẽ đạt khoảng 3,8-4,2 triệu tấn/năm. Bộ đề nghị các địa phương tăng cường kiểm tra điều kiện kinh doanh khí theo Nghị định số 87/2018/NĐ-CP và Nghị định số 17/2020/NĐ-CP, xử lý nghiêm hành vi sang chiết trái phép.

Vụ Dầu khí và Than - Bộ Công Thương
54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("Tính đến hết năm 2023", None, "2023-12-31")

FIGS = [
    F("tiêu thụ khoảng 2,6 triệu", "2,6", 2.6e6, "measure", "tấn", "khí dầu mỏ hóa lỏng tiêu thụ",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="about"),
    F("ước khoảng 2,6 triệu", "2,6", 2.6e6, "measure", "tấn", "tổng nhu cầu LPG", Y23,
      approx="about", status="estimate", change=CH("increase", 3, "%", "năm 2022", approx="about")),
    F("đạt 1,42 triệu tấn", "1,42", 1.42e6, "measure", "tấn", "sản lượng LPG sản xuất trong nước", I(Y23),
      total=2.6e6, status="estimate"),
    F("hơn 1,1 triệu tấn", "1,1", 1.1e6, "measure", "tấn", "lượng LPG nhập khẩu", I(Y23),
      approx="over", total=2.6e6, percent=43, status="estimate"),
    F("65-70%", "65", 65, "percent", "%", "tỷ trọng LPG tiêu thụ của khu vực dân dụng và thương mại", I(Y23),
      value_max=70),
    F("khoảng 26 kg", "26", 26, "measure", "kg/người/năm", "mức tiêu thụ LPG bình quân", I(Y23), approx="about"),
    F("đứng thứ 3", "3", 3, "rank", "hạng", "tiêu thụ LPG khu vực Đông Nam Á", I(Y23)),
    F("có 172 thương nhân", "172", 172, "count", "thương nhân",
      "thương nhân được cấp Giấy chứng nhận đủ điều kiện xuất khẩu, nhập khẩu, phân phối khí", ASOF),
    F("gần 37.000 cửa hàng", "37.000", 37000, "count", "cửa hàng", "cửa hàng bán lẻ LPG", ASOF, approx="nearly"),
    F("(4.120 cửa hàng)", "4.120", 4120, "count", "cửa hàng", "cửa hàng bán lẻ LPG", I(ASOF),
      location="TP. Hồ Chí Minh"),
    F("(3.260 cửa hàng)", "3.260", 3260, "count", "cửa hàng", "cửa hàng bán lẻ LPG", I(ASOF), location="Hà Nội"),
    F("(1.540 cửa hàng)", "1.540", 1540, "count", "cửa hàng", "cửa hàng bán lẻ LPG", I(ASOF), location="Đồng Nai"),
    F("đạt 1.012,5 triệu m3", "1.012,5", 1012.5e6, "measure", "m3",
      "sản lượng khí cấp cho các khu công nghiệp qua hệ thống đường ống thấp áp", Y23),
    F("đạt 318 triệu m3", "318", 318e6, "measure", "m3",
      "khí thiên nhiên nén (CNG) cung cấp cho khách hàng công nghiệp", Y23),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "sản lượng CNG so với năm 2019"),
    F("khoảng 3,8-4,2 triệu", "3,8", 3.8e6, "measure", "tấn/năm", "nhu cầu LPG trong nước",
      P("đến năm 2030", None, "2030-12-31"), value_max=4.2e6, approx="about", status="forecast"),
]

COMMENTS = [
    "Ministry site (Bộ Công Thương), 'Ngày đăng: 14/03/2024 | 16:05': national LPG demand 2023, supply split, shops, natural gas, 2030 forecast.",
    "Headline 2,6 triệu tấn has its own 'Năm 2023' (scored). Body: 'ước khoảng' → estimate + about; change 'tăng khoảng 3%' (about).",
    "'Trong đó' after a sentence break: 1,42 and 1,1 triệu tấn are parts of 2,6 triệu (total); the estimate continues into the trong đó sentence",
    "(as shared h14). 'chiếm khoảng 43% tổng nhu cầu' is the share of 1,1 triệu. '65-70%' a percent range of its own.",
    "Provinces in the list after a national count are locations of their own items (not of 'gần 37.000'); TP. Hồ Chí Minh written with the prefix.",
    "'gấp 1,5 lần năm 2019' stands as its own sentence: a multiple. 2030 demand: 'dự báo' → forecast, range, 'đến năm 2030' ends 2030-12-31.",
    "Distractors: Nghị định số 87/2018/NĐ-CP, Nghị định số 17/2020/NĐ-CP, '54 Hai Bà Trưng', '16:05', 'm3' exponent.",
]

emit("p644-4", TEXT, COMMENTS, FIGS, published="2024-03-14", location="Việt Nam")
