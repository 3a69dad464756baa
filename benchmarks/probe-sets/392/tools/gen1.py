from lib import F, P, C, T, write

TEXT = """
Cổng thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Văn hóa - Xã hội
Thư viện tỉnh vượt nhiều chỉ tiêu phục vụ bạn đọc trong 9 tháng năm 2024
Cập nhật: 08/10/2024 15:20

(thanhhoa.gov.vn) - Chiều 7/10, Thư viện tỉnh Thanh Hóa tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ những tháng cuối năm.

Theo báo cáo, 9 tháng năm 2024, Thư viện tỉnh đã phục vụ 1.248.600 lượt bạn đọc, tăng 12,4% so với cùng kỳ năm 2023, đạt 89,2% kế hoạch năm; trong đó có 736.500 lượt bạn đọc là học sinh, sinh viên. Tổng số lượt sách, báo luân chuyển đạt hơn 2,35 triệu lượt. Đơn vị đã cấp mới 4.215 thẻ bạn đọc (chỉ tiêu cả năm là 5.000 thẻ).

Về phát triển vốn tài liệu, từ đầu năm đến nay Thư viện bổ sung 16.840 bản sách mới với kinh phí khoảng 2,1 tỷ đồng, trong đó 3.200 bản do các tổ chức, cá nhân trao tặng. Tính đến ngày 30/9/2024, tổng vốn tài liệu của Thư viện tỉnh đạt 612.450 bản, gồm 548.900 bản sách in và 63.550 tài liệu số.

Trong 9 tháng, Thư viện đã luân chuyển 42.600 bản sách tới 135 điểm, gồm 24 thư viện cấp huyện, 71 thư viện trường học và 40 tủ sách cộng đồng. Các huyện nhận nhiều sách luân chuyển là Thọ Xuân (5.120 bản), Ngọc Lặc (4.380 bản) và Quan Hóa (3.950 bản).

Trang thông tin điện tử và thư viện số của đơn vị thu hút 386.000 lượt truy cập, gấp 1,5 lần cùng kỳ; khoảng 27% lượt truy cập đến từ thiết bị di động.

Quý IV/2024, Thư viện tỉnh phấn đấu phục vụ thêm 160.000 lượt bạn đọc, tổ chức từ 8 đến 10 đợt xe thư viện lưu động về các huyện miền núi.

Bạn đọc đăng ký thẻ tại số 25 đường Hạc Thành, phường Điện Biên, TP Thanh Hóa; điện thoại 0237.3852.217.

Lượt xem: 2.315
"""

Y9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-10-08")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
M9 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
M9i = P("Trong 9 tháng", "2024-01-01", "2024-09-30", inh=True)
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")

FIGS = [
    F("1.248.600 lượt bạn đọc", "1.248.600", 1248600, "count", "lượt bạn đọc",
      "lượt bạn đọc Thư viện tỉnh đã phục vụ", percent=89.2,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023"), period=Y9),
    F("có 736.500 lượt bạn đọc", "736.500", 736500, "count", "lượt bạn đọc",
      "lượt bạn đọc là học sinh, sinh viên", total=1248600, period=Y9),
    F("hơn 2,35 triệu lượt", "2,35", 2350000, "count", "lượt", "lượt sách, báo luân chuyển",
      approx="over", period=Y9i),
    F("cấp mới 4.215 thẻ", "4.215", 4215, "count", "thẻ bạn đọc", "thẻ bạn đọc cấp mới",
      target=T(5000, "thẻ"), period=Y9i),
    F("bổ sung 16.840 bản", "16.840", 16840, "count", "bản sách", "bản sách mới bổ sung", period=YTD),
    F("khoảng 2,1 tỷ đồng", "2,1", 2100000000, "money", "đồng", "kinh phí bổ sung sách mới",
      approx="about", period=YTD),
    F("trong đó 3.200 bản", "3.200", 3200, "count", "bản", "bản sách do các tổ chức, cá nhân trao tặng",
      total=16840, period=YTD),
    F("đạt 612.450 bản", "612.450", 612450, "count", "bản", "tổng vốn tài liệu của Thư viện tỉnh", period=ASOF),
    F("gồm 548.900 bản sách in", "548.900", 548900, "count", "bản sách in", "bản sách in",
      total=612450, period=ASOF),
    F("63.550 tài liệu số", "63.550", 63550, "count", "tài liệu số", "tài liệu số", total=612450, period=ASOF),
    F("luân chuyển 42.600 bản", "42.600", 42600, "count", "bản sách", "bản sách luân chuyển", period=M9),
    F("tới 135 điểm", "135", 135, "count", "điểm", "điểm nhận sách luân chuyển", period=M9),
    F("gồm 24 thư viện cấp huyện", "24", 24, "count", "thư viện cấp huyện", "thư viện cấp huyện",
      total=135, period=M9),
    F("71 thư viện trường học", "71", 71, "count", "thư viện trường học", "thư viện trường học",
      total=135, period=M9),
    F("40 tủ sách cộng đồng", "40", 40, "count", "tủ sách cộng đồng", "tủ sách cộng đồng", total=135, period=M9),
    F("Thọ Xuân (5.120 bản)", "5.120", 5120, "count", "bản", "sách luân chuyển", location="Thọ Xuân", period=M9i),
    F("Ngọc Lặc (4.380 bản)", "4.380", 4380, "count", "bản", "sách luân chuyển", location="Ngọc Lặc", period=M9i),
    F("Quan Hóa (3.950 bản)", "3.950", 3950, "count", "bản", "sách luân chuyển", location="Quan Hóa", period=M9i),
    F("thu hút 386.000 lượt truy cập", "386.000", 386000, "count", "lượt truy cập",
      "lượt truy cập trang thông tin điện tử và thư viện số",
      change=C("increase", 1.5, "lần", "cùng kỳ"), period=M9i),
    F("khoảng 27% lượt truy cập", "27", 27, "percent", "%", "lượt truy cập đến từ thiết bị di động",
      approx="about", period=M9i),
    F("thêm 160.000 lượt bạn đọc", "160.000", 160000, "count", "lượt bạn đọc", "lượt bạn đọc phục vụ thêm",
      status="target", period=Q4),
    F("từ 8 đến 10 đợt", "8", 8, "count", "đợt", "đợt xe thư viện lưu động về các huyện miền núi",
      value_max=10, status="target", period=Q4),
]

COMMENTS = [
    "Provincial portal (thanhhoa.gov.vn), 'Cập nhật: 08/10/2024 15:20', view counter at the end. Thư viện tỉnh Thanh Hóa, 9 months of 2024.",
    "Title '9 tháng năm 2024' and 'sơ kết công tác 9 tháng' are periods only. 'Chiều 7/10', address 'số 25', phone, 'Lượt xem' are distractors.",
    "'(chỉ tiêu cả năm là 5.000 thẻ)' is the target of 4.215 thẻ; 'đạt 89,2% kế hoạch năm' the percent of 1.248.600 (change 12,4% first).",
    "'từ đầu năm đến nay' ends at the dateline. 'gồm' parts take the whole before them (612.450; 135). District list: location each district.",
    "'gấp 1,5 lần cùng kỳ' after the count is its change. 'Trong 9 tháng' without a year takes 2024.",
]
write("p392-1", COMMENTS, TEXT, FIGS, published="2024-10-08", location="Thanh Hóa")
