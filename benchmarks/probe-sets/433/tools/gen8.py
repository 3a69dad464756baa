from lib import write, P, CH, T

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Cục Thủy sản

Sản xuất tôm nước lợ quý III/2024: sản lượng tăng, dịch bệnh được kiểm soát
Ngày đăng: 14/10/2024 10:32

Theo Cục Thủy sản, quý III/2024, sản lượng tôm nước lợ cả nước ước đạt 382.000 tấn, tăng 4,2% so với quý III/2023; trong đó tôm thẻ chân trắng 268.000 tấn, tôm sú 92.000 tấn. Lũy kế 9 tháng năm 2024, sản lượng tôm nước lợ ước đạt 912.000 tấn, tăng 3,9% so với cùng kỳ.

Tính đến ngày 30/9/2024, diện tích thả nuôi tôm nước lợ đạt 698.500 ha, bằng 95,4% so với cùng kỳ; diện tích nuôi thâm canh, siêu thâm canh đạt 129.300 ha. Dẫn đầu về sản lượng là Cà Mau (chiếm 21,6%), Bạc Liêu (20,9%), Sóc Trăng (16,2%) và Kiên Giang (8,7%).

Về giống, 9 tháng các cơ sở đã cung ứng khoảng 112 tỷ con tôm giống, trong đó giống tôm thẻ chân trắng chiếm trên 80%. Cả nước hiện có 1.715 cơ sở sản xuất tôm giống, tập trung ở Ninh Thuận, Bình Thuận.

Trong quý III/2024, cả nước có 2.415 ha tôm nuôi bị bệnh, giảm 18,3% so với cùng kỳ, trong đó bệnh đốm trắng 956 ha, hoại tử gan tụy cấp 1.078 ha, bệnh khác 381 ha. Giá tôm tại ao trong quý tăng 5-8% so với quý II; tôm thẻ loại 100 con/kg bình quân 98.000 đồng/kg.

Kim ngạch xuất khẩu tôm 9 tháng đạt gần 2,9 tỷ USD, gấp 1,1 lần cùng kỳ; Việt Nam tiếp tục đứng thứ 3 thế giới về xuất khẩu tôm.

Quý IV/2024, dự kiến sản lượng tôm nước lợ đạt khoảng 300.000 tấn, đưa tổng sản lượng cả năm lên trên 1,2 triệu tấn. Thực hiện Công văn số 6895/BNN-TS ngày 02/10/2024, các địa phương cần tăng cường quan trắc môi trường, giám sát dịch bệnh.
"""

Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Q3i = P("quý III/2024", "2024-07-01", "2024-09-30", inherited=True)
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9s = P("9 tháng", "2024-01-01", "2024-09-30")
M9i = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = P("Quý IV/2024", "2024-10-01", "2024-12-31")
SH = "tỷ trọng sản lượng tôm nước lợ"

FIGS = [
    dict(anchor="ước đạt 382.000 tấn", number="382.000", value=382000, kind="measure", unit="tấn", status="estimate",
         change=CH("increase", 4.2, "%", "quý III/2023"), subject="sản lượng tôm nước lợ", period=Q3),
    dict(anchor="chân trắng 268.000 tấn", number="268.000", value=268000, kind="measure", unit="tấn",
         status="estimate", total=382000, subject="sản lượng tôm thẻ chân trắng", period=Q3),
    dict(anchor="tôm sú 92.000 tấn", number="92.000", value=92000, kind="measure", unit="tấn",
         status="estimate", total=382000, subject="sản lượng tôm sú", period=Q3),
    dict(anchor="ước đạt 912.000 tấn", number="912.000", value=912000, kind="measure", unit="tấn", status="estimate",
         change=CH("increase", 3.9, "%", "cùng kỳ"), subject="sản lượng tôm nước lợ", period=M9),
    dict(anchor="đạt 698.500 ha", number="698.500", value=698500, kind="measure", unit="ha", percent=95.4,
         subject="diện tích thả nuôi tôm nước lợ", period=AS),
    dict(anchor="đạt 129.300 ha", number="129.300", value=129300, kind="measure", unit="ha",
         subject="diện tích nuôi thâm canh, siêu thâm canh", period=AS),
    dict(anchor="(chiếm 21,6%)", number="21,6", value=21.6, kind="percent", unit="%", subject=SH,
         location="Cà Mau", period=M9i),
    dict(anchor="(20,9%)", number="20,9", value=20.9, kind="percent", unit="%", subject=SH,
         location="Bạc Liêu", period=M9i),
    dict(anchor="(16,2%)", number="16,2", value=16.2, kind="percent", unit="%", subject=SH,
         location="Sóc Trăng", period=M9i),
    dict(anchor="(8,7%)", number="8,7", value=8.7, kind="percent", unit="%", subject=SH,
         location="Kiên Giang", period=M9i),
    dict(anchor="khoảng 112 tỷ con", number="112", value=112e9, kind="count", unit="con tôm giống", approx="about",
         subject="tôm giống cung ứng", period=M9s),
    dict(anchor="chiếm trên 80%", number="80", value=80, kind="percent", unit="%", approx="over",
         subject="giống tôm thẻ chân trắng", period=M9s),
    dict(anchor="có 1.715 cơ sở", number="1.715", value=1715, kind="count", unit="cơ sở",
         subject="cơ sở sản xuất tôm giống"),
    dict(anchor="có 2.415 ha", number="2.415", value=2415, kind="measure", unit="ha",
         change=CH("decrease", 18.3, "%", "cùng kỳ"), subject="diện tích tôm nuôi bị bệnh", period=Q3),
    dict(anchor="đốm trắng 956 ha", number="956", value=956, kind="measure", unit="ha", total=2415,
         subject="diện tích tôm nuôi bị bệnh đốm trắng", period=Q3),
    dict(anchor="cấp 1.078 ha", number="1.078", value=1078, kind="measure", unit="ha", total=2415,
         subject="diện tích tôm nuôi bị bệnh hoại tử gan tụy cấp", period=Q3),
    dict(anchor="khác 381 ha", number="381", value=381, kind="measure", unit="ha", total=2415,
         subject="diện tích tôm nuôi bị bệnh khác", period=Q3),
    dict(anchor="tăng 5-8%", number="5", value=5, value_max=8, kind="percent", unit="%",
         subject="Giá tôm tại ao", period=P("trong quý", "2024-07-01", "2024-09-30")),
    dict(anchor="loại 100 con/kg", number="100", value=100, kind="measure", unit="con/kg",
         subject="cỡ tôm thẻ", optional=True),
    dict(anchor="bình quân 98.000 đồng/kg", number="98.000", value=98000, kind="money", unit="đồng/kg",
         subject="giá tôm thẻ loại 100 con/kg tại ao bình quân", period=P("trong quý", "2024-07-01", "2024-09-30")),
    dict(anchor="gần 2,9 tỷ USD", number="2,9", value=2.9e9, kind="money", unit="USD", approx="nearly",
         change=CH("increase", 1.1, "lần", "cùng kỳ"), subject="Kim ngạch xuất khẩu tôm", period=M9s),
    dict(anchor="đứng thứ 3", number="3", value=3, kind="rank", unit="hạng",
         subject="xuất khẩu tôm thế giới"),
    dict(anchor="khoảng 300.000 tấn", number="300.000", value=300000, kind="measure", unit="tấn", approx="about",
         status="forecast", subject="sản lượng tôm nước lợ", period=Q4),
    dict(anchor="trên 1,2 triệu tấn", number="1,2", value=1.2e6, kind="measure", unit="tấn", approx="over",
         status="forecast", subject="tổng sản lượng cả năm", period=P("cả năm", "2024-01-01", "2024-12-31")),
]

HEADER = """Ministry site (Bộ NN&PTNT / Cục Thủy sản): national brackish shrimp, quarter III and 9 months of 2024 — output, area, province shares, seed, disease, prices, exports, Q4 forecast.
Dateline 'Ngày đăng: 14/10/2024 10:32'. Default location Việt Nam. Distractors: 'quý III/2024' in the title, 'Công văn số 6895/BNN-TS ngày 02/10/2024',
'ngày 30/9/2024' (the as-of date, not a figure), the grade 'loại 100 con/kg' (optional).
'382.000 tấn …; trong đó … 268.000 tấn, … 92.000 tấn' → totals 382000 and the 'ước' status carries into the 'trong đó' parts of the same sentence.
'bằng 95,4% so với cùng kỳ' → percent of 698.500 ha. Province shares in brackets are percent figures of a shared indicator (location = province);
their period (9 months) stands in an earlier sentence (inherited).
'trong đó giống tôm thẻ chân trắng chiếm trên 80%' has its own subject: a percent figure (a percent has no whole), not the share of 112 tỷ con.
'1.715 cơ sở …, tập trung ở Ninh Thuận, Bình Thuận': a national count, the provinces do not make it provincial.
Disease parts after 'trong đó' → total 2415. 'Giá … tăng 5-8% so với quý II' is a growth rate standing as the claim (percent range, no change).
'gấp 1,1 lần cùng kỳ' is the change of 2,9 tỷ USD (unit lần). 'đứng thứ 3 thế giới' → rank 3. 'dự kiến' makes both Q4 clauses forecasts."""

write(8, TEXT, HEADER, FIGS, published="2024-10-14", location="Việt Nam")
