from lib import Doc, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Trang chủ > Kinh tế > Nông nghiệp
Cập nhật: 14/11/2024 08:42 | Lượt xem: 2.317

Lâm Đồng: Diện tích hoa vượt 10.200 ha, xuất khẩu tăng mạnh

Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 31/10/2024, tổng diện tích trồng hoa toàn tỉnh đạt 10.236 ha, tăng 412 ha so với cùng kỳ năm 2023; trong đó diện tích hoa ứng dụng công nghệ cao đạt 7.850 ha, chiếm 76,7%. Dẫn đầu là thành phố Đà Lạt với 4.120 ha, tiếp đến là huyện Đơn Dương 2.045 ha, huyện Đức Trọng 1.690 ha và huyện Lạc Dương 1.135 ha.

Sản lượng hoa năm 2024 ước đạt khoảng 4,2 tỷ cành, tăng 5,3% so với năm 2023. Giá trị sản xuất bình quân đạt 1,1 tỷ đồng/ha/năm, riêng các mô hình trồng hoa trong nhà kính, nhà màng đạt từ 2 đến 3 tỷ đồng/ha/năm.

Hiện toàn tỉnh có 54 doanh nghiệp và 31 hợp tác xã sản xuất, kinh doanh hoa. Kim ngạch xuất khẩu hoa 10 tháng năm 2024 đạt 52,6 triệu USD, tăng 18,4% so với cùng kỳ; thị trường chính là Nhật Bản, Australia, Hàn Quốc và Trung Quốc, riêng Nhật Bản chiếm khoảng 40% kim ngạch. Từ đầu năm đến nay, tỉnh đã cấp thêm 26 mã số vùng trồng hoa phục vụ xuất khẩu với diện tích gần 380 ha.

Tại Festival Hoa Đà Lạt lần thứ 10, các doanh nghiệp đã ký kết 18 biên bản ghi nhớ tiêu thụ hoa với tổng giá trị hơn 120 tỷ đồng.

Theo Kế hoạch số 2345/KH-UBND, tỉnh phấn đấu đến năm 2025 diện tích hoa đạt 11.000 ha, giá trị sản xuất bình quân đạt 1,3 tỷ đồng/ha; đến năm 2030, kim ngạch xuất khẩu hoa đạt 100 triệu USD.

Mọi thông tin liên hệ Phòng Trồng trọt, số 22 đường Trần Phú, phường 3, thành phố Đà Lạt; điện thoại 0263.3822.517.
"""

d = Doc("p310-1", TEXT, [
    "Cổng TTĐT tỉnh Lâm Đồng (province portal): flower area to 31/10/2024, output 2024, exports 10 months 2024, targets 2025/2030.",
    "Dateline 'Cập nhật: 14/11/2024 08:42 | Lượt xem: 2.317'. Distractors: counter, 'Festival Hoa Đà Lạt lần thứ 10' (name), 'Kế hoạch số 2345/KH-UBND',",
    "'số 22 đường Trần Phú, phường 3' (address), phone 0263.3822.517, headline 'vượt 10.200 ha' (a rounded restatement: a figure, approx over).",
    "'trong đó … 7.850 ha, chiếm 76,7%': part of 10.236 ha (total) with its share (percent). The district list after 'Dẫn đầu là … tiếp đến là'",
    "has no part-of cue, so no total; districts are locations. 'tăng 412 ha' is the change of 10.236 ha (unit ha).",
    "'riêng Nhật Bản chiếm khoảng 40% kim ngạch' has no amount of its own: a percent figure; Nhật Bản is a trade partner, location stays Lâm Đồng.",
    "'Từ đầu năm đến nay' ends at the dateline. 'đến năm 2025' / 'đến năm 2030' targets: start null, end 31/12.",
], published="2024-11-14", location="Lâm Đồng")

PA = P("tính đến ngày 31/10/2024", None, "2024-10-31")
PAi = P("tính đến ngày 31/10/2024", None, "2024-10-31", inh=True)
P24 = P("năm 2024", "2024-01-01", "2024-12-31")
P24i = P("năm 2024", "2024-01-01", "2024-12-31", inh=True)
P10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
P25 = P("đến năm 2025", None, "2025-12-31")
P30 = P("đến năm 2030", None, "2030-12-31")

d.f("vượt 10.200 ha", "10.200", 10200, "measure", "ha", "diện tích hoa", approx="over")
d.f("đạt 10.236 ha", "10.236", 10236, "measure", "ha", "tổng diện tích trồng hoa",
    change=C("increase", 412, "ha", "cùng kỳ năm 2023"), period=PA)
d.f("đạt 7.850 ha", "7.850", 7850, "measure", "ha", "diện tích hoa ứng dụng công nghệ cao",
    total=10236, percent=76.7, period=PA)
d.f("với 4.120 ha", "4.120", 4120, "measure", "ha", "diện tích trồng hoa", period=PAi, location="Đà Lạt")
d.f("Đơn Dương 2.045 ha", "2.045", 2045, "measure", "ha", "diện tích trồng hoa", period=PAi, location="Đơn Dương")
d.f("Đức Trọng 1.690 ha", "1.690", 1690, "measure", "ha", "diện tích trồng hoa", period=PAi, location="Đức Trọng")
d.f("Lạc Dương 1.135 ha", "1.135", 1135, "measure", "ha", "diện tích trồng hoa", period=PAi, location="Lạc Dương")
d.f("khoảng 4,2 tỷ cành", "4,2", 4200000000, "count", "cành", "sản lượng hoa", approx="about",
    change=C("increase", 5.3, "%", "năm 2023"), status="estimate", period=P24)
d.f("đạt 1,1 tỷ đồng/ha/năm", "1,1", 1100000000, "money", "đồng/ha/năm", "giá trị sản xuất bình quân", period=P24i)
d.f("từ 2 đến 3 tỷ", "2", 2000000000, "money", "đồng/ha/năm",
    "giá trị sản xuất các mô hình trồng hoa trong nhà kính, nhà màng", value_max=3000000000, period=P24i)
d.f("có 54 doanh nghiệp", "54", 54, "count", "doanh nghiệp", "doanh nghiệp sản xuất, kinh doanh hoa")
d.f("và 31 hợp tác xã", "31", 31, "count", "hợp tác xã", "hợp tác xã sản xuất, kinh doanh hoa")
d.f("đạt 52,6 triệu USD", "52,6", 52600000, "money", "USD", "kim ngạch xuất khẩu hoa",
    change=C("increase", 18.4, "%", "cùng kỳ"), period=P10)
d.f("khoảng 40% kim ngạch", "40", 40, "percent", "%", "kim ngạch xuất khẩu hoa sang Nhật Bản", approx="about", period=P10)
d.f("thêm 26 mã số", "26", 26, "count", "mã số vùng trồng", "mã số vùng trồng hoa phục vụ xuất khẩu được cấp",
    period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14"))
d.f("gần 380 ha", "380", 380, "measure", "ha", "diện tích vùng trồng hoa phục vụ xuất khẩu được cấp mã số", approx="nearly",
    period=P("Từ đầu năm đến nay", "2024-01-01", "2024-11-14"))
d.f("ký kết 18 biên bản", "18", 18, "count", "biên bản ghi nhớ", "biên bản ghi nhớ tiêu thụ hoa được ký kết")
d.f("hơn 120 tỷ đồng", "120", 120000000000, "money", "đồng", "tổng giá trị biên bản ghi nhớ tiêu thụ hoa", approx="over")
d.f("đạt 11.000 ha", "11.000", 11000, "measure", "ha", "diện tích hoa", status="target", period=P25)
d.f("đạt 1,3 tỷ đồng/ha;", "1,3", 1300000000, "money", "đồng/ha", "giá trị sản xuất bình quân", status="target", period=P25)
d.f("đạt 100 triệu USD", "100", 100000000, "money", "USD", "kim ngạch xuất khẩu hoa", status="target", period=P30)
d.write()
