from lib import Doc, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Trang chủ > Kinh tế > Doanh nghiệp
Cập nhật: 14/08/2024 09:15 | Lượt xem: 2.317

Doanh nghiệp nhà nước của tỉnh: doanh thu 6 tháng đầu năm đạt hơn 2.150 tỷ đồng

Theo báo cáo của Sở Tài chính, 6 tháng đầu năm 2024, 9 doanh nghiệp do UBND tỉnh làm đại diện chủ sở hữu (gồm 7 doanh nghiệp 100% vốn nhà nước và 2 công ty cổ phần có vốn nhà nước trên 50%) đạt tổng doanh thu 2.153,6 tỷ đồng, tăng 7,8% so với cùng kỳ năm 2023, bằng 48,2% kế hoạch năm. Lợi nhuận trước thuế đạt 186,4 tỷ đồng, tăng 11,2%; nộp ngân sách nhà nước 241,7 tỷ đồng, đạt 55,3% kế hoạch.

Trong 9 doanh nghiệp, có 8 doanh nghiệp kinh doanh có lãi; 1 doanh nghiệp lỗ 3,2 tỷ đồng là Công ty TNHH MTV Thủy lợi Bắc Sông Mã do hạn hán. Doanh thu lớn nhất thuộc về Công ty TNHH MTV Xổ số kiến thiết Thanh Hóa với 612 tỷ đồng, chiếm 28,4% tổng doanh thu của khối; tiếp đến là Công ty CP Cấp nước Thanh Hóa 395 tỷ đồng và Công ty TNHH MTV Sông Chu 187 tỷ đồng.

Tổng số lao động bình quân của khối là 3.840 người, giảm 126 người so với cuối năm 2023; thu nhập bình quân đạt 9,6 triệu đồng/người/tháng, tăng 5,5% so với cùng kỳ.

Tính đến ngày 30/6/2024, tổng vốn chủ sở hữu của các doanh nghiệp là 4.826 tỷ đồng, trong đó vốn nhà nước 4.312 tỷ đồng. Tỷ suất lợi nhuận trên vốn chủ sở hữu (ROE) bình quân đạt 3,9%.

Năm 2024, khối doanh nghiệp phấn đấu doanh thu đạt khoảng 4.470 tỷ đồng, lợi nhuận trước thuế từ 350 đến 370 tỷ đồng. Sở Tài chính đề nghị các doanh nghiệp thực hiện nghiêm Nghị định số 91/2015/NĐ-CP, gửi báo cáo trước ngày 20/7 về số 2 Đại lộ Lê Lợi, phường Điện Biên.

Phương Anh (Sở Tài chính)
"""

d = Doc("p312-1", TEXT, [
    "Cổng TTĐT tỉnh Thanh Hóa (province portal): SOE results, first half of 2024. Dateline 'Cập nhật: 14/08/2024 09:15 | Lượt xem: 2.317'.",
    "Distractors: view counter, 'Nghị định số 91/2015/NĐ-CP', 'trước ngày 20/7', address 'số 2 Đại lộ Lê Lợi', 'Tính đến ngày 30/6/2024' (period).",
    "Headline '6 tháng đầu năm' without year takes 2024 from the dateline. '100% vốn nhà nước' and 'trên 50%' are category labels: optional.",
    "'gồm 7 … và 2 …' in the bracket after the 9 enterprises: totals 9. 'Trong 9 doanh nghiệp, có 8 …; 1 …': totals 9; the structure count 'Trong 9' optional.",
    "'612 tỷ đồng, chiếm 28,4%': percent 28.4, no total (no part-of cue); 395/187 are list items sharing the indicator 'doanh thu'.",
    "'giảm 126 người so với cuối năm 2023' is the change of 3.840 người. 'vốn nhà nước 4.312 tỷ đồng' after 'trong đó': total 4.826 tỷ.",
    "Second-paragraph and later figures without a period phrase in their sentence carry the H1 2024 period as inherited (not scored).",
    "'phấn đấu' makes both 2024 plan figures status target; 'từ 350 đến 370 tỷ đồng' a range.",
], published="2024-08-14", location="Thanh Hóa")

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

d.f("hơn 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "doanh thu doanh nghiệp nhà nước của tỉnh", approx="over",
    period=P("6 tháng đầu năm", "2024-01-01", "2024-06-30"))
d.f("2024, 9 doanh nghiệp do UBND", "9", 9, "count", "doanh nghiệp", "doanh nghiệp do UBND tỉnh làm đại diện chủ sở hữu", period=H1)
d.f("gồm 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp", "doanh nghiệp 100% vốn nhà nước", total=9, period=H1)
d.f("7 doanh nghiệp 100% vốn", "100", 100, "percent", "%", "vốn nhà nước", optional=True)
d.f("và 2 công ty cổ phần", "2", 2, "count", "công ty cổ phần", "công ty cổ phần có vốn nhà nước trên 50%", total=9, period=H1)
d.f("vốn nhà nước trên 50%", "50", 50, "percent", "%", "vốn nhà nước", approx="over", optional=True)
d.f("doanh thu 2.153,6 tỷ đồng", "2.153,6", 2153.6e9, "money", "đồng", "tổng doanh thu", percent=48.2,
    change=C("increase", 7.8, "%", "cùng kỳ năm 2023"), period=H1)
d.f("đạt 186,4 tỷ đồng", "186,4", 186.4e9, "money", "đồng", "lợi nhuận trước thuế", change=C("increase", 11.2), period=H1i)
d.f("nước 241,7 tỷ đồng", "241,7", 241.7e9, "money", "đồng", "nộp ngân sách nhà nước", percent=55.3, period=H1i)
d.f("Trong 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", "doanh nghiệp", optional=True)
d.f("có 8 doanh nghiệp", "8", 8, "count", "doanh nghiệp", "doanh nghiệp kinh doanh có lãi", total=9, period=H1i)
d.f("; 1 doanh nghiệp lỗ", "1", 1, "count", "doanh nghiệp", "doanh nghiệp lỗ", total=9, period=H1i)
d.f("lỗ 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "doanh nghiệp lỗ", period=H1i)
d.f("với 612 tỷ đồng", "612", 612e9, "money", "đồng", "doanh thu lớn nhất", percent=28.4, period=H1i)
d.f("Thanh Hóa 395 tỷ đồng", "395", 395e9, "money", "đồng", "doanh thu", period=H1i)
d.f("Sông Chu 187 tỷ đồng", "187", 187e9, "money", "đồng", "doanh thu", period=H1i)
d.f("là 3.840 người", "3.840", 3840, "count", "người", "tổng số lao động bình quân của khối",
    change=C("decrease", 126, "người", "cuối năm 2023"), period=H1i)
d.f("9,6 triệu đồng/người/tháng", "9,6", 9.6e6, "money", "đồng/người/tháng", "thu nhập bình quân",
    change=C("increase", 5.5, "%", "cùng kỳ"), period=H1i)
d.f("là 4.826 tỷ đồng", "4.826", 4826e9, "money", "đồng", "tổng vốn chủ sở hữu của các doanh nghiệp",
    period=P("Tính đến ngày 30/6/2024", None, "2024-06-30"))
d.f("vốn nhà nước 4.312 tỷ đồng", "4.312", 4312e9, "money", "đồng", "vốn nhà nước", total=4826e9,
    period=P("Tính đến ngày 30/6/2024", None, "2024-06-30"))
d.f("đạt 3,9%", "3,9", 3.9, "percent", "%", "Tỷ suất lợi nhuận trên vốn chủ sở hữu (ROE) bình quân",
    period=P("Tính đến ngày 30/6/2024", None, "2024-06-30", inh=True))
d.f("khoảng 4.470 tỷ đồng", "4.470", 4470e9, "money", "đồng", "doanh thu", approx="about", status="target", period=Y24)
d.f("từ 350 đến 370 tỷ đồng", "350", 350e9, "money", "đồng", "lợi nhuận trước thuế", value_max=370e9, status="target", period=Y24)
d.write()
