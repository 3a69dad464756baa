from lib import F, P, write

A = """Đắk Lắk: Hơn 3.200 cuộc tuyên truyền, phổ biến pháp luật trong 6 tháng đầu năm
HOÀNG ANH 07:40, 12/07/2024

(BĐL) - Thực hiện Chỉ thị số 32-CT/TW của Ban Bí thư, 6 tháng đầu năm 2024, các cơ quan, đơn vị trên địa bàn tỉnh đã tổ chức 3.216 cuộc tuyên truyền, phổ biến pháp luật trực tiếp với khoảng 187.500 lượt người tham dự, tăng 12,4% về số cuộc so với cùng kỳ năm 2023. Trong đó, tuyên truyền cho đồng bào dân tộc thiểu số 1.045 cuộc với 68.300 lượt người.

Các địa phương có số cuộc tuyên truyền nhiều là huyện Krông Pắc (286 cuộc), Ea Kar (254 cuộc), Cư M'gar (231 cuộc) và thị xã Buôn Hồ (198 cuộc).

Toàn tỉnh đã biên soạn, in và phát hành hơn 52 nghìn tờ gấp, 6.400 cuốn sổ tay pháp luật song ngữ Việt - Ê Đê; duy trì 1.862 tủ sách pháp luật tại thôn, buôn, trường học với trên 215 nghìn đầu sách. Trang thông tin phổ biến, giáo dục pháp luật của tỉnh đăng tải 1.230 tin, bài, thu hút gần 1,4 triệu lượt truy cập.

Kết quả đánh giá năm 2023 cho thấy 142/184 xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật (77,2%), tăng 9 xã so với năm 2022. Tuy nhiên, tại một số buôn vùng sâu như buôn Kô Sier, buôn Ea Bông, tỷ lệ người dân được tiếp cận tài liệu pháp luật bằng tiếng dân tộc mới đạt khoảng 40-45%.

Theo ông Nguyễn Văn Thắng, Phó Giám đốc Sở Tư pháp, tỉnh phấn đấu đến cuối năm 2024 có ít nhất 80% số xã đạt chuẩn tiếp cận pháp luật; mỗi huyện có từ 2 đến 3 mô hình câu lạc bộ pháp luật hoạt động hiệu quả. Bạn đọc có thể gửi câu hỏi pháp luật về Sở Tư pháp, số 4 đường Trường Chinh, TP Buôn Ma Thuột.
"""

H6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
T24 = P("đến cuối năm 2024", None, "2024-12-31")
LIST = "cuộc tuyên truyền, phổ biến pháp luật trực tiếp"

figs = [
    F("Hơn 3.200 cuộc", "3.200", 3200, "count", "cuộc", "cuộc tuyên truyền, phổ biến pháp luật",
      P("6 tháng đầu năm", "2024-01-01", "2024-06-30"), approx="over"),
    F("tổ chức 3.216 cuộc", "3.216", 3216, "count", "cuộc", LIST, H6,
      change={"direction": "increase", "value": 12.4, "unit": "%", "baseline": "cùng kỳ năm 2023"}),
    F("khoảng 187.500 lượt người", "187.500", 187500, "count", "lượt người", "lượt người tham dự tuyên truyền, phổ biến pháp luật", H6, approx="about"),
    F("thiểu số 1.045 cuộc", "1.045", 1045, "count", "cuộc", "cuộc tuyên truyền cho đồng bào dân tộc thiểu số", H6i, total=3216),
    F("với 68.300 lượt người", "68.300", 68300, "count", "lượt người", "lượt người dân tộc thiểu số tham dự tuyên truyền", H6i, total=187500),
    F("Krông Pắc (286 cuộc)", "286", 286, "count", "cuộc", LIST, H6i, location="Krông Pắc"),
    F("Ea Kar (254 cuộc)", "254", 254, "count", "cuộc", LIST, H6i, location="Ea Kar"),
    F("Cư M'gar (231 cuộc)", "231", 231, "count", "cuộc", LIST, H6i, location="Cư M'gar"),
    F("Buôn Hồ (198 cuộc)", "198", 198, "count", "cuộc", LIST, H6i, location="Buôn Hồ"),
    F("hơn 52 nghìn tờ gấp", "52", 52000, "count", "tờ gấp", "tờ gấp pháp luật phát hành", H6i, approx="over"),
    F("6.400 cuốn", "6.400", 6400, "count", "cuốn", "sổ tay pháp luật song ngữ Việt - Ê Đê phát hành", H6i),
    F("duy trì 1.862 tủ sách", "1.862", 1862, "count", "tủ sách pháp luật", "tủ sách pháp luật duy trì tại thôn, buôn, trường học", H6i),
    F("trên 215 nghìn đầu sách", "215", 215000, "count", "đầu sách", "đầu sách trong tủ sách pháp luật", H6i, approx="over"),
    F("đăng tải 1.230 tin", "1.230", 1230, "count", "tin, bài", "tin, bài đăng tải trên Trang thông tin phổ biến, giáo dục pháp luật", H6i),
    F("gần 1,4 triệu lượt", "1,4", 1400000, "count", "lượt truy cập", "lượt truy cập Trang thông tin phổ biến, giáo dục pháp luật", H6i, approx="nearly"),
    F("142/184 xã", "142", 142, "count", "xã, phường, thị trấn", "xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật", Y23,
      total=184, percent=77.2, change={"direction": "increase", "value": 9, "unit": "xã", "baseline": "năm 2022"}),
    F("khoảng 40-45%", "40", 40, "percent", "%", "tỷ lệ người dân được tiếp cận tài liệu pháp luật bằng tiếng dân tộc", value_max=45, approx="about"),
    F("ít nhất 80% số xã", "80", 80, "percent", "%", "xã đạt chuẩn tiếp cận pháp luật", T24, approx="at_least", status="target"),
    F("từ 2 đến 3 mô hình", "2", 2, "count", "mô hình", "mô hình câu lạc bộ pháp luật hoạt động hiệu quả mỗi huyện", T24, value_max=3, status="target"),
]

write("p322-3", A, figs, [
    "Báo Đắk Lắk (Party newspaper), byline + time + date 'HOÀNG ANH 07:40, 12/07/2024', paper tag '(BĐL)': PBGDPL, 6 tháng đầu năm 2024.",
    "'tăng 12,4% về số cuộc' belongs to 3.216 cuộc (the sentence says which), not to the lượt người figure. 'Trong đó … 1.045 cuộc với 68.300 lượt người':",
    "each part's whole is the figure counting the same thing (3.216 cuộc; khoảng 187.500 lượt người).",
    "District list items: the district is the location, subject the list's indicator. 'hơn' governs only '52 nghìn', not the next item '6.400 cuốn'.",
    "'142/184 … (77,2%), tăng 9 xã so với năm 2022': total 184, percent 77.2, change 9 xã. 'khoảng 40-45%' range with approx about, no period stated.",
    "Targets 'đến cuối năm 2024' (as-of end), 'ít nhất' → at_least; 'từ 2 đến 3 mô hình' range. Distractors: 'Chỉ thị số 32-CT/TW', address 'số 4 đường Trường Chinh', person name, time 07:40.",
], published="2024-07-12", location="Đắk Lắk")
