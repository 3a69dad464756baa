from lib import F, P, C, T, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU
Trang chủ > Tin tức > Giáo dục - Đào tạo

Lai Châu: Hơn 2.150 tấn gạo đến với học sinh vùng khó khăn
Cập nhật: 14/10/2024 09:15 | Lượt xem: 1.236

(LCĐT) - Tính đến ngày 30/9/2024, toàn tỉnh đã cấp phát 2.153,7 tấn gạo hỗ trợ học kỳ I cho 32.418 học sinh ở xã, thôn đặc biệt khó khăn theo Nghị định số 116/2016/NĐ-CP, đạt 98,2% kế hoạch. Trong đó, cấp tiểu học có 14.206 học sinh, trung học cơ sở 13.510 học sinh và trung học phổ thông 4.702 học sinh.

Định mức hỗ trợ là 15 kg/học sinh/tháng, thời gian hưởng tối đa 9 tháng/năm học. Các huyện nhận nhiều gạo nhất là Sìn Hồ (412,5 tấn), Mường Tè (386 tấn) và Phong Thổ (351,2 tấn); huyện Tân Uyên nhận ít nhất với 96,8 tấn. Tại Trường PTDTBT Tiểu học số 2 Mường Tè, gạo được giao tận điểm trường trước ngày 5/9.

Chi phí vận chuyển, bảo quản gạo ước khoảng 1,85 tỷ đồng, do ngân sách tỉnh bảo đảm.

Bên cạnh gạo, 27.905 học sinh bán trú được hỗ trợ tiền ăn bằng 40% mức lương cơ sở mỗi tháng. Từ đầu năm đến nay, tổng kinh phí chi trả tiền ăn ước đạt 84,6 tỷ đồng, tăng 7,3% so với cùng kỳ. Số học sinh bán trú tăng thêm 1.126 em so với năm học trước do nhiều thôn, bản mới được công nhận đặc biệt khó khăn.

Ông Lò Văn Hải, Phó Giám đốc Sở Giáo dục và Đào tạo cho biết, năm 2025, tỉnh phấn đấu 100% trường phổ thông dân tộc bán trú có bếp ăn đạt chuẩn an toàn thực phẩm và tỷ lệ học sinh bán trú được ăn đủ 3 bữa/ngày đạt trên 95%. Hiện toàn tỉnh có 71 trường phổ thông dân tộc bán trú, trong đó 63 trường đã có bếp ăn một chiều.

Phụ huynh có phản ánh về chất lượng gạo xin liên hệ đường dây nóng 0213.3876.555 hoặc Văn phòng Sở, số 12 đường Trần Hưng Đạo, thành phố Lai Châu.

Quang Minh
"""

H = """
Cổng TTĐT tỉnh Lai Châu: rice support (Nghị định 116) for pupils in extremely difficult communes, boarding meal money, targets for 2025.
Dateline 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 1.236' (counter is page furniture). Period 'Tính đến ngày 30/9/2024' (as-of) for the first sentence;
the 'trong đó' parts and the district list inherit it. '15 kg/học sinh/tháng' is the norm (measure, rate unit); 'tối đa 9 tháng/năm học' optional.
'40% mức lương cơ sở' is the support level (a percent figure of its own, like '60% tiền học phí'), not a share of the 27.905 pupils.
'Từ đầu năm đến nay' = 2024-01-01 .. published. Distractors: decree number, 'Tiểu học số 2 Mường Tè', 'trước ngày 5/9', phone, address.
'đủ 3 bữa/ngày' is a criterion inside the subject: optional.
"""

PER = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
PERI = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inh=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("Hơn 2.150 tấn gạo", "2.150", 2150, "measure", "tấn", "gạo đến với học sinh vùng khó khăn", approx="over", period=PERI),
    F("cấp phát 2.153,7 tấn gạo", "2.153,7", 2153.7, "measure", "tấn", "gạo hỗ trợ học kỳ I cấp phát", percent=98.2, period=PER),
    F("cho 32.418 học sinh", "32.418", 32418, "count", "học sinh", "học sinh ở xã, thôn đặc biệt khó khăn được hỗ trợ gạo", period=PER),
    F("có 14.206 học sinh", "14.206", 14206, "count", "học sinh", "học sinh cấp tiểu học được hỗ trợ gạo", total=32418, period=PERI),
    F("cơ sở 13.510 học sinh", "13.510", 13510, "count", "học sinh", "học sinh trung học cơ sở được hỗ trợ gạo", total=32418, period=PERI),
    F("phổ thông 4.702 học sinh", "4.702", 4702, "count", "học sinh", "học sinh trung học phổ thông được hỗ trợ gạo", total=32418, period=PERI),
    F("là 15 kg/học sinh/tháng", "15", 15, "measure", "kg/học sinh/tháng", "định mức hỗ trợ gạo"),
    F("tối đa 9 tháng/năm học", "9", 9, "measure", "tháng/năm học", "thời gian hưởng hỗ trợ gạo", approx="at_most", optional=True),
    F("Sìn Hồ (412,5 tấn)", "412,5", 412.5, "measure", "tấn", "gạo các huyện nhận", location="Sìn Hồ", period=PERI),
    F("Mường Tè (386 tấn)", "386", 386, "measure", "tấn", "gạo các huyện nhận", location="Mường Tè", period=PERI),
    F("Phong Thổ (351,2 tấn)", "351,2", 351.2, "measure", "tấn", "gạo các huyện nhận", location="Phong Thổ", period=PERI),
    F("ít nhất với 96,8 tấn", "96,8", 96.8, "measure", "tấn", "gạo huyện nhận ít nhất", location="Tân Uyên", period=PERI),
    F("ước khoảng 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng", "chi phí vận chuyển, bảo quản gạo", approx="about", status="estimate"),
    F("27.905 học sinh bán trú", "27.905", 27905, "count", "học sinh", "học sinh bán trú được hỗ trợ tiền ăn"),
    F("bằng 40% mức lương", "40", 40, "percent", "%", "mức hỗ trợ tiền ăn so với mức lương cơ sở"),
    F("ước đạt 84,6 tỷ đồng", "84,6", 84600000000, "money", "đồng", "tổng kinh phí chi trả tiền ăn", status="estimate",
      change=C("increase", 7.3, "%", "cùng kỳ"), period=YTD),
    F("thêm 1.126 em", "1.126", 1126, "count", "em", "số học sinh bán trú tăng thêm"),
    F("phấn đấu 100% trường", "100", 100, "percent", "%", "trường phổ thông dân tộc bán trú có bếp ăn đạt chuẩn an toàn thực phẩm", status="target", period=Y25),
    F("đủ 3 bữa/ngày", "3", 3, "measure", "bữa/ngày", "bữa ăn của học sinh bán trú", optional=True),
    F("đạt trên 95%", "95", 95, "percent", "%", "tỷ lệ học sinh bán trú được ăn đủ 3 bữa/ngày", approx="over", status="target", period=Y25),
    F("có 71 trường", "71", 71, "count", "trường", "trường phổ thông dân tộc bán trú"),
    F("63 trường đã có", "63", 63, "count", "trường", "trường phổ thông dân tộc bán trú đã có bếp ăn một chiều", total=71),
]

build("p314-1", TEXT, H, FIGS, published="2024-10-14", location="Lai Châu")
